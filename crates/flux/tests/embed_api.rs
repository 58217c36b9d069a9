//! The embedding API: evaluation, sessions, host packages, conversions, errors.
#![allow(clippy::unwrap_used)]

mod support;

use std::collections::BTreeMap;

use flux::{ErrorKind, JsonExt, Package, Runtime, Value};
use serde_json::json;
use support::show;

fn eq(src: &str, expected: &str) {
    assert_eq!(show(Runtime::new().eval(src)), expected, "{src}");
}

#[test]
fn eval_returns_expression_statement_values() {
    eq("x = 40\nx + 2\n\"a\" + \"b\"", "42\nab");
    eq("a = 1", "");
}

#[test]
fn run_streams_values_before_a_later_error() {
    let mut seen = Vec::new();
    let result = Runtime::new().run("1\n2\ndie(msg: \"boom\")\n3", |v| seen.push(v.display()));
    assert_eq!(seen, ["1", "2"]);
    let error = result.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Runtime);
    assert_eq!(
        error.render_plain(),
        "error calling function \"die\" @3:1-3:17: boom"
    );
}

#[test]
fn errors_are_typed_with_spans() {
    let error = Runtime::new().eval("x = 1 +").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    let error = Runtime::new().eval("1 + \"a\"").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Type);
    let (span, _) = error.messages()[0];
    assert_eq!((span.start, span.end), (4, 7));
}

#[test]
fn session_keeps_bindings_and_rebinds() {
    let mut session = Runtime::new().session();
    session.eval("import \"dict\"\nx = 1").unwrap();
    assert_eq!(session.eval("x = x + 1\nx").unwrap(), [Value::from(2)]);
    assert!(session.eval("y = nope").is_err(), "a failing input");
    assert_eq!(session.lookup("y"), None, "leaves the session as it was");
    session.set("limit", vec![1, 2, 3]).unwrap();
    assert_eq!(show(session.eval("limit[2] + x")), "5");
    let names: Vec<&str> = session.bindings().iter().map(|(k, _)| &**k).collect();
    assert_eq!(names, ["dict", "x", "limit"]);
    assert!(
        session.names().iter().any(|n| &**n == "string"),
        "universe names too"
    );
}

fn tools() -> Package {
    Package::new("myorg/tools")
        .function("add", "(a: int, ?b: int) => int", |args, _| {
            let a: i64 = args.required("a")?;
            let b: i64 = args.optional("b")?.unwrap_or(1);
            Ok(Value::from(a + b))
        })
        .function("shout", "(<-s: string) => string", |args, _| {
            let s: String = args.required("s")?;
            Ok(Value::from(s.to_uppercase()))
        })
        .function("fail", "() => int", |_, _| {
            Err(flux::RuntimeError::new(
                ErrorKind::Runtime,
                flux::Span::default(),
                "tool failed",
            ))
        })
        .flux("twice = (x) => add(a: x, b: x)")
}

fn with_tools(src: &str) -> String {
    let runtime = Runtime::builder().package(tools()).build();
    show(runtime.eval(&format!("import \"myorg/tools\"\n{src}")))
}

#[test]
fn host_packages_are_importable() {
    assert_eq!(with_tools("tools.add(a: 1, b: 2)\ntools.add(a: 1)"), "3\n2");
    assert_eq!(with_tools("\"hi\" |> tools.shout()"), "HI");
    assert_eq!(with_tools("tools.twice(x: 21)"), "42");
    assert_eq!(
        with_tools("tools.add(a: \"x\")"),
        "error: error @2:14-2:17: expected int but found string (argument a)"
    );
    assert!(with_tools("tools.fail()").ends_with("tool failed"));
    assert!(with_tools("tools.add(b: 1)").contains("missing required"));
}

#[test]
fn rust_values_convert_both_ways() {
    assert_eq!(Value::from(vec!["a", "b"]).display(), "[a, b]");
    assert_eq!(Value::from(BTreeMap::from([("k", 1.5)])).display(), "[k: 1.5]");
    assert_eq!(Value::from(None::<i64>), Value::Null);
    let values = Runtime::new().eval("[1, 2, 3]\n\"s\"\n2.5").unwrap();
    assert_eq!(Vec::<i64>::try_from(values[0].clone()), Ok(vec![1, 2, 3]));
    assert_eq!(String::try_from(values[1].clone()).as_deref(), Ok("s"));
    assert_eq!(
        i64::try_from(values[2].clone()).unwrap_err().to_string(),
        "expected int but found float"
    );
}

#[test]
fn values_convert_to_and_from_json() {
    let values = Runtime::new()
        .eval("{name: \"cpu\", values: [1, 2], ratio: 0.5, ok: true, d: [\"k\": 1h]}")
        .unwrap();
    assert_eq!(
        values[0].to_json().unwrap(),
        json!({"name": "cpu", "values": [1, 2], "ratio": 0.5, "ok": true, "d": {"k": "1h"}})
    );
    let v = Value::from_json(json!({"a": [1, 2.5, null], "b": "x"}));
    assert_eq!(v.display(), "{a: [1, 2.5, <null>], b: x}");
    let f = Runtime::new().eval("(x) => x").unwrap();
    assert_eq!(
        f[0].to_json().unwrap_err().message,
        "cannot convert function to JSON"
    );
}
