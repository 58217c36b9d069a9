//! Conversions between [`Value`] and plain Rust types, for hosts embedding Flux.
//!
//! Into a value: `Value::from(42)`, `Value::from(vec!["a", "b"])`, `Value::from(None::<i64>)`
//! (null), maps become dictionaries. Out of a value: `i64::try_from(value)?`,
//! `Vec::<String>::try_from(value)?`, `Option::<f64>::try_from(value)?` (null → `None`).
//! No conversion is lossy or silent: an `int` is not a `float`, a `uint` is not an `int`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use bytes::Bytes;

use crate::native::FromValue;
use crate::value::{Dict, Duration, Record, Value};

/// A value of one Flux type was asked for as another Rust type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionError {
    /// The Flux type the conversion needed (`int`, `[string]`, …).
    pub expected: String,
    /// The type of the value given.
    pub found: String,
}

impl std::fmt::Display for ConversionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected {} but found {}", self.expected, self.found)
    }
}

impl std::error::Error for ConversionError {}

fn mismatch(expected: &str, found: &Value) -> ConversionError {
    ConversionError {
        expected: expected.to_string(),
        found: found.type_string(),
    }
}

macro_rules! try_from_value {
    ($($t:ty),*) => {$(
        impl TryFrom<Value> for $t {
            type Error = ConversionError;
            fn try_from(v: Value) -> Result<Self, ConversionError> {
                <$t as FromValue>::from_value(v).map_err(|found| mismatch(<$t as FromValue>::TYPE_NAME, &found))
            }
        }
    )*};
}

try_from_value!(
    bool,
    i64,
    u64,
    f64,
    String,
    Arc<str>,
    Bytes,
    Duration,
    Arc<Record>,
    Arc<Dict>
);

impl<T: TryFrom<Value, Error = ConversionError>> TryFrom<Value> for Vec<T> {
    type Error = ConversionError;
    fn try_from(v: Value) -> Result<Self, ConversionError> {
        match v {
            Value::Array(items) => items.iter().cloned().map(T::try_from).collect(),
            other => Err(mismatch("array", &other)),
        }
    }
}

impl<T: TryFrom<Value, Error = ConversionError>> TryFrom<Value> for Option<T> {
    type Error = ConversionError;
    fn try_from(v: Value) -> Result<Self, ConversionError> {
        match v {
            Value::Null => Ok(None),
            other => T::try_from(other).map(Some),
        }
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Int(i64::from(n))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::UInt(u64::from(n))
    }
}

impl From<f32> for Value {
    fn from(n: f32) -> Self {
        Value::Float(f64::from(n))
    }
}

impl From<Arc<str>> for Value {
    fn from(s: Arc<str>) -> Self {
        Value::String(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::String(s.as_str().into())
    }
}

impl From<Record> for Value {
    fn from(r: Record) -> Self {
        Value::Record(Arc::new(r))
    }
}

impl From<Dict> for Value {
    fn from(d: Dict) -> Self {
        Value::Dict(Arc::new(d))
    }
}

/// `None` is null.
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// An array.
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Self {
        Value::array(items.into_iter().map(Into::into).collect())
    }
}

/// A dictionary (sorted by key).
impl<K: Into<Value>, V: Into<Value>> From<BTreeMap<K, V>> for Value {
    fn from(map: BTreeMap<K, V>) -> Self {
        Value::dict(map.into_iter().map(|(k, v)| (k.into(), v.into())))
    }
}

/// A dictionary (sorted by key).
impl<K: Into<Value>, V: Into<Value>, S> From<HashMap<K, V, S>> for Value {
    fn from(map: HashMap<K, V, S>) -> Self {
        Value::dict(map.into_iter().map(|(k, v)| (k.into(), v.into())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn into_values() {
        assert_eq!(Value::from(vec![1, 2]).display(), "[1, 2]");
        assert_eq!(Value::from(None::<i64>), Value::Null);
        assert_eq!(Value::from(Some("a")), Value::from("a"));
        let map = BTreeMap::from([("b", 2), ("a", 1)]);
        assert_eq!(Value::from(map).display(), "[a: 1, b: 2]");
    }

    #[test]
    fn out_of_values() {
        assert_eq!(i64::try_from(Value::Int(3)), Ok(3));
        assert_eq!(
            i64::try_from(Value::Float(3.0)).map_err(|e| e.to_string()),
            Err("expected int but found float".to_string())
        );
        assert_eq!(
            Vec::<String>::try_from(Value::from(vec!["x", "y"])),
            Ok(vec!["x".to_string(), "y".to_string()])
        );
        assert_eq!(
            Vec::<i64>::try_from(Value::from("x")).map_err(|e| e.to_string()),
            Err("expected array but found string".to_string())
        );
        assert_eq!(Option::<f64>::try_from(Value::Null), Ok(None));
        assert_eq!(Option::<f64>::try_from(Value::Float(1.5)), Ok(Some(1.5)));
    }
}
