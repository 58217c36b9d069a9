//! `http` and `http/requests` against wiremock servers: what is sent, what comes back,
//! and the rules they share with `influxdb.api()` (allow-list, redirects, limits,
//! secrets kept out of errors).
#![cfg(feature = "http")]
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use flux::{MemorySecrets, Runtime, Value};
mod support;

use support::{Server, header};
use wiremock::ResponseTemplate;

const TOKEN: &str = "t0k3n-s3cr3t";

fn runtime() -> Runtime {
    Runtime::builder()
        .secrets(MemorySecrets::new().with("TOKEN", TOKEN))
        .build()
}

/// Run `src` (with `HOST` replaced by the server's URL); the display of each value.
fn run(rt: &Runtime, server: &Server, src: &str) -> Result<String, String> {
    let src = src.replace("HOST", &server.uri());
    rt.eval(&src)
        .map(|values| values.iter().map(Value::display).collect::<Vec<_>>().join("\n"))
        .map_err(|e| e.to_string())
}

const PRELUDE: &str = "import \"http\"\nimport \"http/requests\"\nimport \"influxdata/influxdb/secrets\"\n";

fn eval(server: &Server, src: &str) -> Result<String, String> {
    run(&runtime(), server, &format!("{PRELUDE}{src}"))
}

#[test]
fn http_post_sends_headers_and_data_and_returns_the_status() {
    let server = Server::start();
    server.on(
        "POST",
        "/notify",
        ResponseTemplate::new(202).set_body_string("accepted"),
    );
    let got = eval(
        &server,
        "http.post(url: \"HOST/notify\", headers: {\"Content-Type\": \"text/plain\", Authorization: http.basicAuth(u: \"me\", p: \"pw\")}, data: bytes(v: \"hello\"))",
    );
    assert_eq!(got.as_deref(), Ok("202"));
    let request = server.only_request();
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(header(&request, "content-type").as_deref(), Some("text/plain"));
    assert_eq!(
        header(&request, "authorization").as_deref(),
        Some("Basic bWU6cHc=")
    );
    assert_eq!(request.body, b"hello");
}

#[test]
fn http_post_without_headers_or_data() {
    let server = Server::start();
    server.on("POST", "/x", ResponseTemplate::new(500));
    assert_eq!(eval(&server, "http.post(url: \"HOST/x\")").as_deref(), Ok("500"));
    assert!(server.only_request().body.is_empty());
}

#[test]
fn http_post_header_values_must_be_strings() {
    let server = Server::start();
    let got = eval(&server, "http.post(url: \"HOST/x\", headers: {n: 1})");
    assert!(
        got.as_ref()
            .is_err_and(|e| e.ends_with("header value \"n\" must be a string")),
        "{got:?}"
    );
    assert!(server.requests().is_empty());
}

#[test]
fn requests_get_returns_the_whole_response() {
    let server = Server::start();
    server.on(
        "GET",
        "/health",
        ResponseTemplate::new(200).set_body_raw(r#"{"status":"pass"}"#, "application/json"),
    );
    let got = eval(
        &server,
        "import \"dict\"\nr = requests.get(url: \"HOST/health\")\nr.statusCode\nstring(v: r.body)\ndict.remove(dict: r.headers, key: \"Date\")\nr.duration > 0ns",
    );
    assert_eq!(
        got.as_deref(),
        Ok("200\n{\"status\":\"pass\"}\n[Content-Length: 17, Content-Type: application/json]\ntrue")
    );
}

#[test]
fn requests_params_are_encoded_sorted_and_merged() {
    let server = Server::start();
    server.on("GET", "/q", ResponseTemplate::new(204));
    let got = eval(
        &server,
        "requests.get(url: \"HOST/q?keep=1&b=old\", params: [\"b\": [\"x y\", \"z\"], \"a\": [\"/\"]]).statusCode",
    );
    assert_eq!(got.as_deref(), Ok("204"));
    assert_eq!(server.only_request().url.query(), Some("a=%2F&b=x+y&b=z&keep=1"));
}

#[test]
fn requests_post_and_do_send_method_headers_and_body() {
    let server = Server::start();
    server.on("POST", "/api/v2/write", ResponseTemplate::new(204));
    server.on("PUT", "/thing", ResponseTemplate::new(200).set_body_string("ok"));
    let got = eval(
        &server,
        "token = secrets.get(key: \"TOKEN\")\nrequests.post(url: \"HOST/api/v2/write\", headers: [\"Authorization\": \"Token ${token}\"], body: bytes(v: \"cpu v=1\")).statusCode\nstring(v: requests.do(method: \"PUT\", url: \"HOST/thing\").body)",
    );
    assert_eq!(got.as_deref(), Ok("204\nok"));
    let sent = server.requests();
    assert_eq!(header(&sent[0], "authorization"), Some(format!("Token {TOKEN}")));
    assert_eq!(sent[0].body, b"cpu v=1");
    assert_eq!(sent[1].method.as_str(), "PUT");
}

#[test]
fn requests_do_refuses_unknown_methods() {
    let server = Server::start();
    let got = eval(&server, "requests.do(method: \"get\", url: \"HOST/\")");
    assert!(
        got.as_ref()
            .is_err_and(|e| e.ends_with("invalid HTTP method \"get\"")),
        "{got:?}"
    );
}

#[test]
fn requests_config_timeout_bounds_the_request() {
    let server = Server::start();
    server.on(
        "GET",
        "/slow",
        ResponseTemplate::new(200).set_delay(Duration::from_secs(5)),
    );
    let got = eval(
        &server,
        "requests.get(url: \"HOST/slow\", config: {timeout: 100ms, insecureSkipVerify: false})",
    );
    assert!(
        got.as_ref().is_err_and(|e| e.ends_with("timeout after 100ms")),
        "{got:?}"
    );
    let mixed = eval(
        &server,
        "requests.get(url: \"HOST/slow\", config: {timeout: 1mo1s, insecureSkipVerify: false})",
    );
    assert!(
        mixed
            .as_ref()
            .is_err_and(|e| e.ends_with("config timeout must not be a mixed duration")),
        "{mixed:?}"
    );
    let insecure = eval(
        &server,
        "requests.get(url: \"HOST/slow\", config: {timeout: 0s, insecureSkipVerify: true})",
    );
    assert!(
        insecure.as_ref().is_err_and(|e| e.contains("--skip-verify")),
        "{insecure:?}"
    );
}

#[test]
fn requests_peek_makes_a_table() {
    let server = Server::start();
    server.on("GET", "/p", ResponseTemplate::new(200).set_body_string("hi"));
    let rt = runtime();
    let src = format!("{PRELUDE}requests.peek(response: requests.get(url: \"HOST/p\"))");
    let values = rt.eval(&src.replace("HOST", &server.uri())).unwrap();
    let Some(Value::Stream(stream)) = values.first() else {
        panic!("not a stream: {values:?}");
    };
    let mut out = Vec::new();
    flux::table::csv::write_result(&mut out, "_result", stream).unwrap();
    let csv = String::from_utf8(out).unwrap();
    assert!(
        csv.contains(",result,table,statusCode,body,headers,duration"),
        "{csv}"
    );
    assert!(csv.contains(",,0,200,hi,"), "{csv}");
    assert!(
        csv.contains(",\"[Content-Length: 2, Content-Type: text/plain, Date: "),
        "{csv}"
    );
    let duration = csv.trim_end().rsplit(',').next().unwrap_or_default();
    assert!(duration.parse::<i64>().is_ok(), "{csv}");
}

#[test]
fn a_redirect_to_another_host_drops_the_authorization_header() {
    let target = Server::start();
    target.on("GET", "/landing", ResponseTemplate::new(200));
    let origin = Server::start();
    origin.on(
        "GET",
        "/start",
        ResponseTemplate::new(302).insert_header(
            "Location",
            format!("{}/landing", target.uri().replace("127.0.0.1", "localhost")),
        ),
    );
    let got = eval(
        &origin,
        "requests.get(url: \"HOST/start\", headers: [\"Authorization\": \"Token ${secrets.get(key: \"TOKEN\")}\"]).statusCode",
    );
    assert_eq!(got.as_deref(), Ok("200"));
    assert_eq!(
        header(&origin.only_request(), "authorization"),
        Some(format!("Token {TOKEN}"))
    );
    assert_eq!(header(&target.only_request(), "authorization"), None);
}

#[test]
fn the_allow_list_applies() {
    let server = Server::start();
    let rt = Runtime::builder().allow_hosts(["example.com"]).build();
    for call in ["http.post(url: \"HOST/x\")", "requests.get(url: \"HOST/x\")"] {
        let got = run(&rt, &server, &format!("{PRELUDE}{call}"));
        assert!(
            got.as_ref()
                .is_err_and(|e| e.ends_with("host \"127.0.0.1\" is not in the allowed hosts")),
            "{got:?}"
        );
    }
    assert!(server.requests().is_empty());
}

#[test]
fn a_body_over_the_limit_is_an_error() {
    let server = Server::start();
    server.on(
        "GET",
        "/big",
        ResponseTemplate::new(200).set_body_string("x".repeat(100)),
    );
    let rt = Runtime::builder().max_body_bytes(10).build();
    let got = run(&rt, &server, &format!("{PRELUDE}requests.get(url: \"HOST/big\")"));
    assert!(
        got.as_ref()
            .is_err_and(|e| e.ends_with("http response body is too large (over 10 bytes limit)")),
        "{got:?}"
    );
}

#[test]
fn secrets_never_appear_in_errors() {
    let server = Server::start();
    let got = eval(
        &server,
        "token = secrets.get(key: \"TOKEN\")\nrequests.get(url: \"http://${token}.invalid/\")",
    );
    let message = got.unwrap_err();
    assert!(!message.contains(TOKEN), "{message}");
    let got = eval(&server, "requests.get(url: \"http://no-such-host.invalid/\")");
    assert!(
        got.as_ref().is_err_and(|e| e.ends_with(": no such host")),
        "{got:?}"
    );
}

#[test]
fn path_escape_and_basic_auth() {
    let server = Server::start();
    assert_eq!(
        eval(
            &server,
            "http.pathEscape(inputString: \"a b/c?d\")\nhttp.basicAuth(u: \"user\", p: \"pass word\")"
        )
        .as_deref(),
        Ok("a%20b%2Fc%3Fd\nBasic dXNlcjpwYXNzIHdvcmQ=")
    );
}
