//! `import "experimental/dynamic"`: values whose type is known only at run time
//! (`Value::Dynamic`): wrap (`dynamic`), unwrap arrays (`asArray`), JSON in and out
//! (`jsonParse`, `jsonEncode`) and `isType`.

use std::sync::Arc;

use bytes::Bytes;
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};

use crate::go::json::{Json, decode};
use crate::natives::error;

/// The package's natives (declarations in stdlib/experimental/dynamic/dynamic.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("dynamic", |args, _| Ok(Value::dynamic(args.required("v")?))),
    NativeFunction::new("asArray", as_array),
    NativeFunction::new("jsonParse", json_parse),
    NativeFunction::new("jsonEncode", json_encode),
    NativeFunction::new("isType", is_type),
];

/// `dynamic.asArray(v:)`: the `[dynamic]` inside a dynamic value.
fn as_array(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    match v.undynamic() {
        Value::Null => Err(error(ErrorKind::Type, "unable to convert <null> to array")),
        // Elements are dynamic already when the array was wrapped by `Value::dynamic`.
        Value::Array(items) if items.iter().all(|i| matches!(i, Value::Dynamic(_))) => {
            Ok(Value::Array(Arc::clone(items)))
        }
        Value::Array(items) => Ok(Value::array(items.iter().cloned().map(Value::dynamic).collect())),
        other => Err(error(
            ErrorKind::Type,
            format!("unable to convert {} to array", go_type(other)),
        )),
    }
}

/// A value's type as Go Flux's runtime prints it (`[int: string]` with a space).
fn go_type(v: &Value) -> String {
    match v {
        Value::Dict(d) => match d.entries.first() {
            Some((k, v)) => format!("[{}: {}]", k.type_string(), v.type_string()),
            None => "[A: B]".to_string(),
        },
        other => other.type_string(),
    }
}

/// `dynamic.jsonParse(data:)`.
fn json_parse(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let data = match args.take("data") {
        Some(Value::Bytes(b)) => b,
        Some(_) => return Err(error(ErrorKind::Type, "parse data is not of type bytes")),
        None => {
            return Err(error(
                ErrorKind::Argument,
                "missing required keyword argument \"data\"",
            ));
        }
    };
    let json = decode(&data).map_err(|message| error(ErrorKind::Runtime, message))?;
    Ok(Value::dynamic(from_json(json)))
}

fn from_json(json: Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(b),
        Json::Number(n) => Value::Float(n),
        Json::String(s) => Value::from(s),
        Json::Array(items) => Value::array(items.into_iter().map(from_json).collect()),
        Json::Object(members) => Value::record(members.into_iter().map(|(k, v)| (k, from_json(v)))),
    }
}

/// `dynamic.jsonEncode(v:)`: what `json.encode` writes for the value inside.
fn json_encode(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    Ok(Value::Bytes(Bytes::from(crate::json::encode_dynamic(
        &v,
        cx.budget(),
    )?)))
}

/// `dynamic.isType(v:, type:)`: false for null, else whether the kind inside is `type`.
fn is_type(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    let kind: String = args.required("type")?;
    let inner = v.undynamic();
    let name = match inner {
        Value::Null | Value::Stream(_) | Value::Dynamic(_) => return Ok(Value::Bool(false)),
        Value::Record(_) => "object",
        Value::Dict(_) => "dictionary",
        other => other.type_name(),
    };
    Ok(Value::Bool(name == kind))
}
