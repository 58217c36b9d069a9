//! Hosts running untrusted scripts: secrets and tokens never leak, the allow-list
//! and limits hold, and a script that never ends can be stopped from another thread.
#![allow(clippy::unwrap_used)]

mod common;
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use flux::{ErrorKind, InfluxContext, MemorySecrets, Runtime};
use support::{Server, authorization, show};
use wiremock::ResponseTemplate;

const SECRET: &str = "s3cr3t-value-9d2f";
const TOKEN: &str = "t0ken-value-77ab";

fn guarded(host: &str) -> flux::RuntimeBuilder {
    Runtime::builder()
        .secrets(MemorySecrets::new().with("pw", SECRET).with("token", TOKEN))
        .influxdb(InfluxContext::new(host, TOKEN))
}

/// Never ends in practice: 2^60 calls, at a call depth of 60.
/// 2^60 calls: endless in practice (Flux has no recursion, hence a chain of functions).
fn endless() -> String {
    common::doubling(60)
}

#[test]
fn secrets_and_tokens_never_appear_in_debug_output() {
    let builder = guarded("http://127.0.0.1:1");
    let runtime = builder.build();
    let debug = format!("{runtime:?} {:?}", guarded("http://127.0.0.1:1"));
    assert!(!debug.contains(SECRET) && !debug.contains(TOKEN), "{debug}");
}

#[test]
fn secrets_and_tokens_never_appear_in_errors() {
    let runtime = guarded("http://127.0.0.1:1").build();
    let scripts = [
        "import \"influxdata/influxdb/secrets\"\nint(v: secrets.get(key: \"pw\"))",
        "import \"influxdata/influxdb/secrets\"\nfloat(v: secrets.get(key: \"pw\"))",
        "import \"influxdata/influxdb/secrets\"\nbool(v: secrets.get(key: \"token\"))",
        "import \"influxdata/influxdb/secrets\"\nsecrets.get(key: \"pw\") + 1",
        "import \"influxdata/influxdb/secrets\"\nsecrets.get(key: \"missing\")",
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/x\")",
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/x\", timeout: 1ms)",
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"g et\", path: \"/x\")",
        "import \"experimental/influxdb\"\nimport \"influxdata/influxdb/secrets\"\ninfluxdb.api(method: \"get\", path: \"/x\", host: \"http://h\", token: secrets.get(key: \"token\"), headers: [\"X\": secrets.get(key: \"pw\") + \"\\n\"])",
    ];
    for src in scripts {
        let error = runtime.eval(src).unwrap_err();
        let shown = format!("{error} {error:?} {}", error.render_plain());
        assert!(
            !shown.contains(SECRET) && !shown.contains(TOKEN),
            "{src}\n{shown}"
        );
    }
}

#[test]
fn authorization_is_not_forwarded_to_another_host() {
    let target = Server::start();
    target.on_get("/target", ResponseTemplate::new(200).set_body_string("arrived"));
    let origin = Server::start();
    let location = format!("{}/target", target.uri());
    origin.on_get(
        "/moved",
        ResponseTemplate::new(307).insert_header("Location", location.as_str()),
    );
    let runtime = guarded(&origin.uri()).build();
    let out = runtime.eval(
        "import \"experimental/influxdb\"\nstring(v: influxdb.api(method: \"get\", path: \"/moved\").body)",
    );
    assert_eq!(show(out), "arrived");
    assert_eq!(
        authorization(&origin.requests()[0]),
        Some(format!("Token {TOKEN}"))
    );
    assert_eq!(authorization(&target.requests()[0]), None);
}

#[test]
fn the_allow_list_refuses_other_hosts_and_redirects_to_them() {
    let allowed = Server::start();
    allowed.on_get("/ok", ResponseTemplate::new(204));
    let elsewhere = Server::start();
    elsewhere.on_get("/x", ResponseTemplate::new(200));
    let location = format!(
        "http://localhost:{}/x",
        elsewhere.authority().rsplit(':').next().unwrap()
    );
    allowed.on_get(
        "/away",
        ResponseTemplate::new(302).insert_header("Location", location.as_str()),
    );
    let runtime = guarded(&allowed.uri()).allow_hosts([allowed.authority()]).build();
    let api = |path: &str, host: &str| {
        show(runtime.eval(&format!(
            "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"{path}\", host: \"{host}\").statusCode"
        )))
    };
    assert_eq!(api("/ok", &allowed.uri()), "204");
    let refused = api("/x", "http://evil.example");
    assert!(
        refused.contains("host \"evil.example\" is not in the allowed hosts"),
        "{refused}"
    );
    assert!(!refused.contains(TOKEN));
    let redirected = api("/away", &allowed.uri());
    assert!(
        redirected.contains("host \"localhost\" is not in the allowed hosts"),
        "{redirected}"
    );
    assert!(elsewhere.requests().is_empty(), "nothing reached the other host");
}

#[test]
fn response_bodies_over_the_limit_are_errors() {
    let server = Server::start();
    server.on_get(
        "/big",
        ResponseTemplate::new(200).set_body_bytes(vec![b'x'; 4096]),
    );
    let runtime = guarded(&server.uri()).max_body_bytes(1024).build();
    let out =
        show(runtime.eval("import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/big\")"));
    assert!(
        out.contains("http response body is too large (over 1 KB limit)"),
        "{out}"
    );
}

#[test]
fn the_step_limit_stops_an_endless_script() {
    let runtime = Runtime::builder().max_steps(10_000).build();
    let error = runtime.eval(&endless()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert!(
        error
            .to_string()
            .contains("evaluation exceeded the limit of 10000 steps"),
        "{error}"
    );
}

#[test]
fn the_call_depth_limit_stops_runaway_recursion() {
    let runtime = Runtime::builder().max_call_depth(50).build();
    let error = runtime.eval(&common::call_chain(80)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert!(
        error.to_string().contains("maximum call depth of 50 exceeded"),
        "{error}"
    );
}

#[test]
fn the_time_limit_stops_an_endless_script() {
    let runtime = Runtime::builder().time_limit(Duration::from_millis(200)).build();
    let started = Instant::now();
    let error = runtime.eval(&endless()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert!(
        error
            .to_string()
            .ends_with("evaluation exceeded the time limit of 200ms"),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(
        show(runtime.eval("1 + 1")),
        "2",
        "the next evaluation gets a fresh budget"
    );
}

#[test]
fn the_time_limit_stops_a_slow_request() {
    let server = Server::start();
    server.slow("/slow", Duration::from_secs(30));
    let runtime = guarded(&server.uri())
        .time_limit(Duration::from_millis(300))
        .build();
    let started = Instant::now();
    let out = show(
        runtime.eval("import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/slow\")"),
    );
    assert!(
        out.contains("evaluation exceeded the time limit of 300ms"),
        "{out}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// Set `flag` from another thread after `after`.
fn interrupt_later(flag: Arc<AtomicBool>, after: Duration) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        std::thread::sleep(after);
        flag.store(true, Ordering::Relaxed);
    })
}

#[test]
fn the_interrupt_flag_stops_an_endless_script_from_another_thread() {
    let runtime = Runtime::new();
    let stopper = interrupt_later(runtime.interrupt_flag(), Duration::from_millis(100));
    let error = runtime.eval(&endless()).unwrap_err();
    stopper.join().unwrap();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert!(error.to_string().ends_with("evaluation interrupted"), "{error}");
    runtime.interrupt_flag().store(false, Ordering::Relaxed);
    assert_eq!(show(runtime.eval("1")), "1");
}

#[test]
fn the_interrupt_flag_stops_a_slow_request_even_with_a_time_limit() {
    let server = Server::start();
    server.slow("/slow", Duration::from_secs(30));
    let runtime = guarded(&server.uri()).time_limit(Duration::from_secs(60)).build();
    let stopper = interrupt_later(runtime.interrupt_flag(), Duration::from_millis(200));
    let started = Instant::now();
    let out = show(
        runtime.eval("import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/slow\")"),
    );
    stopper.join().unwrap();
    assert!(out.contains("interrupted"), "{out}");
    assert!(started.elapsed() < Duration::from_secs(10));
}
