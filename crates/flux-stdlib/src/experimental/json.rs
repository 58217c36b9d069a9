//! `import "experimental/json"`: `json.parse(data:)` turns JSON bytes into Flux values.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Record, Result, Value};

use crate::natives::error;

/// The package's natives (declarations in stdlib/experimental/json/json.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("parse", parse_native)];

fn parse_native(args: &mut Args, _: &mut CallContext) -> Result<Value> {
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
    parse(&data)
}

/// Parse JSON text: numbers become floats, objects records, arrays must hold
/// values of one type, `null` is null.
pub fn parse(data: &[u8]) -> Result<Value> {
    let json: serde_json::Value =
        serde_json::from_slice(data).map_err(|e| error(ErrorKind::Runtime, format!("invalid JSON: {e}")))?;
    convert(json)
}

fn convert(json: serde_json::Value) -> Result<Value> {
    Ok(match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::String(s.into()),
        serde_json::Value::Array(items) => {
            let values = items.into_iter().map(convert).collect::<Result<Vec<_>>>()?;
            if let Some(first) = values.first() {
                let shape = Shape::of(first);
                if values.iter().any(|v| Shape::of(v) != shape) {
                    return Err(error(ErrorKind::Type, "array values must all be the same type"));
                }
            }
            Value::Array(Arc::new(values))
        }
        serde_json::Value::Object(object) => {
            let mut record = Record::default();
            for (key, value) in object {
                record.fields.insert(key.into(), convert(value)?);
            }
            Value::Record(Arc::new(record))
        }
    })
}

/// The type of a parsed value, for checking that array elements agree.
#[derive(PartialEq)]
enum Shape {
    Scalar(&'static str),
    /// Element shape; `None` for an empty array (compatible with nothing else in Go either).
    Array(Option<Box<Shape>>),
    /// Field names (sorted) and their shapes.
    Record(Vec<(Arc<str>, Shape)>),
}

impl Shape {
    fn of(v: &Value) -> Shape {
        match v {
            Value::Array(items) => Shape::Array(items.first().map(|f| Box::new(Shape::of(f)))),
            Value::Record(r) => {
                let mut fields: Vec<(Arc<str>, Shape)> = r
                    .fields
                    .iter()
                    .map(|(k, v)| (Arc::clone(k), Shape::of(v)))
                    .collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                Shape::Record(fields)
            }
            other => Shape::Scalar(other.type_name()),
        }
    }
}
