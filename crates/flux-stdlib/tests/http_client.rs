//! The reqwest client beyond what wiremock shows: the two ways it drives a request
//! (on the calling thread outside any tokio runtime, through its background thread
//! inside one), connection reuse, chunked bodies and the size limit while streaming,
//! interruption and timeouts on both paths.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use common::raw_server::{chunked, fixed, serve};
use common::*;
use flux_stdlib::{
    Capabilities, HttpClient, HttpError, HttpErrorKind, HttpLimits, HttpRequest, ReqwestClient,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

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

fn get(host: &str, at: &str) -> Vec<(&'static str, flux_eval::Value)> {
    vec![
        ("method", s("get")),
        ("path", s(at)),
        ("host", s(host)),
        ("token", s("t")),
    ]
}

/// A wiremock server on its own runtime thread, answering `GET /n` with `200 ok`.
fn mock_server() -> (tokio::runtime::Runtime, MockServer) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let mock = rt.block_on(async {
        let mock = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/n"))
            .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
            .mount(&mock)
            .await;
        mock
    });
    (rt, mock)
}

/// A listener that accepts connections and never answers.
fn silent_server() -> (std::net::TcpListener, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    (listener, url)
}

fn in_runtime<T>(f: impl FnOnce() -> T) -> T {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async { f() })
}

#[test]
fn chunked_body_is_read_whole() {
    let server = serve(chunked(10, 1000));
    let response = api(&Capabilities::default(), get(&server.url, "/")).unwrap();
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
        err(api(&caps, get(&server.url, "/"))),
        format!(
            "Get \"{}/\": http response body is too large (over 5000 bytes limit)",
            server.url
        )
    );
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

#[test]
fn from_a_plain_thread_one_connection_serves_every_call() {
    let server = serve(fixed(b"ok"));
    let client = Arc::new(ReqwestClient::new());
    let caps = Capabilities {
        http: client.clone(),
        ..Capabilities::default()
    };
    let host = caps.clone();
    let handle = std::thread::spawn(move || {
        for _ in 0..20 {
            let response = call_in(&host, "experimental/influxdb", "api", get(&server.url, "/")).unwrap();
            assert_eq!(body_text(&response), "ok");
        }
        server.connections.load(Ordering::SeqCst)
    });
    assert_eq!(handle.join().unwrap(), 1);
    assert!(format!("{client:?}").contains("direct_started: true, worker_started: false"));
}

#[test]
fn from_inside_a_tokio_runtime_the_worker_thread_serves_the_call() {
    let server = serve(fixed(b"ok"));
    let client = ReqwestClient::new();
    let response = in_runtime(|| {
        client.send(
            request(&format!("{}/", server.url), Duration::from_secs(5)),
            &|| false,
        )
    });
    assert_eq!(&response.unwrap().body[..], b"ok");
    assert!(format!("{client:?}").contains("direct_started: false, worker_started: true"));
}

#[test]
fn four_threads_at_once_share_one_client() {
    let (_rt, mock) = mock_server();
    let client = Arc::new(ReqwestClient::new());
    let caps = Capabilities {
        http: client.clone(),
        ..Capabilities::default()
    };
    let caps = Arc::new(caps);
    let host = mock.uri();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let caps = Arc::clone(&caps);
            let host = host.clone();
            std::thread::spawn(move || {
                for _ in 0..25 {
                    let response =
                        call_in(&caps, "experimental/influxdb", "api", get(&host, "/n")).unwrap();
                    assert_eq!(status(&response), 200);
                    assert_eq!(body_text(&response), "ok");
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let received = _rt.block_on(mock.received_requests()).unwrap();
    assert_eq!(received.len(), 100);
    assert!(format!("{client:?}").contains("direct_started: true, worker_started: false"));
}

#[test]
fn both_paths_on_one_client_and_dropped_inside_a_runtime() {
    let (_rt, mock) = mock_server();
    let url = format!("{}/n", mock.uri());
    let client = ReqwestClient::new();
    let here = client
        .send(request(&url, Duration::from_secs(5)), &|| false)
        .unwrap();
    assert_eq!(here.status, 200);
    in_runtime(move || {
        let there = client
            .send(request(&url, Duration::from_secs(5)), &|| false)
            .unwrap();
        assert_eq!(there.status, 200);
        assert!(format!("{client:?}").contains("direct_started: true, worker_started: true"));
        // Dropping the calling-thread runtime inside an async context must not panic.
        drop(client);
    });
}

/// Sends to a server that never answers and asks to stop after 100 ms; `run` decides
/// where the call runs. The call must end at once with "interrupted".
fn interrupted_at_once(client: &ReqwestClient, run: impl FnOnce(&dyn Fn() -> HttpError) -> HttpError) {
    let (listener, url) = silent_server();
    let started = Instant::now();
    let error = run(&|| {
        client
            .send(request(&url, Duration::from_secs(30)), &|| {
                started.elapsed() > Duration::from_millis(100)
            })
            .unwrap_err()
    });
    assert_eq!(error.kind, HttpErrorKind::Interrupted);
    assert_eq!(error.message, format!("Get \"{url}\": interrupted"));
    assert!(started.elapsed() < Duration::from_secs(2));
    drop(listener);
}

#[test]
fn interrupted_while_waiting_on_a_slow_server_from_a_plain_thread() {
    let client = ReqwestClient::new();
    interrupted_at_once(&client, |send| send());
    assert!(format!("{client:?}").contains("direct_started: true, worker_started: false"));
}

#[test]
fn interrupted_while_waiting_on_a_slow_server_from_inside_a_runtime() {
    let client = ReqwestClient::new();
    interrupted_at_once(&client, |send| in_runtime(send));
    assert!(format!("{client:?}").contains("direct_started: false, worker_started: true"));
}

#[test]
fn a_silent_server_times_out_on_both_paths() {
    let (listener, url) = silent_server();
    let client = ReqwestClient::new();
    let expected = format!("Get \"{url}\": timeout after 1s100ms");
    let here = client
        .send(request(&url, Duration::from_millis(1100)), &|| false)
        .unwrap_err();
    assert_eq!(
        (here.kind, here.message),
        (HttpErrorKind::Timeout, expected.clone())
    );
    let there =
        in_runtime(|| client.send(request(&url, Duration::from_millis(1100)), &|| false)).unwrap_err();
    assert_eq!((there.kind, there.message), (HttpErrorKind::Timeout, expected));
    drop(listener);
}

#[test]
fn a_request_after_an_interrupted_one_still_works() {
    let server = serve(fixed(b"ok"));
    let (listener, slow) = silent_server();
    let client = ReqwestClient::new();
    let error = client
        .send(request(&slow, Duration::from_secs(30)), &|| true)
        .unwrap_err();
    assert_eq!(error.kind, HttpErrorKind::Interrupted);
    let response = client
        .send(
            request(&format!("{}/", server.url), Duration::from_secs(5)),
            &|| false,
        )
        .unwrap();
    assert_eq!(&response.body[..], b"ok");
    drop(listener);
}
