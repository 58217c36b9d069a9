//! `influxdb.api()` against wiremock servers: one test per documented behaviour.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use flux_stdlib::{Capabilities, HttpLimits, InfluxContext};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A mock server plus the runtime used to talk to it (the server runs on its own thread).
struct Server {
    rt: tokio::runtime::Runtime,
    mock: MockServer,
}

impl Server {
    fn start() -> Server {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mock = rt.block_on(MockServer::start());
        Server { rt, mock }
    }

    fn on(&self, verb: &str, at: &str, response: ResponseTemplate) -> &Server {
        self.rt.block_on(
            Mock::given(method(verb))
                .and(path(at))
                .respond_with(response)
                .mount(&self.mock),
        );
        self
    }

    fn uri(&self) -> String {
        self.mock.uri()
    }

    fn requests(&self) -> Vec<Request> {
        self.rt
            .block_on(self.mock.received_requests())
            .unwrap_or_default()
    }

    fn only_request(&self) -> Request {
        let mut all = self.requests();
        assert_eq!(all.len(), 1, "expected one request, got {all:?}");
        all.remove(0)
    }
}

fn request_header(request: &Request, name: &str) -> Option<String> {
    request.headers.get(name).map(|v| v.to_str().unwrap().to_string())
}

fn caps() -> Capabilities {
    Capabilities::default()
}

fn get(server: &Server, at: &str) -> Vec<(&'static str, Value)> {
    vec![
        ("method", s("get")),
        ("path", s(at)),
        ("host", s(&server.uri())),
        ("token", s("passedtoken")),
    ]
}

use flux_eval::Value;

#[test]
fn get_returns_status_headers_and_body() {
    let server = Server::start();
    server.on(
        "GET",
        "/health",
        ResponseTemplate::new(200).set_body_raw(r#"{"status":"pass"}"#, "application/json"),
    );
    let response = api(&caps(), get(&server, "/health")).unwrap();
    assert_eq!(status(&response), 200);
    assert_eq!(body_text(&response), r#"{"status":"pass"}"#);
    assert_eq!(
        header(&response, "Content-Type").as_deref(),
        Some("application/json")
    );
    assert_eq!(header(&response, "Content-Length").as_deref(), Some("17"));
    let request = server.only_request();
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request_header(&request, "authorization").as_deref(),
        Some("Token passedtoken")
    );
    assert!(request.body.is_empty());
}

#[test]
fn method_is_upper_cased() {
    let server = Server::start();
    for verb in ["POST", "PUT", "PATCH", "DELETE", "HEAD", "GET"] {
        server.on(verb, "/m", ResponseTemplate::new(204));
    }
    for verb in ["post", "Put", "patch", "delete", "head", "gEt"] {
        let mut args = get(&server, "/m");
        args[0] = ("method", s(verb));
        assert_eq!(status(&api(&caps(), args).unwrap()), 204, "{verb}");
    }
    let sent: Vec<String> = server.requests().iter().map(|r| r.method.to_string()).collect();
    assert_eq!(sent, ["POST", "PUT", "PATCH", "DELETE", "HEAD", "GET"]);
}

#[test]
fn user_headers_are_sent_and_authorization_is_the_token() {
    let server = Server::start();
    server.on("GET", "/h", ResponseTemplate::new(200));
    let mut args = get(&server, "/h");
    args.push((
        "headers",
        sdict(&[
            ("header1", "header1Value"),
            ("Accept", "application/csv"),
            ("Authorization", "Bearer not-this"),
        ]),
    ));
    api(&caps(), args).unwrap();
    let request = server.only_request();
    assert_eq!(
        request_header(&request, "header1").as_deref(),
        Some("header1Value")
    );
    assert_eq!(
        request_header(&request, "accept").as_deref(),
        Some("application/csv")
    );
    let auth: Vec<_> = request.headers.get_all("authorization").iter().collect();
    assert_eq!(auth, ["Token passedtoken"]);
}

#[test]
fn query_is_sorted_encoded_and_merged_with_the_path_query() {
    let server = Server::start();
    server.on("GET", "/api/v2/buckets", ResponseTemplate::new(200));
    let mut args = get(&server, "/api/v2/buckets?org=my%20org&limit=5");
    args.push((
        "query",
        sdict(&[("name", "x y"), ("limit", "20"), ("after", "a/b")]),
    ));
    api(&caps(), args).unwrap();
    let request = server.only_request();
    assert_eq!(
        request.url.query(),
        Some("after=a%2Fb&limit=20&name=x+y&org=my+org")
    );
}

#[test]
fn docs_example_query_and_headers() {
    let server = Server::start();
    server.on("GET", "/example", ResponseTemplate::new(200));
    let mut args = get(&server, "/example");
    args.push((
        "headers",
        sdict(&[("header1", "header1Value"), ("header2", "header2Value")]),
    ));
    args.push(("query", sdict(&[("ex1", "example1"), ("ex2", "example2")])));
    args.push(("timeout", ms(30_000)));
    args.push(("body", b(b"Example body")));
    api(&caps(), args).unwrap();
    let request = server.only_request();
    assert_eq!(request.url.query(), Some("ex1=example1&ex2=example2"));
    assert_eq!(
        request_header(&request, "header2").as_deref(),
        Some("header2Value")
    );
    assert_eq!(request.body, b"Example body");
}

#[test]
fn body_is_sent() {
    let server = Server::start();
    server.on(
        "POST",
        "/api/v2/buckets",
        ResponseTemplate::new(201).set_body_string("created"),
    );
    let mut args = get(&server, "/api/v2/buckets");
    args[0] = ("method", s("post"));
    args.push(("body", b(br#"{"name":"example-bucket"}"#)));
    let response = api(&caps(), args).unwrap();
    assert_eq!(status(&response), 201);
    assert_eq!(body_text(&response), "created");
    let request = server.only_request();
    assert_eq!(request.body, br#"{"name":"example-bucket"}"#);
    assert_eq!(request_header(&request, "content-length").as_deref(), Some("25"));
}

#[test]
fn timeout_bounds_the_request() {
    let server = Server::start();
    server.on(
        "GET",
        "/slow",
        ResponseTemplate::new(200).set_delay(Duration::from_secs(3)),
    );
    let mut args = get(&server, "/slow");
    args.push(("timeout", ms(200)));
    let started = Instant::now();
    let message = err(api(&caps(), args));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        message,
        format!("Get \"{}/slow\": timeout after 200ms", server.uri())
    );
}

#[test]
fn error_statuses_are_returned_not_raised() {
    let server = Server::start();
    server.on(
        "GET",
        "/fail",
        ResponseTemplate::new(500).set_body_string(r#"{"code":"internal","message":"internal error"}"#),
    );
    let response = api(&caps(), get(&server, "/fail")).unwrap();
    assert_eq!(status(&response), 500);
    assert_eq!(
        body_text(&response),
        r#"{"code":"internal","message":"internal error"}"#
    );
}

#[test]
fn response_header_names_are_canonical_and_last_value_wins() {
    let server = Server::start();
    server.on(
        "GET",
        "/h",
        ResponseTemplate::new(200)
            .insert_header("x-request-id", "F1Ngo2ONCVHEd4xL1UeB")
            .append_header("x-influxdb-version", "first")
            .append_header("x-influxdb-version", "v2.7.1"),
    );
    let response = api(&caps(), get(&server, "/h")).unwrap();
    let names: Vec<String> = headers(&response).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        ["Content-Length", "Date", "X-Influxdb-Version", "X-Request-Id"]
    );
    assert_eq!(header(&response, "X-Influxdb-Version").as_deref(), Some("v2.7.1"));
}

#[test]
fn redirect_to_another_host_drops_the_token() {
    let target = Server::start();
    target.on(
        "GET",
        "/target",
        ResponseTemplate::new(200).set_body_string("arrived"),
    );
    let origin = Server::start();
    origin.on(
        "GET",
        "/moved",
        ResponseTemplate::new(302).insert_header("Location", format!("{}/target", target.uri()).as_str()),
    );
    let response = api(&caps(), get(&origin, "/moved")).unwrap();
    assert_eq!(body_text(&response), "arrived");
    assert_eq!(
        request_header(&origin.only_request(), "authorization").as_deref(),
        Some("Token passedtoken")
    );
    assert_eq!(request_header(&target.only_request(), "authorization"), None);
}

#[test]
fn redirect_on_the_same_host_keeps_the_token() {
    let server = Server::start();
    server.on(
        "GET",
        "/old",
        ResponseTemplate::new(301).insert_header("Location", "/new"),
    );
    server.on("GET", "/new", ResponseTemplate::new(200).set_body_string("new"));
    let response = api(&caps(), get(&server, "/old")).unwrap();
    assert_eq!(body_text(&response), "new");
    for request in server.requests() {
        assert_eq!(
            request_header(&request, "authorization").as_deref(),
            Some("Token passedtoken")
        );
    }
}

#[test]
fn redirects_stop_after_ten() {
    let server = Server::start();
    server.on(
        "GET",
        "/loop",
        ResponseTemplate::new(302).insert_header("Location", "/loop"),
    );
    let message = err(api(&caps(), get(&server, "/loop")));
    assert_eq!(
        message,
        format!("Get \"{}/loop\": stopped after 10 redirects", server.uri())
    );
    assert_eq!(server.requests().len(), 11);
}

#[test]
fn see_other_turns_a_post_into_a_get_without_body() {
    let server = Server::start();
    server.on(
        "POST",
        "/create",
        ResponseTemplate::new(303).insert_header("Location", "/result"),
    );
    server.on("GET", "/result", ResponseTemplate::new(200));
    let mut args = get(&server, "/create");
    args[0] = ("method", s("post"));
    args.push(("body", b(b"payload")));
    assert_eq!(status(&api(&caps(), args).unwrap()), 200);
    let requests = server.requests();
    assert_eq!(requests[1].method.as_str(), "GET");
    assert!(requests[1].body.is_empty());
}

#[test]
fn body_over_the_limit_is_an_error() {
    let server = Server::start();
    server.on(
        "GET",
        "/big",
        ResponseTemplate::new(200).set_body_bytes(vec![b'x'; 2048]),
    );
    server.on(
        "GET",
        "/fits",
        ResponseTemplate::new(200).set_body_bytes(vec![b'x'; 1024]),
    );
    let caps = Capabilities {
        limits: HttpLimits {
            max_body_bytes: 1024,
            ..HttpLimits::default()
        },
        ..caps()
    };
    let message = err(api(&caps, get(&server, "/big")));
    assert_eq!(
        message,
        format!(
            "Get \"{}/big\": http response body is too large (over 1 KB limit)",
            server.uri()
        )
    );
    assert_eq!(body_text(&api(&caps, get(&server, "/fits")).unwrap()).len(), 1024);
}

#[test]
fn refused_connection_is_an_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let args = vec![
        ("method", s("get")),
        ("path", s("/x")),
        ("host", s(&format!("http://127.0.0.1:{port}"))),
        ("token", s("passedtoken")),
    ];
    assert_eq!(
        err(api(&caps(), args)),
        format!("Get \"http://127.0.0.1:{port}/x\": connection refused")
    );
}

#[test]
fn missing_host_or_token_outside_influxdb() {
    let server = Server::start();
    let no_host = vec![("method", s("get")), ("path", s("/x")), ("token", s("t"))];
    assert_eq!(
        err(api(&caps(), no_host)),
        "keyword argument \"host\" is required when executing outside InfluxDB"
    );
    let no_token = vec![
        ("method", s("get")),
        ("path", s("/x")),
        ("host", s(&server.uri())),
    ];
    assert_eq!(
        err(api(&caps(), no_token)),
        "keyword argument \"token\" is required when executing outside InfluxDB"
    );
    let no_path = vec![("method", s("get")), ("host", s(&server.uri()))];
    assert_eq!(
        err(api(&caps(), no_path)),
        "missing required keyword argument \"path\""
    );
    assert!(server.requests().is_empty());
}

#[test]
fn host_and_token_default_to_the_influxdb_context() {
    let server = Server::start();
    server.on("GET", "/health", ResponseTemplate::new(200));
    let caps = Capabilities {
        influxdb: Some(InfluxContext::new(server.uri(), "contexttoken")),
        ..caps()
    };
    let args = vec![("method", s("get")), ("path", s("/health"))];
    assert_eq!(status(&api(&caps, args).unwrap()), 200);
    assert_eq!(
        request_header(&server.only_request(), "authorization").as_deref(),
        Some("Token contexttoken")
    );
    // Arguments win over the context.
    let explicit = vec![
        ("method", s("get")),
        ("path", s("/health")),
        ("token", s("argtoken")),
    ];
    api(&caps, explicit).unwrap();
    assert_eq!(
        request_header(&server.requests()[1], "authorization").as_deref(),
        Some("Token argtoken")
    );
}

#[test]
fn argument_type_errors_use_flux_wording() {
    let server = Server::start();
    let mut args = get(&server, "/x");
    args.push(("timeout", s("30s")));
    assert_eq!(
        err(api(&caps(), args)),
        "keyword argument \"timeout\" must be a duration type"
    );
    let mut args = get(&server, "/x");
    args.push(("body", s("text")));
    assert_eq!(
        err(api(&caps(), args)),
        "keyword argument \"body\" must be a bytes type"
    );
}

#[test]
fn bad_urls_are_errors() {
    let call = |host: &str, at: &str| {
        err(api(
            &caps(),
            vec![
                ("method", s("get")),
                ("path", s(at)),
                ("host", s(host)),
                ("token", s("t")),
            ],
        ))
    };
    assert_eq!(
        call("ftp://example.com", "/x"),
        "unsupported URL scheme \"ftp\" (only http and https)"
    );
    assert_eq!(
        call("", "/health"),
        "invalid URL \"/health\": relative URL without a base (host is empty)"
    );
    assert_eq!(
        call("http://exa mple.com", "/x"),
        "invalid URL \"http://exa mple.com/x\": invalid international domain name"
    );
}

#[test]
fn unknown_host_is_no_such_host() {
    let args = vec![
        ("method", s("get")),
        ("path", s("/x")),
        ("host", s("http://no-such-host.invalid")),
        ("token", s("t")),
    ];
    assert_eq!(
        err(api(&caps(), args)),
        "Get \"http://no-such-host.invalid/x\": no such host"
    );
}

#[test]
fn tls_failure_is_an_error() {
    let server = Server::start();
    let https = server.uri().replace("http://", "https://");
    let args = vec![
        ("method", s("get")),
        ("path", s("/x")),
        ("host", s(&https)),
        ("token", s("t")),
    ];
    let message = err(api(&caps(), args));
    assert!(
        message.starts_with(&format!("Get \"{https}/x\": TLS handshake failed")),
        "{message}"
    );
}

#[test]
fn allowed_hosts_are_enforced() {
    let server = Server::start();
    server.on("GET", "/x", ResponseTemplate::new(200));
    let port = server.mock.address().port();
    let only_other = Capabilities {
        allowed_hosts: Some(vec!["influx.example.com".to_string()]),
        ..caps()
    };
    assert_eq!(
        err(api(&only_other, get(&server, "/x"))),
        "host \"127.0.0.1\" is not in the allowed hosts"
    );
    let this_one = Capabilities {
        allowed_hosts: Some(vec![format!("127.0.0.1:{port}")]),
        ..caps()
    };
    assert_eq!(status(&api(&this_one, get(&server, "/x")).unwrap()), 200);
}

#[test]
fn redirects_must_stay_on_allowed_hosts() {
    let elsewhere = Server::start();
    elsewhere.on("GET", "/target", ResponseTemplate::new(200));
    let origin = Server::start();
    origin.on(
        "GET",
        "/moved",
        ResponseTemplate::new(307).insert_header("Location", format!("{}/target", elsewhere.uri()).as_str()),
    );
    let caps = Capabilities {
        allowed_hosts: Some(vec![format!("127.0.0.1:{}", origin.mock.address().port())]),
        ..caps()
    };
    let message = err(api(&caps, get(&origin, "/moved")));
    assert_eq!(
        message,
        format!(
            "Get \"{}/target\": host \"127.0.0.1\" is not in the allowed hosts",
            elsewhere.uri()
        )
    );
    assert!(elsewhere.requests().is_empty());
}

#[test]
fn requests_carry_a_user_agent() {
    let server = Server::start();
    server.on("GET", "/ua", ResponseTemplate::new(200));
    api(&caps(), get(&server, "/ua")).unwrap();
    let agent = request_header(&server.only_request(), "user-agent").unwrap();
    assert!(agent.starts_with("flux-rs/"), "{agent}");
}

#[test]
fn the_token_never_appears_in_errors_or_debug_output() {
    let token = "sup3r-s3cret-t0ken";
    let caps = Capabilities {
        influxdb: Some(InfluxContext::new("http://127.0.0.1:1", token)),
        ..caps()
    };
    let debug = format!("{caps:?} {:?}", caps.influxdb);
    assert!(!debug.contains(token), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
    let failures = [
        vec![("method", s("get")), ("path", s("/x"))],
        vec![("method", s("get")), ("path", s("/x")), ("token", s(token))],
        vec![
            ("method", s("get")),
            ("path", s("/x")),
            ("token", s(token)),
            ("timeout", ms(1)),
        ],
        vec![("method", s("g et")), ("path", s("/x")), ("token", s(token))],
    ];
    for args in failures {
        let error = api(&caps, args).unwrap_err();
        assert!(!format!("{error} {error:?}").contains(token), "{error:?}");
    }
}

#[test]
fn secret_values_are_scrubbed_from_api_errors() {
    let caps = Capabilities {
        secrets: Arc::new(flux_stdlib::MemorySecrets::new().with("HOST", "http://s3cret-host.invalid")),
        ..caps()
    };
    let host = call_in(
        &caps,
        "influxdata/influxdb/secrets",
        "get",
        vec![("key", s("HOST"))],
    )
    .unwrap();
    let args = vec![
        ("method", s("get")),
        ("path", s("/x")),
        ("host", host),
        ("token", s("t")),
    ];
    let message = err(call_in(&caps, "experimental/influxdb", "api", args));
    assert_eq!(message, "Get \"<redacted>/x\": no such host");
    assert_eq!(caps.scrub("at http://s3cret-host.invalid"), "at <redacted>");
}

#[test]
fn one_client_serves_many_calls() {
    let server = Server::start();
    server.on("GET", "/n", ResponseTemplate::new(200));
    let caps = caps();
    let host = caps.clone();
    for _ in 0..50 {
        let response = call_in(&host, "experimental/influxdb", "api", get(&server, "/n")).unwrap();
        assert_eq!(status(&response), 200);
    }
    assert_eq!(server.requests().len(), 50);
    assert_eq!(
        Arc::strong_count(&caps.http),
        2,
        "the capabilities hold the one client"
    );
}

/// Calling api() from code running on a tokio runtime thread must not panic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_inside_a_tokio_runtime() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&mock)
        .await;
    let args = vec![
        ("method", s("get")),
        ("path", s("/health")),
        ("host", s(&mock.uri())),
        ("token", s("t")),
    ];
    // Blocking call made directly on a runtime worker thread; the client is created
    // and dropped here too.
    let caps = Capabilities::default();
    let response = api(&caps, args).unwrap();
    assert_eq!(body_text(&response), "ok");
    drop(caps);
}

#[tokio::test(flavor = "current_thread")]
async fn works_inside_a_current_thread_runtime() {
    // The server runs on its own thread, so blocking this one is fine.
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&mock)
        .await;
    let args = vec![
        ("method", s("get")),
        ("path", s("/")),
        ("host", s(&mock.uri())),
        ("token", s("t")),
    ];
    assert_eq!(status(&api(&Capabilities::default(), args).unwrap()), 204);
}
