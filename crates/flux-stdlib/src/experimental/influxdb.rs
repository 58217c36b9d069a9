//! `import "experimental/influxdb"`: `influxdb.api()` sends a request to an InfluxDB
//! HTTP API and returns `{statusCode, headers, body}`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use flux_eval::{Args, CallContext, Dict, ErrorKind, NativeFunction, Result, RuntimeError, Value};

use crate::capabilities::{Capabilities, capabilities};
use crate::http::{HttpErrorKind, HttpRequest, HttpResponse, host_allowed};
use crate::natives::error;
use crate::secret_string::SecretString;

/// The package's natives (declarations in stdlib/experimental/influxdb/influxdb.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("api", api)];

/// `influxdb.api()`, sending through the capabilities' HTTP client; secret values
/// (the token, secrets read so far) are scrubbed from its errors.
fn api(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let caps = capabilities(cx);
    if let Some(token) = caps.influxdb.as_ref().and_then(|c| c.token.as_ref()) {
        caps.redactions.add(token);
    }
    send(caps, args, cx).map_err(|mut e| {
        e.message = caps.redactions.scrub(&e.message);
        e
    })
}

fn send(caps: &Capabilities, args: &mut Args, cx: &CallContext) -> Result<Value> {
    let request = request(caps, args)?;
    let response = caps.http.send(request, &|| cx.interrupted()).map_err(|e| {
        let kind = match e.kind {
            HttpErrorKind::Interrupted => ErrorKind::Limit,
            HttpErrorKind::InvalidUrl | HttpErrorKind::InvalidHeader => ErrorKind::Argument,
            _ => ErrorKind::Http,
        };
        error(kind, e.message)
    })?;
    Ok(response_record(response))
}

/// Read the arguments into a request, in the order Flux checks them.
fn request(caps: &Capabilities, args: &mut Args) -> Result<HttpRequest> {
    let method: String = args.required("method")?;
    let path: String = args.required("path")?;
    let context = caps.influxdb.as_ref();
    let host = match string_argument(args, "host")? {
        Some(host) => host,
        None => context
            .and_then(|c| c.host.clone())
            .ok_or_else(|| outside_influxdb("host"))?,
    };
    let token = match string_argument(args, "token")? {
        Some(token) => SecretString::from(token),
        None => context
            .and_then(|c| c.token.clone())
            .ok_or_else(|| outside_influxdb("token"))?,
    };
    caps.redactions.add(&token);
    let timeout = match args.take("timeout") {
        None => caps.limits.default_timeout,
        Some(Value::Duration(d)) => to_std_duration(&d),
        Some(_) => return Err(must_be(ErrorKind::Type, "timeout", "a duration type")),
    };
    let query = string_dict(args, "query")?;
    let headers = string_dict(args, "headers")?;
    let body = match args.take("body") {
        None => bytes::Bytes::new(),
        Some(Value::Bytes(b)) => b,
        Some(_) => return Err(must_be(ErrorKind::Type, "body", "a bytes type")),
    };

    let url = build_url(&host, &path, query.as_deref())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(error(
            ErrorKind::Argument,
            format!("unsupported URL scheme {:?} (only http and https)", url.scheme()),
        ));
    }
    if !host_allowed(&url, caps.allowed_hosts.as_deref()) {
        return Err(error(
            ErrorKind::Http,
            format!(
                "host {:?} is not in the allowed hosts",
                url.host_str().unwrap_or("")
            ),
        ));
    }
    // `Authorization` is always the token: a user value would be replaced anyway,
    // so it is dropped here and never held (or shown by `Debug`).
    let headers: Vec<(String, String)> = headers
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, _)| !name.eq_ignore_ascii_case("authorization"))
        .collect();
    let sensitive_headers = headers
        .iter()
        .filter(|(_, value)| caps.redactions.found_in(value))
        .map(|(name, _)| name.clone())
        .collect();
    Ok(HttpRequest {
        method: method.to_uppercase(),
        url,
        headers,
        sensitive_headers,
        authorization: Some(SecretString::from(format!("Token {}", token.expose()))),
        body,
        timeout,
        max_body_bytes: caps.limits.max_body_bytes,
        max_redirects: caps.limits.max_redirects,
        allowed_hosts: caps.allowed_hosts.clone(),
    })
}

fn outside_influxdb(name: &str) -> RuntimeError {
    error(
        ErrorKind::Argument,
        format!("keyword argument {name:?} is required when executing outside InfluxDB"),
    )
}

fn must_be(kind: ErrorKind, name: &str, what: &str) -> RuntimeError {
    error(kind, format!("keyword argument {name:?} must be {what}"))
}

/// An optional string argument; another type is an error.
fn string_argument(args: &mut Args, name: &str) -> Result<Option<String>> {
    match args.take(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.to_string())),
        Some(_) => Err(must_be(ErrorKind::Type, name, "a string type")),
    }
}

/// An optional `[string:string]` argument as pairs in key order.
fn string_dict(args: &mut Args, name: &str) -> Result<Option<Vec<(String, String)>>> {
    let dict = match args.take(name) {
        None => return Ok(None),
        Some(Value::Dict(d)) => d,
        Some(_) => return Err(must_be(ErrorKind::Type, name, "a dictionary of strings")),
    };
    let mut pairs = Vec::with_capacity(dict.entries.len());
    for (key, value) in &dict.entries {
        match (key, value) {
            (Value::String(k), Value::String(v)) => pairs.push((k.to_string(), v.to_string())),
            _ => return Err(must_be(ErrorKind::Type, name, "a dictionary of strings")),
        }
    }
    Ok(Some(pairs))
}

/// Flux duration → std duration (a month counts as 365.25 days / 12, as in Flux);
/// a negative duration is zero.
fn to_std_duration(d: &flux_eval::Duration) -> Duration {
    if d.negative {
        return Duration::ZERO;
    }
    const MONTH_SECS: u64 = 2_629_800;
    let months = u64::try_from(d.months).unwrap_or(0);
    let nanos = u64::try_from(d.nanos).unwrap_or(0);
    Duration::from_secs(months.saturating_mul(MONTH_SECS)) + Duration::from_nanos(nanos)
}

/// `host + path` (plain concatenation, as Flux does), with `query` merged into any
/// query string already in `path`: keys sorted, `query` replacing keys it names.
pub(crate) fn build_url(host: &str, path: &str, query: Option<&[(String, String)]>) -> Result<url::Url> {
    let text = format!("{host}{path}");
    let mut url = url::Url::parse(&text).map_err(|e| {
        let hint = if host.is_empty() {
            " (host is empty)".to_string()
        } else if !path.is_empty() && !path.starts_with('/') && !host.ends_with('/') {
            format!(" (path is appended to host as is: did you mean path: \"/{path}\"?)")
        } else {
            String::new()
        };
        error(ErrorKind::Argument, format!("invalid URL {text:?}: {e}{hint}"))
    })?;
    if let Some(query) = query {
        let mut merged: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, v) in url.query_pairs() {
            merged.entry(k.into_owned()).or_default().push(v.into_owned());
        }
        for (k, v) in query {
            merged.insert(k.clone(), vec![v.clone()]);
        }
        let mut encoded = form_urlencoded::Serializer::new(String::new());
        for (k, values) in &merged {
            for v in values {
                encoded.append_pair(k, v);
            }
        }
        let encoded = encoded.finish();
        url.set_query((!encoded.is_empty()).then_some(encoded.as_str()));
    }
    Ok(url)
}

/// `{statusCode: int, headers: [string:string], body: bytes}`.
fn response_record(response: HttpResponse) -> Value {
    // A repeated header name keeps its last value, as in Flux.
    let headers = Dict::from_entries(
        response
            .headers
            .into_iter()
            .map(|(name, value)| (Value::string(name), Value::string(value))),
    );
    Value::record([
        ("statusCode", Value::Int(i64::from(response.status))),
        ("headers", Value::Dict(Arc::new(headers))),
        ("body", Value::Bytes(response.body)),
    ])
}

#[cfg(test)]
mod tests {
    use super::build_url;

    fn url(host: &str, path: &str, query: &[(&str, &str)]) -> String {
        let query: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let query = (!query.is_empty()).then_some(query.as_slice());
        match build_url(host, path, query) {
            Ok(u) => u.to_string(),
            Err(e) => e.message,
        }
    }

    #[test]
    fn urls() {
        assert_eq!(url("http://h:8086", "/health", &[]), "http://h:8086/health");
        assert_eq!(
            url("http://h", "/q", &[("b", "x y"), ("a", "1")]),
            "http://h/q?a=1&b=x+y"
        );
        assert_eq!(url("http://h", "/q?z=9&a=0", &[("a", "1")]), "http://h/q?a=1&z=9");
        assert_eq!(url("http://h", "/q?keep=as%20is", &[]), "http://h/q?keep=as%20is");
        assert_eq!(url("http://h", "/p", &[("path", "a/b")]), "http://h/p?path=a%2Fb");
        assert_eq!(
            url("", "/health", &[]),
            "invalid URL \"/health\": relative URL without a base (host is empty)"
        );
        assert_eq!(
            url("http://localhost:8086", "ping", &[]),
            "invalid URL \"http://localhost:8086ping\": invalid port number \
             (path is appended to host as is: did you mean path: \"/ping\"?)"
        );
    }
}
