//! The default [`HttpClient`]: async reqwest driven by tokio runtimes this module owns.
//!
//! A caller that is not inside a tokio runtime (the usual case: the CLI, a plain thread,
//! `eval_async`'s thread) drives its request on its own thread, with a current-thread
//! runtime and a client kept for every later call (connection reuse). Several threads
//! may do so at once: they take turns driving the runtime.
//!
//! A caller inside a tokio runtime cannot `block_on` (it would panic), so it hands the
//! request to a background thread with its own runtime and client, and waits on a std
//! channel. Each runtime has its own `reqwest::Client`: pooled connections are tasks on
//! the runtime that opened them. Both are created on first use; the background thread
//! stops when the last handle to the client is dropped.
//!
//! Either way, a waiting caller checks `cancelled()` every [`CANCEL_POLL`] and gives up
//! as soon as the host asks evaluation to stop.

use std::sync::OnceLock;
use std::sync::mpsc::{RecvTimeoutError, SyncSender};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::header::{
    AUTHORIZATION, COOKIE, HeaderMap, HeaderName, HeaderValue, LOCATION, PROXY_AUTHORIZATION,
};
use tokio::sync::{mpsc, oneshot};

use super::{
    HttpClient, HttpError, HttpErrorKind, HttpRequest, HttpResponse, canonical_header_name, host_allowed,
    method_title, url_for_display,
};

/// How often a waiting caller checks whether evaluation was interrupted.
const CANCEL_POLL: Duration = Duration::from_millis(20);

/// The reqwest-backed client. Cheap to share (`Arc`); one serves any number of runtimes
/// and threads.
#[derive(Default)]
pub struct ReqwestClient {
    accept_invalid_certs: bool,
    /// Drives requests on the calling thread (callers outside any tokio runtime).
    direct: OnceLock<Result<Direct, String>>,
    /// The background thread (callers inside a tokio runtime).
    worker: OnceLock<Result<Worker, String>>,
}

impl std::fmt::Debug for ReqwestClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReqwestClient")
            .field("accept_invalid_certs", &self.accept_invalid_certs)
            .field("direct_started", &self.direct.get().is_some())
            .field("worker_started", &self.worker.get().is_some())
            .finish()
    }
}

/// A current-thread runtime any thread outside tokio can `block_on`, and its client.
struct Direct {
    /// Always `Some` until dropped; taken out so it can be shut down without blocking.
    runtime: Option<tokio::runtime::Runtime>,
    client: reqwest::Client,
}

impl Drop for Direct {
    /// The client may be dropped inside an async context, where dropping a runtime the
    /// ordinary way panics; `shutdown_background` never blocks.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

struct Worker {
    jobs: mpsc::UnboundedSender<Job>,
}

struct Job {
    request: HttpRequest,
    reply: SyncSender<Result<HttpResponse, HttpError>>,
    /// Resolves when the caller stops waiting (interrupted, or gone).
    abandoned: oneshot::Receiver<()>,
}

impl ReqwestClient {
    /// A client that verifies TLS certificates against the system roots.
    pub fn new() -> Self {
        ReqwestClient::default()
    }

    /// A client that accepts any TLS certificate (`--skip-verify`). Insecure.
    pub fn accepting_invalid_certs() -> Self {
        ReqwestClient {
            accept_invalid_certs: true,
            ..ReqwestClient::default()
        }
    }

    fn direct(&self) -> Result<&Direct, HttpError> {
        self.direct
            .get_or_init(|| start_direct(self.accept_invalid_certs))
            .as_ref()
            .map_err(|m| HttpError::new(HttpErrorKind::Other, m.clone()))
    }

    fn worker(&self) -> Result<&Worker, HttpError> {
        self.worker
            .get_or_init(|| start_worker(self.accept_invalid_certs))
            .as_ref()
            .map_err(|m| HttpError::new(HttpErrorKind::Other, m.clone()))
    }

    /// Drive the request on this thread (which is outside any tokio runtime).
    fn send_here(
        &self,
        request: HttpRequest,
        cancelled: &dyn Fn() -> bool,
    ) -> Result<HttpResponse, HttpError> {
        let direct = self.direct()?;
        let runtime = direct
            .runtime
            .as_ref()
            .ok_or_else(|| HttpError::new(HttpErrorKind::Other, "the HTTP runtime stopped".to_string()))?;
        runtime.block_on(async {
            let watch = async {
                let mut ticks = tokio::time::interval(CANCEL_POLL);
                loop {
                    ticks.tick().await;
                    if cancelled() {
                        return;
                    }
                }
            };
            tokio::select! {
                biased;
                result = perform(&direct.client, &request) => result,
                () = watch => Err(interrupted_error(&describe(&request.method, &request.url))),
            }
        })
    }

    /// Hand the request to the background thread and wait for its answer.
    fn send_via_worker(
        &self,
        request: HttpRequest,
        cancelled: &dyn Fn() -> bool,
    ) -> Result<HttpResponse, HttpError> {
        let worker = self.worker()?;
        let timeout = request.timeout;
        let (method, url) = (request.method.clone(), request.url.clone());
        let call = describe(&method, &url);
        let (reply, replies) = std::sync::mpsc::sync_channel(1);
        let (abandon, abandoned) = oneshot::channel::<()>();
        let stopped = || HttpError::new(HttpErrorKind::Other, format!("{call}: the HTTP worker stopped"));
        worker
            .jobs
            .send(Job {
                request,
                reply,
                abandoned,
            })
            .map_err(|_| stopped())?;
        // The worker enforces the timeout; this deadline only guards against a stuck worker.
        let deadline = Instant::now() + timeout + Duration::from_secs(5);
        loop {
            match replies.recv_timeout(CANCEL_POLL) {
                Ok(result) => return result,
                Err(RecvTimeoutError::Disconnected) => return Err(stopped()),
                Err(RecvTimeoutError::Timeout) => {
                    if cancelled() {
                        drop(abandon);
                        return Err(interrupted_error(&call));
                    }
                    if Instant::now() > deadline {
                        drop(abandon);
                        return Err(timeout_error(&call, timeout));
                    }
                }
            }
        }
    }
}

impl HttpClient for ReqwestClient {
    fn send(&self, request: HttpRequest, cancelled: &dyn Fn() -> bool) -> Result<HttpResponse, HttpError> {
        // Inside a tokio runtime `block_on` panics: hop to the background thread instead.
        if tokio::runtime::Handle::try_current().is_ok() {
            self.send_via_worker(request, cancelled)
        } else {
            self.send_here(request, cancelled)
        }
    }
}

fn build_client(accept_invalid_certs: bool) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("flux-rs/", env!("CARGO_PKG_VERSION")))
        .tls_danger_accept_invalid_certs(accept_invalid_certs)
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))
}

fn build_runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the HTTP runtime: {e}"))
}

fn start_direct(accept_invalid_certs: bool) -> Result<Direct, String> {
    Ok(Direct {
        runtime: Some(build_runtime()?),
        client: build_client(accept_invalid_certs)?,
    })
}

fn start_worker(accept_invalid_certs: bool) -> Result<Worker, String> {
    let runtime = build_runtime()?;
    let client = build_client(accept_invalid_certs)?;
    let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
    std::thread::Builder::new()
        .name("flux-http".to_string())
        .spawn(move || {
            runtime.block_on(async move {
                while let Some(job) = queue.recv().await {
                    tokio::spawn(run_job(client.clone(), job));
                }
            });
        })
        .map_err(|e| format!("cannot start the HTTP thread: {e}"))?;
    Ok(Worker { jobs })
}

async fn run_job(client: reqwest::Client, job: Job) {
    let Job {
        request,
        reply,
        abandoned,
    } = job;
    let result = tokio::select! {
        result = perform(&client, &request) => result,
        _ = abandoned => return,
    };
    let _ = reply.send(result);
}

/// The whole exchange (redirects and body included), bounded by the request's timeout.
async fn perform(client: &reqwest::Client, request: &HttpRequest) -> Result<HttpResponse, HttpError> {
    tokio::time::timeout(request.timeout, exchange(client, request))
        .await
        .unwrap_or_else(|_| {
            Err(timeout_error(
                &describe(&request.method, &request.url),
                request.timeout,
            ))
        })
}

/// `Get "http://host/path"`: how errors name the call. Formatted only when an error
/// is actually reported.
fn describe<'a>(method: &'a str, url: &'a url::Url) -> Call<'a> {
    Call { method, url }
}

/// The method and URL of a request, displayed as `Get "http://host/path"`.
struct Call<'a> {
    method: &'a str,
    url: &'a url::Url,
}

impl std::fmt::Display for Call<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:?}", method_title(self.method), url_for_display(self.url))
    }
}

fn interrupted_error(call: &Call<'_>) -> HttpError {
    HttpError::new(HttpErrorKind::Interrupted, format!("{call}: interrupted"))
}

fn timeout_error(call: &Call<'_>, timeout: Duration) -> HttpError {
    let nanos = i64::try_from(timeout.as_nanos()).unwrap_or(i64::MAX);
    let shown = flux_eval::time::format_duration(&flux_eval::Duration::from_nanos(nanos));
    HttpError::new(HttpErrorKind::Timeout, format!("{call}: timeout after {shown}"))
}

/// Send the request, following redirects by hand, and read the whole body.
async fn exchange(client: &reqwest::Client, request: &HttpRequest) -> Result<HttpResponse, HttpError> {
    let mut method = reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| {
        HttpError::new(
            HttpErrorKind::Other,
            format!("invalid HTTP method {:?}", request.method),
        )
    })?;
    let mut headers = build_headers(request)?;
    let mut url = request.url.clone();
    let mut body = request.body.clone();
    let allowed = request.allowed_hosts.as_deref();
    let mut redirects = 0;
    loop {
        let hop_method = method.clone();
        let call = describe(hop_method.as_str(), &url);
        check_url(&url, allowed, &call)?;
        let response = client
            .request(method.clone(), url.clone())
            .headers(headers.clone())
            .body(body.clone())
            .send()
            .await
            .map_err(|e| classify(&call, url.scheme() == "https", &e))?;
        let Some(next) = redirect_target(&response, &url, &call)? else {
            return read_response(response, request.max_body_bytes, &call).await;
        };
        if redirects == request.max_redirects {
            return Err(HttpError::new(
                HttpErrorKind::Redirect,
                format!("{call}: stopped after {redirects} redirects"),
            ));
        }
        redirects += 1;
        let status = response.status().as_u16();
        if matches!(status, 301..=303) {
            body = Bytes::new();
            headers.remove(reqwest::header::CONTENT_TYPE);
            let post = method == reqwest::Method::POST;
            if (status != 303 && post) || (status == 303 && method != reqwest::Method::HEAD) {
                method = reqwest::Method::GET;
            }
        }
        if url.host_str() != next.host_str() || url.port_or_known_default() != next.port_or_known_default() {
            drop_credentials(&mut headers, &request.sensitive_headers);
        }
        url = next;
    }
}

/// Before following a redirect to another host: no `Authorization`, `Cookie`,
/// `Proxy-Authorization`, nor any header the request marks as holding a secret.
fn drop_credentials(headers: &mut HeaderMap, sensitive: &[String]) {
    headers.remove(AUTHORIZATION);
    headers.remove(COOKIE);
    headers.remove(PROXY_AUTHORIZATION);
    for name in sensitive {
        headers.remove(name.as_str());
    }
}

fn build_headers(request: &HttpRequest) -> Result<HeaderMap, HttpError> {
    let mut map = HeaderMap::new();
    for (name, value) in &request.headers {
        let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
            HttpError::new(
                HttpErrorKind::InvalidHeader,
                format!("invalid header name {name:?}"),
            )
        })?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            HttpError::new(
                HttpErrorKind::InvalidHeader,
                format!("invalid value for header {name:?}"),
            )
        })?;
        let mut value = value;
        if request
            .sensitive_headers
            .iter()
            .any(|s| s.eq_ignore_ascii_case(name))
        {
            value.set_sensitive(true);
        }
        map.insert(header, value);
    }
    if let Some(auth) = &request.authorization {
        let mut value = HeaderValue::from_str(auth.expose()).map_err(|_| {
            HttpError::new(
                HttpErrorKind::InvalidHeader,
                "invalid token: it cannot be sent in an Authorization header",
            )
        })?;
        value.set_sensitive(true);
        map.insert(AUTHORIZATION, value);
    }
    Ok(map)
}

fn check_url(url: &url::Url, allowed: Option<&[String]>, call: &Call<'_>) -> Result<(), HttpError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(HttpError::new(
            HttpErrorKind::InvalidUrl,
            format!(
                "{call}: unsupported URL scheme {:?} (only http and https)",
                url.scheme()
            ),
        ));
    }
    if !host_allowed(url, allowed) {
        return Err(HttpError::new(
            HttpErrorKind::HostNotAllowed,
            format!(
                "{call}: host {:?} is not in the allowed hosts",
                url.host_str().unwrap_or("")
            ),
        ));
    }
    Ok(())
}

/// The URL to follow when `response` is a redirect, `None` when it is the final answer.
fn redirect_target(
    response: &reqwest::Response,
    url: &url::Url,
    call: &Call<'_>,
) -> Result<Option<url::Url>, HttpError> {
    if !matches!(response.status().as_u16(), 301 | 302 | 303 | 307 | 308) {
        return Ok(None);
    }
    let Some(location) = response.headers().get(LOCATION) else {
        return Ok(None);
    };
    let bad = |why: &str| HttpError::new(HttpErrorKind::Redirect, format!("{call}: {why}"));
    let location = location
        .to_str()
        .map_err(|_| bad("redirect Location is not valid text"))?;
    url.join(location)
        .map(Some)
        .map_err(|e| bad(&format!("bad redirect Location {location:?}: {e}")))
}

async fn read_response(
    mut response: reqwest::Response,
    limit: u64,
    call: &Call<'_>,
) -> Result<HttpResponse, HttpError> {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                canonical_header_name(name.as_str()),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let too_large = || {
        HttpError::new(
            HttpErrorKind::BodyTooLarge,
            format!(
                "{call}: http response body is too large (over {} limit)",
                size_text(limit)
            ),
        )
    };
    let expected = response.content_length();
    if expected.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    // The first chunk is kept as is: a body that arrives in one piece is never copied.
    let mut first: Option<Bytes> = None;
    let mut buffer: Option<BytesMut> = None;
    let mut total: u64 = 0;
    while let Some(chunk) = response.chunk().await.map_err(|e| classify(call, false, &e))? {
        total += chunk.len() as u64;
        if total > limit {
            return Err(too_large());
        }
        match (&mut buffer, first.take()) {
            (Some(buffer), _) => buffer.extend_from_slice(&chunk),
            (None, None) => first = Some(chunk),
            (None, Some(earlier)) => {
                let capacity = expected.unwrap_or(total).clamp(total, limit);
                let mut joined = BytesMut::with_capacity(usize::try_from(capacity).unwrap_or(0));
                joined.extend_from_slice(&earlier);
                joined.extend_from_slice(&chunk);
                buffer = Some(joined);
            }
        }
    }
    let body = match (buffer, first) {
        (Some(buffer), _) => buffer.freeze(),
        (None, Some(only)) => only,
        (None, None) => Bytes::new(),
    };
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

/// `100 MB`, `1 KB`, `1500 bytes`.
pub(crate) fn size_text(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// Turn a reqwest error into a message a user understands.
fn classify(call: &Call<'_>, https: bool, error: &reqwest::Error) -> HttpError {
    let mut chain: Vec<String> = Vec::new();
    let mut io_kind = None;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            io_kind.get_or_insert(io.kind());
        }
        chain.push(e.to_string());
        source = e.source();
    }
    let text = chain.join(": ").to_ascii_lowercase();
    let innermost = chain.last().cloned().unwrap_or_default();
    let (kind, cause) = if error.is_timeout() {
        (HttpErrorKind::Timeout, "timeout".to_string())
    } else if text.contains("dns error") || text.contains("failed to lookup address") {
        (HttpErrorKind::Dns, "no such host".to_string())
    } else if io_kind == Some(std::io::ErrorKind::ConnectionRefused) {
        (HttpErrorKind::Connect, "connection refused".to_string())
    } else if io_kind == Some(std::io::ErrorKind::ConnectionReset) {
        (HttpErrorKind::Connect, "connection reset by peer".to_string())
    } else if https
        && (io_kind == Some(std::io::ErrorKind::InvalidData)
            || ["certificate", "tls", "handshake", "corrupt message", "alert"]
                .iter()
                .any(|w| text.contains(w)))
    {
        (HttpErrorKind::Tls, format!("TLS handshake failed: {innermost}"))
    } else if error.is_connect() {
        (HttpErrorKind::Connect, format!("cannot connect: {innermost}"))
    } else {
        (HttpErrorKind::Other, innermost)
    };
    HttpError::new(kind, format!("{call}: {cause}"))
}
