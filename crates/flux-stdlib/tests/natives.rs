//! dict, json, experimental/json and secrets natives called directly from Rust.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::*;
use flux_eval::{Dict, Record, Value};
use flux_stdlib::{Capabilities, ChainSecrets, EnvSecrets, FileSecrets, MemorySecrets, SecretStore};

fn call(path: &str, name: &str, args: Vec<(&str, Value)>) -> flux_eval::Result<Value> {
    call_in(&Capabilities::default(), path, name, args)
}

fn int(n: i64) -> Value {
    Value::Int(n)
}

fn record(fields: Vec<(&str, Value)>) -> Value {
    let mut r = Record::default();
    for (k, v) in fields {
        r.fields.insert(k.into(), v);
    }
    Value::Record(Arc::new(r))
}

fn array(items: Vec<Value>) -> Value {
    Value::Array(Arc::new(items))
}

fn int_dict(pairs: &[(i64, &str)]) -> Value {
    call(
        "dict",
        "fromList",
        vec![(
            "pairs",
            array(
                pairs
                    .iter()
                    .map(|(k, v)| record(vec![("key", int(*k)), ("value", s(v))]))
                    .collect(),
            ),
        )],
    )
    .unwrap()
}

// ---- dict ----

#[test]
fn dict_from_list_sorts_and_last_wins() {
    assert_eq!(
        (int_dict(&[(2, "bar"), (1, "foo")])).display(),
        "[1: foo, 2: bar]"
    );
    assert_eq!((int_dict(&[(1, "a"), (1, "b")])).display(), "[1: b]");
    assert_eq!((int_dict(&[])).display(), "[:]");
}

#[test]
fn dict_get_insert_remove() {
    let d = int_dict(&[(1, "foo"), (2, "bar")]);
    let get = |key: Value| {
        call(
            "dict",
            "get",
            vec![("dict", d.clone()), ("key", key), ("default", s(""))],
        )
        .unwrap()
    };
    assert_eq!((get(int(1))).display(), "foo");
    assert_eq!((get(int(3))).display(), "");
    assert_eq!((get(Value::Null)).display(), "");
    let insert = |k, v| {
        call(
            "dict",
            "insert",
            vec![("dict", d.clone()), ("key", int(k)), ("value", s(v))],
        )
        .unwrap()
    };
    assert_eq!((insert(3, "baz")).display(), "[1: foo, 2: bar, 3: baz]");
    assert_eq!((insert(2, "baz")).display(), "[1: foo, 2: baz]");
    assert_eq!((insert(0, "zero")).display(), "[0: zero, 1: foo, 2: bar]");
    let remove = |k| call("dict", "remove", vec![("dict", d.clone()), ("key", int(k))]).unwrap();
    assert_eq!((remove(1)).display(), "[2: bar]");
    assert_eq!((remove(9)).display(), "[1: foo, 2: bar]");
    assert_eq!(d.display(), "[1: foo, 2: bar]", "the original is unchanged");
}

#[test]
fn dict_string_keys_sort_bytewise() {
    let d = call(
        "dict",
        "fromList",
        vec![(
            "pairs",
            array(vec![
                record(vec![("key", s("b")), ("value", int(2))]),
                record(vec![("key", s("B")), ("value", int(3))]),
                record(vec![("key", s("a")), ("value", int(1))]),
            ]),
        )],
    )
    .unwrap();
    assert_eq!(d.display(), "[B: 3, a: 1, b: 2]");
}

#[test]
fn dict_errors() {
    let null_key = array(vec![record(vec![("key", Value::Null), ("value", int(1))])]);
    assert_eq!(
        err(call("dict", "fromList", vec![("pairs", null_key)])),
        "null value cannot be used as a dictionary key"
    );
    assert_eq!(
        err(call(
            "dict",
            "get",
            vec![("dict", int(1)), ("key", int(1)), ("default", int(0))]
        )),
        "keyword argument \"dict\" should be of type dict, but got int"
    );
    assert_eq!(
        err(call("dict", "remove", vec![("key", int(1))])),
        "missing required keyword argument \"dict\""
    );
}

// ---- json.encode ----

fn encode(v: Value) -> String {
    match call("json", "encode", vec![("v", v)]).unwrap() {
        Value::Bytes(b) => String::from_utf8(b.to_vec()).unwrap(),
        other => panic!("{other:?}"),
    }
}

fn duration(nanos: i64) -> Value {
    Value::Duration(flux_eval::Duration {
        months: 0,
        nanos,
        negative: false,
    })
}

#[test]
fn json_encode_golden_from_flux() {
    let regex = Value::Regex(flux_eval::Regex::new(".*").unwrap());
    let g = Value::Dict(Arc::new(Dict {
        entries: vec![(int(1), s("hi")), (int(2), s("there"))],
    }));
    let v = record(vec![
        ("a", int(1)),
        (
            "b",
            record(vec![
                ("x", array(vec![int(1), int(2)])),
                ("y", s("string")),
                ("z", duration(60_000_000_000)),
            ]),
        ),
        ("c", Value::Float(1.1)),
        ("d", Value::Bool(false)),
        ("e", regex),
        ("f", Value::Time(1_565_776_992_000_000_000)),
        ("g", g),
    ]);
    assert_eq!(
        encode(v),
        r#"{"a":1,"b":{"x":[1,2],"y":"string","z":"1m"},"c":1.1,"d":false,"e":".*","f":"2019-08-14T10:03:12Z","g":{"1":"hi","2":"there"}}"#
    );
}

#[test]
fn json_encode_docs_example() {
    let v = record(vec![
        ("foo", s("bar")),
        ("baz", int(123)),
        ("quz", array(vec![int(4), int(5), int(6)])),
    ]);
    assert_eq!(encode(v), r#"{"baz":123,"foo":"bar","quz":[4,5,6]}"#);
}

#[test]
fn json_encode_scalars() {
    assert_eq!(
        encode(s("<a href=\"x\">&</a>\n")),
        r#""\u003ca href=\"x\"\u003e\u0026\u003c/a\u003e\n""#
    );
    assert_eq!(encode(b(b"hello")), r#""aGVsbG8=""#);
    assert_eq!(encode(Value::Null), "null");
    assert_eq!(
        encode(Value::UInt(18_446_744_073_709_551_615)),
        "18446744073709551615"
    );
    assert_eq!(encode(Value::Float(1.0)), "1");
    assert_eq!(encode(Value::Float(1e21)), "1e+21");
    assert_eq!(
        encode(Value::Time(1_565_776_992_123_000_000)),
        r#""2019-08-14T10:03:12.123Z""#
    );
    assert_eq!(encode(duration(5_400_000_000_000)), r#""1h30m""#);
    assert_eq!(encode(array(vec![])), "[]");
    assert_eq!(encode(record(vec![])), "{}");
    assert_eq!(
        encode(s("tab\there \u{1} \u{2028}")),
        r#""tab\there \u0001 \u2028""#
    );
}

#[test]
fn json_encode_errors() {
    assert_eq!(
        err(call("json", "encode", vec![("v", Value::Float(f64::NAN))])),
        "json: unsupported value: NaN"
    );
    let function = flux::Runtime::new()
        .eval("(x) => x")
        .ok()
        .and_then(|values| values.into_iter().next())
        .unwrap();
    assert_eq!(
        err(call("json", "encode", vec![("v", record(vec![("f", function)]))])),
        "cannot encode a function value"
    );
}

// ---- experimental/json.parse ----

fn parse(text: &str) -> flux_eval::Result<Value> {
    call("experimental/json", "parse", vec![("data", b(text.as_bytes()))])
}

#[test]
fn json_parse_values() {
    assert_eq!((parse("1").unwrap()).display(), "1");
    assert!(matches!(parse("2").unwrap(), Value::Float(x) if x == 2.0));
    assert_eq!((parse(r#""a""#).unwrap()).display(), "a");
    assert!(matches!(parse("false").unwrap(), Value::Bool(false)));
    assert!(matches!(parse("null").unwrap(), Value::Null));
    assert_eq!(
        (parse(r#"{"name":"influxdb","checks":[],"nested":{"a":[1.5,2]}}"#).unwrap()).display(),
        "{checks: [], name: influxdb, nested: {a: [1.5, 2]}}"
    );
    assert_eq!(
        (parse(r#"[{"a":1},{"a":2}]"#).unwrap()).display(),
        "[{a: 1}, {a: 2}]"
    );
}

#[test]
fn json_parse_errors() {
    assert_eq!(
        err(parse(r#"[1, "a"]"#)),
        "array values must all be the same type"
    );
    assert_eq!(
        err(parse(r#"[{"a":1},{"b":1}]"#)),
        "array values must all be the same type"
    );
    assert_eq!(
        err(parse("{\"a\": 1,\n  x}")),
        "invalid JSON: key must be a string at line 2 column 3"
    );
    assert_eq!(
        err(parse("")),
        "invalid JSON: EOF while parsing a value at line 1 column 0"
    );
    assert_eq!(
        err(call("experimental/json", "parse", vec![("data", s("{}"))])),
        "parse data is not of type bytes"
    );
}

// ---- secrets ----

fn secrets_get(store: impl SecretStore + 'static, key: &str) -> flux_eval::Result<Value> {
    let caps = Capabilities {
        secrets: Arc::new(store),
        ..Capabilities::default()
    };
    call_in(&caps, "influxdata/influxdb/secrets", "get", vec![("key", s(key))])
}

#[test]
fn secrets_from_memory() {
    let store = MemorySecrets::new().with("INFLUX_TOKEN", "t0k3n");
    assert_eq!(
        (secrets_get(store.clone(), "INFLUX_TOKEN").unwrap()).display(),
        "t0k3n"
    );
    assert_eq!(
        err(secrets_get(store, "missingkey")),
        "secret key \"missingkey\" not found"
    );
}

#[test]
fn secrets_default_store_has_nothing() {
    assert_eq!(
        err(secrets_get(flux_stdlib::NoSecrets, "token")),
        "secret key \"token\" not found"
    );
    let host = Capabilities::default();
    assert_eq!(
        err(call_in(&host, "influxdata/influxdb/secrets", "get", vec![])),
        "missing required keyword argument \"key\""
    );
}

#[test]
fn secrets_from_the_environment_with_a_prefix() {
    // Setting variables needs `unsafe` in edition 2024, so read ones that exist: PATH is set.
    let store = EnvSecrets::new("PREFIX_THAT_IS_NOT_SET_");
    assert_eq!(err(secrets_get(store, "PATH")), "secret key \"PATH\" not found");
    let path = EnvSecrets::new("PA");
    assert!(
        matches!(secrets_get(path, "TH").unwrap(), Value::String(_)),
        "PA + TH = PATH is set"
    );
}

#[test]
fn secrets_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("secrets.json");
    std::fs::write(&json, r#"{"INFLUX_TOKEN": "from-json", "OTHER": "x"}"#).unwrap();
    let env = dir.path().join("secrets.env");
    std::fs::write(
        &env,
        "# comment\n\nexport INFLUX_TOKEN=\"from-env\"\nPLAIN = value with spaces\n",
    )
    .unwrap();
    assert_eq!(
        (secrets_get(FileSecrets::load(&json).unwrap(), "INFLUX_TOKEN").unwrap()).display(),
        "from-json"
    );
    let env_store = FileSecrets::load(&env).unwrap();
    assert_eq!(
        (secrets_get(env_store.clone(), "INFLUX_TOKEN").unwrap()).display(),
        "from-env"
    );
    assert_eq!(
        (secrets_get(env_store, "PLAIN").unwrap()).display(),
        "value with spaces"
    );

    let bad = dir.path().join("bad.env");
    std::fs::write(&bad, "GOOD=1\nthis line has the secret s3cr3t but no equals\n").unwrap();
    let message = FileSecrets::load(&bad).unwrap_err().message;
    assert!(
        message.ends_with("bad.env: line 2: expected KEY=VALUE"),
        "{message}"
    );
    assert!(!message.contains("s3cr3t"));
    let not_string = dir.path().join("bad.json");
    std::fs::write(&not_string, r#"{"A": 1}"#).unwrap();
    assert!(
        FileSecrets::load(&not_string)
            .unwrap_err()
            .message
            .ends_with("the value of \"A\" is not a string")
    );
}

#[test]
fn secrets_chain_asks_in_order() {
    let chain = ChainSecrets::new(vec![
        Arc::new(MemorySecrets::new().with("A", "first")),
        Arc::new(MemorySecrets::new().with("A", "second").with("B", "only-second")),
    ]);
    assert_eq!((secrets_get(chain.clone(), "A").unwrap()).display(), "first");
    assert_eq!(
        (secrets_get(chain.clone(), "B").unwrap()).display(),
        "only-second"
    );
    assert_eq!(err(secrets_get(chain.clone(), "C")), "secret key \"C\" not found");
    assert_eq!(chain.describe(), "chain [memory, memory]");
}

#[test]
fn secret_values_never_appear_in_debug_output() {
    let store = MemorySecrets::new().with("INFLUX_TOKEN", "t0k3n-value");
    let debug = format!("{store:?}");
    assert!(!debug.contains("t0k3n-value"), "{debug}");
    let caps = Capabilities {
        secrets: Arc::new(store),
        ..Capabilities::default()
    };
    assert!(!format!("{caps:?}").contains("t0k3n-value"));
}
