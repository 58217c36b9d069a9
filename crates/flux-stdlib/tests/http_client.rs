//! The reqwest client beyond what wiremock shows: connection reuse, chunked bodies
//! and the size limit while streaming, interruption.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use common::raw_server::{chunked, fixed, serve};
use common::*;
use flux_stdlib::{Capabilities, HttpClient, HttpErrorKind, HttpLimits, HttpRequest, ReqwestClient};

fn get(host: &str) -> Vec<(&'static str, flux_eval::Value)> {
    vec![
        ("method", s("get")),
        ("path", s("/")),
        ("host", s(host)),
        ("token", s("t")),
    ]
}

fn request(url: &str, timeout: Duration) -> HttpRequest {
    HttpRequest {
        method: "GET".to_string(),
        url: url::Url::parse(url).unwrap(),
        headers: Vec::new(),
        authorization: None,
        body: bytes::Bytes::new(),
        timeout,
        max_body_bytes: 1024,
        max_redirects: 10,
        allowed_hosts: None,
    }
}

#[test]
fn calls_reuse_one_connection() {
    let server = serve(fixed(b"ok"));
    let caps = Capabilities::default();
    let packages = flux_stdlib::packages(&caps);
    for _ in 0..20 {
        let response = call_in(&packages, "experimental/influxdb", "api", get(&server.url)).unwrap();
        assert_eq!(body_text(&response), "ok");
    }
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

#[test]
fn chunked_body_is_read_whole() {
    let server = serve(chunked(10, 1000));
    let response = api(&Capabilities::default(), get(&server.url)).unwrap();
    assert_eq!(body_text(&response).len(), 10_000);
    assert_eq!(header(&response, "Transfer-Encoding").as_deref(), Some("chunked"));
}

#[test]
fn chunked_body_over_the_limit_is_an_error_not_a_truncation() {
    let server = serve(chunked(10, 1000));
    let caps = Capabilities {
        limits: HttpLimits {
            max_body_bytes: 5000,
            ..HttpLimits::default()
        },
        ..Capabilities::default()
    };
    assert_eq!(
        err(api(&caps, get(&server.url))),
        format!(
            "Get \"{}/\": http response body is too large (over 5000 bytes limit)",
            server.url
        )
    );
}

#[test]
fn an_interrupted_request_returns_at_once() {
    // Accepts the connection but never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let client = ReqwestClient::new();
    let started = Instant::now();
    let error = client
        .send(request(&url, Duration::from_secs(30)), &|| {
            started.elapsed() > Duration::from_millis(100)
        })
        .unwrap_err();
    assert_eq!(error.kind, HttpErrorKind::Interrupted);
    assert_eq!(error.message, format!("Get \"{url}\": interrupted"));
    assert!(started.elapsed() < Duration::from_secs(2));
    drop(listener);
}

#[test]
fn a_silent_server_times_out() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let error = ReqwestClient::new()
        .send(request(&url, Duration::from_millis(1500)), &|| false)
        .unwrap_err();
    assert_eq!(error.kind, HttpErrorKind::Timeout);
    assert_eq!(error.message, format!("Get \"{url}\": timeout after 1s500ms"));
    drop(listener);
}

#[test]
fn passwords_in_urls_are_hidden_in_errors() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("http://user:hunter2@127.0.0.1:{port}/");
    let error = ReqwestClient::new()
        .send(request(&url, Duration::from_secs(5)), &|| false)
        .unwrap_err();
    assert_eq!(
        error.message,
        format!("Get \"http://user:xxxxx@127.0.0.1:{port}/\": connection refused")
    );
}
