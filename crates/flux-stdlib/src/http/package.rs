//! `import "http"`: `post` a body to a URL, `basicAuth` and `pathEscape`.

use std::sync::Arc;

use base64::Engine as _;
use bytes::Bytes;
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Record, Result, Value, native};

use super::HttpRequest;
use super::natives::{check_target, parse_url, scrubbed, send, sensitive_headers, take_authorization};
use crate::capabilities::capabilities;
use crate::natives::error;

/// The package's natives (declarations in stdlib/http/http.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("post", post),
    native!("basicAuth", |u: String, p: String| basic_auth(&u, &p)),
    NativeFunction::new("pathEscape", |args, _| {
        let text: String = args.required("inputString")?;
        Ok(Value::from(path_escape(&text)))
    }),
];

/// `Basic base64(u:p)`.
pub fn basic_auth(user: &str, password: &str) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Basic {encoded}")
}

/// Go's `url.PathEscape`: every byte but the unreserved ones and `$&+:=@` as `%XX`.
pub fn path_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~$&+:=@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `http.post(url:, headers:, data:)`: the response's status code.
fn post(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let caps = capabilities(cx);
    scrubbed(caps, || {
        let url: String = args.required("url")?;
        let data: Option<Bytes> = args.optional("data")?;
        let headers: Option<Arc<Record>> = match args.take("headers") {
            None | Some(Value::Null) => None,
            Some(Value::Record(r)) => Some(r),
            Some(other) => {
                return Err(error(
                    ErrorKind::Type,
                    format!(
                        "keyword argument \"headers\" should be of type record, but got {}",
                        other.type_name()
                    ),
                ));
            }
        };
        let url = parse_url(&url)?;
        let mut pairs = Vec::new();
        for (name, value) in headers.iter().flat_map(|r| r.fields.iter()) {
            match value {
                Value::String(v) => pairs.push((name.to_string(), v.to_string())),
                _ => {
                    return Err(error(
                        ErrorKind::Type,
                        format!("header value {:?} must be a string", &**name),
                    ));
                }
            }
        }
        check_target(caps, &url)?;
        let authorization = take_authorization(caps, &mut pairs);
        let request = HttpRequest {
            method: "POST".to_string(),
            url,
            sensitive_headers: sensitive_headers(caps, &pairs),
            headers: pairs,
            authorization,
            body: data.unwrap_or_default(),
            timeout: caps.limits.default_timeout,
            max_body_bytes: caps.limits.max_body_bytes,
            max_redirects: caps.limits.max_redirects,
            allowed_hosts: caps.allowed_hosts.clone(),
        };
        let response = send(caps, request, cx)?;
        Ok(Value::Int(i64::from(response.status)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_go() {
        // Printed by Go Flux v0.196.1's http.pathEscape.
        assert_eq!(
            path_escape("a b/c;d,e?f$g&h+i:j=k@l~m_n-o.p%q#r[s]t!u*v(w)x'y\"zé"),
            "a%20b%2Fc%3Bd%2Ce%3Ff$g&h+i:j=k@l~m_n-o.p%25q%23r%5Bs%5Dt%21u%2Av%28w%29x%27y%22z%C3%A9"
        );
        assert_eq!(basic_auth("user", "pass word"), "Basic dXNlcjpwYXNzIHdvcmQ=");
    }
}
