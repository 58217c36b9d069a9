//! The HTTP capability: the [`HttpClient`] trait `influxdb.api()`, `http.post` and
//! `http/requests` send through, its request/response/error types, and the default
//! reqwest implementation (cargo feature `http`, on by default; without it the
//! default is [`NoHttpClient`]). The `http` package's natives are in [`package`],
//! `http/requests`' in [`requests`].

mod headers;
pub(crate) mod natives;
pub mod package;
pub mod requests;
#[cfg(feature = "http")]
mod reqwest_client;

use std::time::Duration;

use bytes::Bytes;

use crate::secret_string::SecretString;

pub use headers::canonical_header_name;
#[cfg(feature = "http")]
pub use reqwest_client::ReqwestClient;

/// Limits applied to every HTTP request made by a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpLimits {
    /// Largest response body accepted; a larger one is an error, never truncated.
    pub max_body_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// The timeout of a request whose script gives none.
    pub default_timeout: Duration,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            max_body_bytes: 100 * 1024 * 1024,
            max_redirects: 10,
            default_timeout: Duration::from_secs(30),
        }
    }
}

/// One request, fully resolved (URL with its query, headers in sending order).
#[derive(Clone, Debug)]
pub struct HttpRequest {
    /// Upper-case method (`GET`, `POST`, …).
    pub method: String,
    /// Absolute http or https URL.
    pub url: url::Url,
    /// Headers in the order they are sent, without `Authorization`.
    pub headers: Vec<(String, String)>,
    /// The `Authorization` header value, kept apart so it is never printed.
    pub authorization: Option<SecretString>,
    /// Request body (may be empty).
    pub body: Bytes,
    /// Bounds the whole exchange, including reading the body.
    pub timeout: Duration,
    /// Largest response body accepted.
    pub max_body_bytes: u64,
    /// Redirects followed at most.
    pub max_redirects: usize,
    /// Hosts the request (and any redirect) may go to; `None` = any.
    pub allowed_hosts: Option<Vec<String>>,
    /// Names of headers whose values hold a secret or the token. Like `Authorization`,
    /// `Cookie` and `Proxy-Authorization`, they are not sent on after a redirect to
    /// another host (or port).
    pub sensitive_headers: Vec<String>,
}

/// A response whose body has been read completely.
#[derive(Clone, Debug)]
pub struct HttpResponse {
    /// Status code (non-2xx included: they are not errors).
    pub status: u16,
    /// Headers in canonical form (`Content-Type`), in received order; repeated names repeat.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
}

/// What kind of failure an [`HttpError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HttpErrorKind {
    /// The URL does not parse, has no host, or a scheme other than http/https.
    InvalidUrl,
    /// The host is not on the allow-list.
    HostNotAllowed,
    /// A header name or value cannot be sent.
    InvalidHeader,
    /// The host name does not resolve.
    Dns,
    /// The connection was refused or reset, or could not be made.
    Connect,
    /// The TLS handshake failed.
    Tls,
    /// The request did not finish within its timeout.
    Timeout,
    /// The response body is larger than the limit.
    BodyTooLarge,
    /// Too many redirects, or a redirect without a usable `Location`.
    Redirect,
    /// The host asked evaluation to stop.
    Interrupted,
    /// Anything else.
    Other,
}

/// A failed request. The message names the method and URL, never a token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpError {
    /// What kind of failure.
    pub kind: HttpErrorKind,
    /// A message for the user.
    pub message: String,
}

impl HttpError {
    /// An error of `kind`.
    pub fn new(kind: HttpErrorKind, message: impl Into<String>) -> Self {
        HttpError {
            kind,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for HttpError {}

/// Sends HTTP requests for scripts. Implementations must be usable from any thread,
/// including a thread that runs an async runtime.
pub trait HttpClient: Send + Sync {
    /// Send `req` and read the whole response. `cancelled` is polled while waiting;
    /// once it returns true the request is abandoned with [`HttpErrorKind::Interrupted`].
    fn send(&self, req: HttpRequest, cancelled: &dyn Fn() -> bool) -> Result<HttpResponse, HttpError>;
}

/// The default client of a build without the `http` cargo feature: every request
/// fails, saying so. A host can still inject its own [`HttpClient`].
#[derive(Clone, Copy, Debug, Default)]
pub struct NoHttpClient;

/// What [`NoHttpClient`] answers.
pub const NO_HTTP_MESSAGE: &str = "HTTP is not compiled in: this build of flux has no HTTP client \
     (cargo feature \"http\" is off), and the host gave none";

impl HttpClient for NoHttpClient {
    fn send(&self, _: HttpRequest, _: &dyn Fn() -> bool) -> Result<HttpResponse, HttpError> {
        Err(HttpError::new(HttpErrorKind::Other, NO_HTTP_MESSAGE))
    }
}

/// `"Get"`, `"Post"`: the method as Go prints it in a URL error.
#[cfg_attr(not(feature = "http"), allow(dead_code))]
pub(crate) fn method_title(method: &str) -> String {
    let mut out = String::with_capacity(method.len());
    for (i, c) in method.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The URL as shown in errors: any password replaced by `xxxxx`.
#[cfg_attr(not(feature = "http"), allow(dead_code))]
pub(crate) fn url_for_display(url: &url::Url) -> String {
    if url.password().is_some() {
        let mut shown = url.clone();
        let _ = shown.set_password(Some("xxxxx"));
        shown.to_string()
    } else {
        url.to_string()
    }
}

/// True when `url`'s host is allowed by `allowed` (`host` or `host:port` entries).
pub(crate) fn host_allowed(url: &url::Url, allowed: Option<&[String]>) -> bool {
    let Some(allowed) = allowed else {
        return true;
    };
    let host = url.host_str().unwrap_or("");
    let with_port = url
        .port_or_known_default()
        .map(|p| format!("{host}:{p}"))
        .unwrap_or_default();
    allowed
        .iter()
        .any(|a| a.eq_ignore_ascii_case(host) || a.eq_ignore_ascii_case(&with_port))
}
