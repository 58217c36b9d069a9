//! The Flux value model: one enum, cheap to clone (`Arc` inside), `Send + Sync`.
//!
//! `display()` formatting lives in `display.rs`; conversions between values and Rust
//! types in `convert.rs`.

use std::sync::Arc;

use bytes::Bytes;
use indexmap::IndexMap;

use crate::native::NativeFunction;

/// A Flux value.
#[derive(Clone, Debug)]
pub enum Value {
    /// The null value (missing record fields, `null` JSON, …).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// 64-bit signed integer (wraps on overflow, as in Flux).
    Int(i64),
    /// 64-bit unsigned integer.
    UInt(u64),
    /// IEEE 754 double.
    Float(f64),
    /// UTF-8 text.
    String(Arc<str>),
    /// A duration: months and nanoseconds, with a sign.
    Duration(Duration),
    /// An instant: nanoseconds since the Unix epoch, UTC.
    Time(i64),
    /// Raw bytes; clones share the buffer.
    Bytes(Bytes),
    /// A compiled regular expression.
    Regex(Regex),
    /// An array; all elements have one type.
    Array(Arc<Vec<Value>>),
    /// A record: ordered fields (displayed in sorted key order).
    Record(Arc<Record>),
    /// A dictionary, kept sorted by key.
    Dict(Arc<Dict>),
    /// A Flux closure or a native function.
    Function(Function),
}

/// A Flux duration: `months` and `nanos` are both non-negative; `negative` is the sign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Duration {
    /// Calendar months (a year is 12).
    pub months: i64,
    /// Nanoseconds (weeks, days, hours, … are folded in here).
    pub nanos: i64,
    /// True for a negative duration.
    pub negative: bool,
}

/// A regular expression value: compiled once, shared by clones.
#[derive(Clone, Debug)]
pub struct Regex(pub Arc<regex::Regex>);

impl Regex {
    /// The pattern text, as `display()` shows it.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Record fields in insertion order.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// The fields.
    pub fields: IndexMap<Arc<str>, Value>,
}

/// Dictionary entries, sorted by key (see `Value::compare_keys`).
#[derive(Clone, Debug, Default)]
pub struct Dict {
    /// `(key, value)` pairs in ascending key order, keys unique.
    pub entries: Vec<(Value, Value)>,
}

/// A callable value.
#[derive(Clone, Debug)]
pub enum Function {
    /// A function literal with its captured scope.
    Closure(Arc<crate::closure::Closure>),
    /// A function implemented in Rust.
    Native(Arc<NativeFunction>),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 40);

impl Value {
    /// The Flux type name of this value as used in error messages
    /// (`int`, `string`, `bytes`, `duration`, `array`, `record`, `dict`, `function`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::UInt(_) => "uint",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::Duration(_) => "duration",
            Value::Time(_) => "time",
            Value::Bytes(_) => "bytes",
            Value::Regex(_) => "regexp",
            Value::Array(_) => "array",
            Value::Record(_) => "record",
            Value::Dict(_) => "dict",
            Value::Function(_) => "function",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Value>();
    }
}
