//! The type checker through the facade: every script is checked before it runs.
#![allow(clippy::unwrap_used)]

use flux::{ErrorKind, Runtime, Value};
mod support;

/// The type of the last expression statement of `src`.
fn ty(src: &str, want: &str) {
    let types = Runtime::new().check(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    assert_eq!(types.last_expression_type().as_deref(), Some(want), "{src}");
}

/// The one-line form of checking `src`'s error.
fn ty_err(src: &str, want: &str) {
    let error = Runtime::new().check(src).map(|_| ()).unwrap_err();
    assert_eq!(error.to_string(), want, "{src}");
}

#[test]
fn expressions_have_flux_types() {
    ty("1 + 1", "int");
    ty("1.0 / 2.0", "float");
    ty("\"a\" + \"b\"", "string");
    ty("[1, 2]", "[int]");
    ty("{a: 1, b: \"x\"}", "{b: string, a: int}");
    ty("(x) => x + 1", "(x: int) => int");
    ty("(x) => x", "(x: A) => A");
    ty("f = (x, y=1) => x * y\nf(x: 3)", "int");
    ty("import \"strings\"\nstrings.toUpper(v: \"a\")", "string");
    ty("[\"a\": 1]", "[string:int]");
    ty("now()", "time");
    ty(
        "from(bucket: \"b\")",
        "stream[{A with _value: B, _time: time, _measurement: string, _field: string}]",
    );
}

#[test]
fn type_errors_are_fluxs() {
    ty_err("1 + \"a\"", "error @1:5-1:8: expected int but found string");
    ty_err(
        "if true then 1 else \"a\"",
        "error @1:21-1:24: expected int but found string",
    );
    ty_err("x", "error @1:1-1:2: undefined identifier x");
    ty_err("f = (x) => x\nf()", "error @2:1-2:4: missing required argument x");
    ty_err(
        "f = (x) => x\nf(x: 1, y: 2)",
        "error @2:12-2:13: found unexpected argument y",
    );
    ty_err("1d + 1d", "error @1:1-1:8: duration is not Addable");
    ty_err("import \"nope\"", "error @1:1-1:14: invalid import path nope");
}

#[test]
fn every_type_error_of_a_file_is_reported_at_once() {
    let error = Runtime::new()
        .check("a = 1 + \"a\"\nb = c\nd = true + 1")
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Type);
    // The last line has two: `expected bool but found int`, `bool is not Addable`.
    assert_eq!(error.messages().len(), 4, "{error}");
}

#[test]
fn an_ill_typed_script_runs_nothing() {
    let error = Runtime::new()
        .eval("1\nif false then 1 + \"a\" else 0")
        .unwrap_err();
    assert!(matches!(error, flux::Error::Type { .. }), "{error:?}");
    let mut seen = Vec::new();
    let result = Runtime::new().run("1\n2\n1 + \"a\"", |v| seen.push(v));
    assert!(result.is_err() && seen.is_empty(), "{seen:?}");
}

#[cfg(feature = "http")]
#[test]
fn an_ill_typed_script_sends_no_request() {
    let server = support::Server::start();
    server.on(
        "POST",
        "/api/v2/query",
        wiremock::ResponseTemplate::new(200).set_body_string(""),
    );
    let src = format!(
        "import \"experimental/influxdb\"\n\
         influxdb.api(method: \"get\", path: \"/health\", host: \"{}\")\n\
         x = 1 + \"a\"",
        server.uri()
    );
    let error = Runtime::new().eval(&src).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Type, "{error}");
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[test]
fn globals_are_typed_from_their_values() {
    let runtime = Runtime::builder()
        .global(
            "v",
            Value::record([("bucket", Value::from("b")), ("n", Value::from(1))]),
        )
        .build();
    let types = runtime.check("v.bucket").unwrap();
    assert_eq!(types.last_expression_type().as_deref(), Some("string"));
    let error = runtime.check("v.n + \"a\"").unwrap_err();
    assert_eq!(
        error.to_string(),
        "error @1:7-1:10: expected int but found string"
    );
    assert_eq!(runtime.eval("v.n + 1").unwrap(), [Value::from(2)]);
}

#[test]
fn sessions_check_each_entry_in_their_environment() {
    let mut session = Runtime::new().session();
    session.eval("x = 1").unwrap();
    assert_eq!(session.eval("x + 1").unwrap(), [Value::from(2)]);
    let error = session.eval("y = x + \"a\"").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Type);
    // The failed entry bound nothing.
    assert_eq!(
        session.eval("y").unwrap_err().to_string(),
        "error @1:1-1:2: undefined identifier y"
    );
    session.set("s", "text").unwrap();
    assert_eq!(session.type_of("s").as_deref(), Some("string"));
    assert_eq!(
        session
            .check("s + \"!\"")
            .unwrap()
            .last_expression_type()
            .as_deref(),
        Some("string")
    );
}

#[test]
fn functions_display_as_their_type() {
    let shown = |src: &str| Runtime::new().eval(src).unwrap()[0].display();
    assert_eq!(shown("(x) => x + 1"), "(x: int) => int");
    assert_eq!(shown("f = (r) => r.a\nf"), "(r: {B with a: A}) => A");
}

/// Functions the standard library writes in Flux display as Go Flux shows them.
#[test]
fn library_functions_written_in_flux_display_as_their_type() {
    let shown = |src: &str| Runtime::new().eval(src).unwrap()[0].display();
    assert_eq!(
        shown("increase"),
        "(?columns: [string], <-tables: stream[A]) => stream[B]"
    );
    assert_eq!(
        shown("aggregateWindow"),
        "(?column: A, ?createEmpty: bool, every: duration, fn: (<-<-: stream[B], column: A) => stream[C], \
         ?location: {offset: duration, zone: string}, ?offset: duration, ?period: duration, \
         <-tables: stream[D], ?timeDst: string, ?timeSrc: string) => stream[E]"
    );
    assert_eq!(
        shown("timedMovingAverage"),
        "(?column: string, every: duration, period: duration, <-tables: stream[A]) => stream[B]"
    );
    assert_eq!(
        shown("import \"join\"\njoin.inner"),
        "(as: (l: A, r: B) => C, <-left: stream[A], on: (l: A, r: B) => bool, right: stream[B]) => stream[C]"
    );
    assert_eq!(
        shown("import \"experimental\"\nexperimental.addDuration"),
        "(d: duration, ?location: {offset: duration, zone: string}, to: A) => time"
    );
    assert_eq!(
        shown("import \"experimental\"\nexperimental.join"),
        "(fn: (left: A, right: B) => C, left: stream[A], right: stream[B]) => stream[C]"
    );
    assert_eq!(shown("f = increase\nf"), shown("increase"));
}

#[test]
fn host_package_functions_written_in_flux_display_as_their_type() {
    let tools = flux::Package::new("myorg/tools").flux("double = (x) => x * 2\npick = (r) => r.a");
    let runtime = Runtime::builder().package(tools).build();
    let shown = |name: &str| {
        runtime
            .eval(&format!("import \"myorg/tools\"\ntools.{name}"))
            .unwrap()[0]
            .display()
    };
    assert_eq!(shown("double"), "(x: int) => int");
    assert_eq!(shown("pick"), "(r: {B with a: A}) => A");
}

#[test]
fn host_packages_are_checked_from_their_declarations() {
    let tools = flux::Package::new("myorg/tools").function("twice", "(x: int) => int", |args, _| {
        let x: i64 = args.required("x")?;
        Ok(Value::from(2 * x))
    });
    let runtime = Runtime::builder().package(tools).build();
    assert_eq!(
        runtime.eval("import \"myorg/tools\"\ntools.twice(x: 2)").unwrap(),
        [Value::from(4)]
    );
    let error = runtime
        .eval("import \"myorg/tools\"\ntools.twice(x: \"a\")")
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "error @2:16-2:19: expected int but found string (argument x)"
    );
}
