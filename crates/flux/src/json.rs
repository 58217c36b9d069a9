//! Values to and from `serde_json::Value`.
//!
//! | Flux | JSON |
//! |---|---|
//! | null, bool, string | null, boolean, string |
//! | int, uint | number |
//! | float | number; NaN and ±Inf are an error |
//! | duration, regexp | string: `display()` text (`1h30m`, the pattern) |
//! | time | string: RFC 3339, fraction trimmed (`2021-01-01T00:00:00.5Z`), as `json.encode` |
//! | bytes | string: standard base64 (as `json.encode`) |
//! | array | array |
//! | record | object, fields in record order |
//! | dict | object; keys are the keys' `display()` text |
//! | dynamic | the value inside |
//! | function | error |
//!
//! From JSON: a number that is an integer fitting `i64` becomes an `int`, one fitting
//! only `u64` a `uint`, any other a `float`; objects become records (field order kept),
//! arrays arrays. (Flux's `experimental/json.parse` makes every number a `float`;
//! here integers stay exact.)

use base64::Engine as _;
use flux_eval::Value;

/// A value that has no JSON form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Why, e.g. `cannot convert function to JSON`.
    pub message: String,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

/// `value.to_json()` and `Value::from_json(json)`.
pub trait JsonExt: Sized {
    /// The JSON form of the value (see the module docs for the mapping).
    fn to_json(&self) -> Result<serde_json::Value, JsonError>;
    /// The value of a JSON document.
    fn from_json(json: serde_json::Value) -> Self;
}

impl JsonExt for Value {
    fn to_json(&self) -> Result<serde_json::Value, JsonError> {
        to_json(self)
    }

    fn from_json(json: serde_json::Value) -> Self {
        from_json(json)
    }
}

/// The JSON form of `value`.
pub fn to_json(value: &Value) -> Result<serde_json::Value, JsonError> {
    use serde_json::Value as J;
    Ok(match value {
        Value::Null => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Int(n) => J::from(*n),
        Value::UInt(n) => J::from(*n),
        Value::Float(x) => match serde_json::Number::from_f64(*x) {
            Some(n) => J::Number(n),
            None => {
                return Err(JsonError {
                    message: format!("cannot convert float {} to JSON", value.display()),
                });
            }
        },
        Value::String(s) => J::String(s.to_string()),
        Value::Bytes(b) => J::String(base64::engine::general_purpose::STANDARD.encode(b)),
        Value::Duration(_) | Value::Regex(_) => J::String(value.display()),
        Value::Time(_) => time_json(value)?,
        Value::Array(items) => J::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        Value::Record(r) => J::Object(
            r.fields
                .iter()
                .map(|(k, v)| Ok((k.to_string(), to_json(v)?)))
                .collect::<Result<_, JsonError>>()?,
        ),
        Value::Dict(d) => J::Object(
            d.entries
                .iter()
                .map(|(k, v)| {
                    let key = match k {
                        Value::String(s) => s.to_string(),
                        other => other.display(),
                    };
                    Ok((key, to_json(v)?))
                })
                .collect::<Result<_, JsonError>>()?,
        ),
        Value::Dynamic(inner) => to_json(inner)?,
        Value::Function(_) | Value::Stream(_) | Value::Unbounded(_) => {
            return Err(JsonError {
                message: format!("cannot convert {} to JSON", value.type_name()),
            });
        }
    })
}

/// A time as `json.encode` writes it: RFC 3339 with the fraction trimmed.
fn time_json(value: &Value) -> Result<serde_json::Value, JsonError> {
    let text = flux_stdlib::json::encode(value).map_err(|e| JsonError { message: e.message })?;
    serde_json::from_str(&text).map_err(|e| JsonError {
        message: e.to_string(),
    })
}

/// The value of a JSON document.
pub fn from_json(json: serde_json::Value) -> Value {
    use serde_json::Value as J;
    match json {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(b),
        J::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Value::Int(i),
            (None, Some(u)) => Value::UInt(u),
            (None, None) => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => Value::from(s),
        J::Array(items) => Value::array(items.into_iter().map(from_json).collect()),
        J::Object(fields) => Value::record(fields.into_iter().map(|(k, v)| (k, from_json(v)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(j: serde_json::Value) -> serde_json::Value {
        to_json(&from_json(j)).unwrap_or_else(|e| json!(e.message))
    }

    #[test]
    fn json_round_trips() {
        let doc = json!({"b": 1, "a": [1.5, -2, 18446744073709551615u64], "s": "x", "n": null, "t": true});
        assert_eq!(round_trip(doc.clone()), doc);
        assert_eq!(round_trip(json!(1.0)), json!(1.0));
    }

    #[test]
    fn flux_values_to_json() {
        let v = Value::record([
            ("bytes", Value::Bytes(bytes::Bytes::from_static(b"hi"))),
            (
                "dict",
                Value::from(std::collections::BTreeMap::from([(1, "one")])),
            ),
            ("time", Value::Time(0)),
            (
                "dur",
                Value::Duration(flux_eval::Duration::from_nanos(90 * 60_000_000_000)),
            ),
        ]);
        assert_eq!(
            to_json(&v).map(|j| j.to_string()),
            Ok(
                r#"{"bytes":"aGk=","dict":{"1":"one"},"time":"1970-01-01T00:00:00Z","dur":"1h30m"}"#
                    .to_string()
            )
        );
        assert_eq!(
            to_json(&Value::Float(f64::NAN)).map_err(|e| e.message),
            Err("cannot convert float NaN to JSON".to_string())
        );
        assert_eq!(from_json(json!(2.5)), Value::Float(2.5));
        assert_eq!(from_json(json!(-3)), Value::Int(-3));
    }
}
