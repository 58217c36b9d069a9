//! Talking to a remote InfluxDB 2 for `from()`, `buckets()` and `to()`: where (host, token,
//! org, from the arguments or the host's [`InfluxContext`](crate::InfluxContext)), a Flux
//! query sent to `/api/v2/query` and its annotated CSV answer read into a stream, and line
//! protocol sent to `/api/v2/write`. Every request goes through the capabilities' HTTP client
//! (its limits, allowed hosts and interrupt), and the token is scrubbed from every error.

use std::time::Duration;

use bytes::Bytes;
use flux_eval::{Args, CallContext, ErrorKind, Result, RuntimeError};
use flux_table::Stream;
use flux_table::csv::{CsvError, Mode, decode};

use crate::capabilities::{Capabilities, capabilities};
use crate::http::{HttpErrorKind, HttpRequest, host_allowed};
use crate::natives::error;
use crate::secret_string::SecretString;

/// A bucket or an organization, by name or by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameOrId {
    /// `bucket:` / `org:`.
    Name(String),
    /// `bucketID:` / `orgID:`.
    Id(String),
}

impl NameOrId {
    /// The name or the id, whichever it is.
    pub fn text(&self) -> &str {
        match self {
            NameOrId::Name(s) | NameOrId::Id(s) => s,
        }
    }
}

/// The server a call talks to.
#[derive(Clone, Debug)]
pub struct Server {
    /// Base URL.
    pub host: String,
    /// Sent as `Authorization: Token …` when present.
    pub token: Option<SecretString>,
    /// Sent as `org=` / `orgID=`.
    pub org: Option<NameOrId>,
}

/// Read `name` or `id_name` (at most one, Go's message otherwise); `None` when neither is given.
pub fn name_or_id(args: &mut Args, name: &str, id_name: &str) -> Result<Option<NameOrId>> {
    let by_name: Option<String> = args.optional(name)?;
    let by_id: Option<String> = args.optional(id_name)?;
    match (by_name, by_id) {
        (Some(_), Some(_)) => Err(error(
            ErrorKind::Argument,
            format!("must specify only one of {name} or {id_name}"),
        )),
        (Some(n), None) => Ok(Some(NameOrId::Name(n))),
        (None, Some(id)) => Ok(Some(NameOrId::Id(id))),
        (None, None) => Ok(None),
    }
}

/// Read `org`/`orgID`, `host` and `token`, falling back on the host's InfluxDB context.
/// Without a host at all: `no_host` (each function has its own Go message).
pub fn server(args: &mut Args, cx: &CallContext, no_host: &str) -> Result<Server> {
    let caps = capabilities(cx);
    let context = caps.influxdb.as_ref();
    let org =
        name_or_id(args, "org", "orgID")?.or_else(|| context.and_then(|c| c.org.clone()).map(NameOrId::Name));
    let host: Option<String> = args.optional("host")?;
    let token: Option<String> = args.optional("token")?;
    let host = host
        .or_else(|| context.and_then(|c| c.host.clone()))
        .ok_or_else(|| error(ErrorKind::Argument, no_host))?;
    let token = match token {
        Some(t) => Some(SecretString::from(t)),
        None => context.and_then(|c| c.token.clone()),
    };
    if let Some(token) = &token {
        caps.redactions.add(token);
    }
    Ok(Server { host, token, org })
}

/// A string as a Flux string literal.
pub fn flux_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' if chars.peek() == Some(&'{') => out.push_str("\\$"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Run the Flux `query` on `server` (POST /api/v2/query) and read the first result of its
/// annotated CSV answer (later results are dropped, as Go does).
pub fn query(server: &Server, query: &str, cx: &CallContext) -> Result<Stream> {
    let body = serde_json::json!({
        "query": query,
        "type": "flux",
        "dialect": {
            "header": true,
            "dateTimeFormat": "RFC3339Nano",
            "annotations": ["group", "datatype", "default"],
        },
    });
    let params = org_params(server);
    let body = Bytes::from(body.to_string());
    let answer = send(server, "/api/v2/query", &params, "application/json", body, cx)?;
    if answer.is_empty() {
        return Ok(Stream::default());
    }
    let results = decode(&answer, Mode::Annotations).map_err(|e| match e {
        CsvError::Reported { message, .. } => error(ErrorKind::Runtime, message),
        invalid @ CsvError::Invalid { .. } => error(
            ErrorKind::Runtime,
            format!("cannot read the answer of {}: {invalid}", server.host),
        ),
    })?;
    Ok(results.into_iter().next().map(|r| r.stream).unwrap_or_default())
}

/// Write `lines` (line protocol, nanosecond times) to `bucket` (POST /api/v2/write).
pub fn write(server: &Server, bucket: &NameOrId, lines: String, cx: &CallContext) -> Result<()> {
    let mut params = org_params(server);
    params.push(("bucket".into(), bucket.text().to_string()));
    params.push(("precision".into(), "ns".into()));
    let body = Bytes::from(lines);
    send(
        server,
        "/api/v2/write",
        &params,
        "text/plain; charset=utf-8",
        body,
        cx,
    )
    .map(|_| ())
}

fn org_params(server: &Server) -> Vec<(String, String)> {
    match &server.org {
        Some(NameOrId::Name(n)) => vec![("org".into(), n.clone())],
        Some(NameOrId::Id(id)) => vec![("orgID".into(), id.clone())],
        None => Vec::new(),
    }
}

/// POST `body` to `path`; the answer's body when the status is 2xx, else the server's error
/// message (the `message` of its JSON answer, as Go reports it).
fn send(
    server: &Server,
    path: &str,
    params: &[(String, String)],
    content_type: &str,
    body: Bytes,
    cx: &CallContext,
) -> Result<Bytes> {
    let caps = capabilities(cx);
    exchange(caps, server, path, params, content_type, body, cx).map_err(|mut e: RuntimeError| {
        e.message = caps.redactions.scrub(&e.message);
        e
    })
}

fn exchange(
    caps: &Capabilities,
    server: &Server,
    path: &str,
    params: &[(String, String)],
    content_type: &str,
    body: Bytes,
    cx: &CallContext,
) -> Result<Bytes> {
    let base = server.host.trim_end_matches('/');
    let url = crate::experimental::influxdb::build_url(base, path, Some(params))?;
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
    let request = HttpRequest {
        method: "POST".into(),
        url,
        headers: vec![("Content-Type".into(), content_type.into())],
        sensitive_headers: Vec::new(),
        authorization: server
            .token
            .as_ref()
            .map(|t| SecretString::from(format!("Token {}", t.expose()))),
        body,
        timeout: caps.limits.default_timeout.max(Duration::from_secs(1)),
        max_body_bytes: caps.limits.max_body_bytes,
        max_redirects: caps.limits.max_redirects,
        allowed_hosts: caps.allowed_hosts.clone(),
    };
    let response = caps.http.send(request, &|| cx.interrupted()).map_err(|e| {
        let kind = match e.kind {
            HttpErrorKind::Interrupted => ErrorKind::Limit,
            HttpErrorKind::InvalidUrl | HttpErrorKind::InvalidHeader => ErrorKind::Argument,
            _ => ErrorKind::Http,
        };
        error(kind, e.message)
    })?;
    if (200..300).contains(&response.status) {
        return Ok(response.body);
    }
    Err(error(
        ErrorKind::Http,
        server_error(response.status, &response.body),
    ))
}

/// What an InfluxDB error answer says: its JSON `message` (`code: message` would repeat
/// what the message says), else the status and the body's text.
fn server_error(status: u16, body: &[u8]) -> String {
    if let Ok(serde_json::Value::Object(fields)) = serde_json::from_slice::<serde_json::Value>(body)
        && let Some(serde_json::Value::String(message)) = fields.get("message")
    {
        return message.clone();
    }
    format!(
        "InfluxDB answered {status}: {}",
        String::from_utf8_lossy(body).trim()
    )
}

#[cfg(test)]
mod tests {
    use super::{flux_string, server_error};

    #[test]
    fn flux_strings_are_escaped() {
        assert_eq!(flux_string("b"), "\"b\"");
        assert_eq!(flux_string("a\"b\\c${d}$e"), "\"a\\\"b\\\\c\\${d}$e\"");
    }

    #[test]
    fn server_errors_say_the_message() {
        let body = br#"{"code":"unauthorized","message":"unauthorized access"}"#;
        assert_eq!(server_error(401, body), "unauthorized access");
        assert_eq!(
            server_error(502, b"bad gateway\n"),
            "InfluxDB answered 502: bad gateway"
        );
    }
}
