//! Helpers for calling natives directly from Rust tests.
#![allow(dead_code)]

pub mod raw_server;

use std::sync::Arc;

use flux_eval::{Args, Dict, Evaluator, Registry, Result, Value};
use flux_stdlib::Capabilities;

/// A string value.
pub fn s(text: &str) -> Value {
    Value::String(text.into())
}

/// A bytes value.
pub fn b(data: &[u8]) -> Value {
    Value::Bytes(bytes::Bytes::copy_from_slice(data))
}

/// A `[string:string]` dictionary (entries sorted as the evaluator keeps them).
pub fn sdict(pairs: &[(&str, &str)]) -> Value {
    let mut entries: Vec<(Value, Value)> = pairs.iter().map(|(k, v)| (s(k), s(v))).collect();
    entries.sort_by(|a, b| match (&a.0, &b.0) {
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => std::cmp::Ordering::Equal,
    });
    Value::Dict(Arc::new(Dict { entries }))
}

/// A duration of `ms` milliseconds.
pub fn ms(ms: i64) -> Value {
    Value::Duration(flux_eval::Duration {
        months: 0,
        nanos: ms * 1_000_000,
        negative: false,
    })
}

/// Call native `name` of the standard package at `path`, with `caps`.
pub fn call_in(caps: &Capabilities, path: &str, name: &str, args: Vec<(&str, Value)>) -> Result<Value> {
    let package = flux_stdlib::STDLIB
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no package {path}"));
    let native = package
        .natives
        .iter()
        .find(|n| n.name() == name)
        .unwrap_or_else(|| panic!("no native {path}.{name}"));
    let mut args = Args::new(args.into_iter().map(|(k, v)| (Arc::from(k), v)).collect());
    let mut ev = Evaluator::new(Arc::new(Registry::default())).with_host(Arc::new(caps.clone()));
    native.call(&mut args, &mut ev.call_context(flux_syntax::Span::default()))
}

/// Call `influxdb.api()` with `caps`.
pub fn api(caps: &Capabilities, args: Vec<(&str, Value)>) -> Result<Value> {
    call_in(caps, "experimental/influxdb", "api", args)
}

/// A field of a record value.
pub fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Record(r) => r
            .fields
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("no field {name}")),
        other => panic!("not a record: {other:?}"),
    }
}

/// `statusCode` of an api() response.
pub fn status(v: &Value) -> i64 {
    match field(v, "statusCode") {
        Value::Int(n) => n,
        other => panic!("statusCode is {other:?}"),
    }
}

/// `body` of an api() response as text.
pub fn body_text(v: &Value) -> String {
    match field(v, "body") {
        Value::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
        other => panic!("body is {other:?}"),
    }
}

/// The `headers` dictionary of an api() response as pairs.
pub fn headers(v: &Value) -> Vec<(String, String)> {
    match field(v, "headers") {
        Value::Dict(d) => d
            .entries
            .iter()
            .map(|(k, v)| match (k, v) {
                (Value::String(k), Value::String(v)) => (k.to_string(), v.to_string()),
                other => panic!("header entry {other:?}"),
            })
            .collect(),
        other => panic!("headers is {other:?}"),
    }
}

/// One header of an api() response.
pub fn header(v: &Value, name: &str) -> Option<String> {
    headers(v).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// The message of an error result.
pub fn err(result: Result<Value>) -> String {
    match result {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.message,
    }
}
