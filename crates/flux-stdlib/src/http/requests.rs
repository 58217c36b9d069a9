//! `import "http/requests"`: `_do`, the native behind `do`, `get` and `post`
//! (written in Flux in stdlib/http/requests/requests.flux, with `peek`).

use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use flux_eval::{Args, CallContext, Dict, ErrorKind, NativeFunction, Record, Result, Value};

use super::natives::{
    check_target, flux_error, headers_dict, merge_query, parse_url, scrubbed, sensitive_headers,
    std_duration, take_authorization,
};
use super::{HttpErrorKind, HttpRequest};
use crate::capabilities::{Capabilities, capabilities};
use crate::natives::error;

/// The package's natives (declarations in stdlib/http/requests/requests.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("_do", do_request)];

const METHODS: &[&str] = &["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"];

/// `requests._do(...)`: `{statusCode, body, headers, duration}`.
fn do_request(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let caps = capabilities(cx);
    scrubbed(caps, || {
        let request = request(caps, args)?;
        let started = Instant::now();
        let response = caps.http.send(request, &|| cx.interrupted()).map_err(|mut e| {
            // As Go Flux does, a failed lookup does not say which DNS server answered.
            if e.kind == HttpErrorKind::Dns {
                e.message = "no such host".to_string();
            }
            flux_error(e)
        })?;
        let nanos = i64::try_from(started.elapsed().as_nanos()).unwrap_or(i64::MAX);
        Ok(Value::record([
            ("statusCode", Value::Int(i64::from(response.status))),
            ("body", Value::Bytes(response.body)),
            ("headers", headers_dict(response.headers)),
            (
                "duration",
                Value::Duration(flux_eval::Duration::from_nanos(nanos)),
            ),
        ]))
    })
}

/// The arguments as a request, checked in the order Go Flux checks them.
fn request(caps: &Capabilities, args: &mut Args) -> Result<HttpRequest> {
    let url: String = args.required("url")?;
    let params: Option<Arc<Dict>> = args.optional("params")?;
    let method: String = args.required("method")?;
    let config: Arc<Record> = args.required("config")?;
    let body: Option<Bytes> = args.optional("body")?;
    let headers: Option<Arc<Dict>> = args.optional("headers")?;

    let mut url = parse_url(&url)?;
    merge_query(&mut url, &query_params(params.as_deref())?);
    if !METHODS.contains(&method.as_str()) {
        return Err(error(
            ErrorKind::Argument,
            format!("invalid HTTP method {method:?}"),
        ));
    }
    let mut pairs = Vec::new();
    for (name, value) in headers.iter().flat_map(|d| d.entries.iter()) {
        match (name, value) {
            (Value::String(k), Value::String(v)) => pairs.push((k.to_string(), v.to_string())),
            _ => {
                return Err(error(
                    ErrorKind::Type,
                    format!("header key and values must be a string: {:?}", name.display()),
                ));
            }
        }
    }
    let timeout = match config.get("timeout") {
        None => return Err(missing_config("timeout")),
        Some(Value::Duration(d)) if d.months != 0 && d.nanos != 0 => {
            return Err(error(
                ErrorKind::Argument,
                "config timeout must not be a mixed duration",
            ));
        }
        Some(Value::Duration(d)) if d.is_zero() => caps.limits.default_timeout,
        Some(Value::Duration(d)) => std_duration(d),
        Some(other) => return Err(config_type("timeout", "duration", other)),
    };
    match config.get("insecureSkipVerify") {
        None => return Err(missing_config("insecureSkipVerify")),
        Some(Value::Bool(false)) => {}
        Some(Value::Bool(true)) => {
            return Err(error(
                ErrorKind::Argument,
                "config insecureSkipVerify: true is not supported: whether certificates are \
                 checked is the host's choice (flux --skip-verify)",
            ));
        }
        Some(other) => return Err(config_type("insecureSkipVerify", "bool", other)),
    }
    check_target(caps, &url)?;
    let authorization = take_authorization(caps, &mut pairs);
    Ok(HttpRequest {
        method,
        url,
        sensitive_headers: sensitive_headers(caps, &pairs),
        headers: pairs,
        authorization,
        body: body.unwrap_or_default(),
        timeout,
        max_body_bytes: caps.limits.max_body_bytes,
        max_redirects: caps.limits.max_redirects,
        allowed_hosts: caps.allowed_hosts.clone(),
    })
}

/// `params` (`[string:[string]]`) as name/values pairs.
fn query_params(params: Option<&Dict>) -> Result<Vec<(String, Vec<String>)>> {
    let mut out = Vec::new();
    for (key, values) in params.iter().flat_map(|d| d.entries.iter()) {
        let Value::String(key) = key else {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "parameter \"params\"'s key type is not a string: {}",
                    key.type_string()
                ),
            ));
        };
        let Value::Array(values) = values else {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "parameter \"params\"'s value type is not a [string]: {}",
                    values.type_string()
                ),
            ));
        };
        let mut strings = Vec::with_capacity(values.len());
        for v in values.iter() {
            match v {
                Value::String(s) => strings.push(s.to_string()),
                other => {
                    return Err(error(
                        ErrorKind::Type,
                        format!(
                            "parameter \"params\"'s value type is not a string: {}",
                            other.type_string()
                        ),
                    ));
                }
            }
        }
        out.push((key.to_string(), strings));
    }
    Ok(out)
}

fn missing_config(name: &str) -> flux_eval::RuntimeError {
    error(
        ErrorKind::Argument,
        format!("config is missing {name:?} property"),
    )
}

fn config_type(name: &str, want: &str, found: &Value) -> flux_eval::RuntimeError {
    error(
        ErrorKind::Type,
        format!(
            "config property {name:?} must be a {want}, got {}",
            found.type_string()
        ),
    )
}
