//! `influxdb.api()` from Flux source through `flux::Runtime`: error locations,
//! context defaults, the response record, and running inside a tokio runtime.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::raw_server::{fixed, serve};
use flux_stdlib::{Capabilities, InfluxContext, MemorySecrets};

fn runtime(caps: Capabilities) -> flux::Runtime {
    flux::Runtime::builder().capabilities(caps).build()
}

fn run(caps: Capabilities, source: &str) -> Result<Vec<String>, String> {
    runtime(caps)
        .eval(source)
        .map(|values| values.iter().map(|v| v.display()).collect())
        .map_err(|e| e.render_plain())
}

fn refused_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn failures_name_the_call_and_its_location() {
    let port = refused_port();
    let call = format!(
        "influxdb.api(method: \"get\", path: \"/x\", host: \"http://127.0.0.1:{port}\", token: \"t0k3n\")"
    );
    let source = format!("import \"experimental/influxdb\"\n\nx = 1\n{call}\n");
    let error = run(Capabilities::default(), &source).unwrap_err();
    let end = call.len() + 1;
    let expected = format!(
        "error calling function \"api\" @4:1-4:{end}: Get \"http://127.0.0.1:{port}/x\": connection refused"
    );
    assert!(error.ends_with(&expected), "{error}");
    assert!(!error.contains("t0k3n"));
}

#[test]
fn missing_host_outside_influxdb() {
    let error = run(
        Capabilities::default(),
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/health\")",
    )
    .unwrap_err();
    assert!(
        error.ends_with(": keyword argument \"host\" is required when executing outside InfluxDB"),
        "{error}"
    );
}

#[test]
fn context_supplies_host_and_token() {
    let server = serve(fixed(br#"{"status":"pass"}"#));
    let caps = Capabilities {
        influxdb: Some(InfluxContext::new(server.url.clone(), "ctx")),
        ..Capabilities::default()
    };
    let source = r#"
import "experimental/influxdb"
import "experimental/json"

response = influxdb.api(method: "get", path: "/health")
response.statusCode
json.parse(data: response.body).status
string(v: response.body)
"#;
    assert_eq!(
        run(caps, source).unwrap(),
        ["200", "pass", r#"{"status":"pass"}"#]
    );
}

#[test]
fn response_record_fields_and_headers() {
    let server = serve(fixed(b"hi"));
    let source = format!(
        r#"
import "dict"
import "experimental/influxdb"

r = influxdb.api(method: "get", path: "/", host: "{}", token: "t")
r.body
dict.get(dict: r.headers, key: "Content-Length", default: "none")
dict.get(dict: r.headers, key: "content-length", default: "none")
"#,
        server.url
    );
    assert_eq!(
        run(Capabilities::default(), &source).unwrap(),
        ["0x6869", "2", "none"]
    );
}

#[test]
fn secrets_feed_the_token() {
    let server = serve(fixed(b"ok"));
    let caps = Capabilities {
        secrets: Arc::new(MemorySecrets::new().with("INFLUX_TOKEN", "from-secret")),
        ..Capabilities::default()
    };
    let source = format!(
        r#"
import "experimental/influxdb"
import "influxdata/influxdb/secrets"

token = secrets.get(key: "INFLUX_TOKEN")
influxdb.api(method: "get", path: "/", host: "{}", token: token).statusCode
secrets.get(key: "MISSING")
"#,
        server.url
    );
    let error = run(caps, &source).unwrap_err();
    assert!(error.ends_with(": secret key \"MISSING\" not found"), "{error}");
}

/// A host running Flux from async code (a tokio worker thread) must not panic.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_script_calling_api_runs_inside_a_tokio_runtime() {
    let server = serve(fixed(b"async ok"));
    let source = format!(
        "import \"experimental/influxdb\"\nstring(v: influxdb.api(method: \"get\", path: \"/\", host: \"{}\", token: \"t\").body)",
        server.url
    );
    let rt = runtime(Capabilities::default());
    assert_eq!(rt.eval(&source).unwrap()[0].display(), "async ok");
    drop(rt);
}

#[tokio::test(flavor = "current_thread")]
async fn a_script_calling_api_runs_inside_a_current_thread_runtime() {
    let server = serve(fixed(b"ok"));
    let source = format!(
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/\", host: \"{}\", token: \"t\").statusCode",
        server.url
    );
    assert_eq!(run(Capabilities::default(), &source).unwrap(), ["200"]);
}

#[test]
fn the_interrupt_flag_stops_a_waiting_request() {
    // Accepts connections but never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let source = format!(
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/\", host: \"http://{}\", token: \"t\")",
        silent.local_addr().unwrap()
    );
    let rt = runtime(Capabilities::default());
    let flag = rt.interrupt_flag();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(200));
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    let started = std::time::Instant::now();
    let error = rt.eval(&source).unwrap_err();
    setter.join().unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(error.kind(), flux::ErrorKind::Limit, "{}", error.render_plain());
    drop(silent);
}
