//! The Flux value model: one enum, cheap to clone (`Arc` inside), `Send + Sync`.
//!
//! `display()` formatting lives in `display.rs`; conversions between values in
//! `convert.rs`; operators in `ops.rs`.

use std::cmp::Ordering;
use std::sync::Arc;

use bytes::Bytes;
use indexmap::IndexMap;

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
    /// A Flux closure or a builtin.
    Function(Function),
    /// A stream of tables (what `from`, `csv.from` and the table transformations return).
    Stream(flux_table::Stream),
    /// A value of any type behind the `dynamic` type (`experimental/dynamic`): never
    /// another dynamic; the elements of an array and the fields of a record inside are
    /// dynamic too. Made with [`Value::dynamic`].
    Dynamic(Arc<Value>),
    /// A stream that is read only once `range` gives it bounds (`from()` of a remote
    /// InfluxDB; see [`crate::unbounded`]). Its type is `stream`.
    Unbounded(Arc<dyn crate::unbounded::UnboundedRead>),
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

/// Nanoseconds in the average month Flux uses to turn months into a length
/// (365.25 days / 12).
pub const NANOS_PER_MONTH: i64 = 2_629_800_000_000_000;

impl Duration {
    /// A duration of `nanos` nanoseconds (negative values give a negative duration).
    pub fn from_nanos(nanos: i64) -> Self {
        Duration {
            months: 0,
            nanos: nanos.unsigned_abs().min(i64::MAX as u64) as i64,
            negative: nanos < 0,
        }
    }

    /// True when both components are zero.
    pub fn is_zero(&self) -> bool {
        self.months == 0 && self.nanos == 0
    }

    /// The same duration with the opposite sign (zero stays positive).
    pub fn negated(self) -> Self {
        Duration {
            negative: !self.negative && !self.is_zero(),
            ..self
        }
    }

    /// Signed length in nanoseconds, a month counting as [`NANOS_PER_MONTH`]
    /// (Go's `Duration.Duration()`); wraps like Go on overflow.
    pub fn total_nanos(&self) -> i64 {
        let n = self.months.wrapping_mul(NANOS_PER_MONTH).wrapping_add(self.nanos);
        if self.negative { n.wrapping_neg() } else { n }
    }

    /// Total order used by comparisons and dictionary keys: by approximate length,
    /// then by months so that `1mo` and `30d` never compare equal.
    pub fn compare(&self, other: &Duration) -> Ordering {
        let key = |d: &Duration| {
            let sign: i128 = if d.negative { -1 } else { 1 };
            (
                sign * (i128::from(d.months) * i128::from(NANOS_PER_MONTH) + i128::from(d.nanos)),
                sign * i128::from(d.months),
            )
        };
        key(self).cmp(&key(other))
    }
}

/// An instant as natives read and return it: nanoseconds since the Unix epoch, UTC
/// (`args.required::<Time>("t")?`, `Value::from(Time(0))`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i64);

impl From<Time> for Value {
    fn from(t: Time) -> Self {
        Value::Time(t.0)
    }
}

pub use crate::regex::Regex;

/// Record fields in insertion order.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// The fields.
    pub fields: IndexMap<Arc<str>, Value>,
}

impl Record {
    /// A record from `(name, value)` pairs (a later duplicate replaces the earlier value).
    pub fn from_fields<K: Into<Arc<str>>>(fields: impl IntoIterator<Item = (K, Value)>) -> Self {
        Record {
            fields: fields.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }

    /// The value of field `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.fields.get(name)
    }

    /// Field names in sorted (byte) order, as `display()` lists them.
    pub fn sorted_keys(&self) -> Vec<&Arc<str>> {
        let mut keys: Vec<&Arc<str>> = self.fields.keys().collect();
        keys.sort();
        keys
    }
}

/// Dictionary entries, sorted by key (see [`compare_keys`]).
#[derive(Clone, Debug, Default)]
pub struct Dict {
    /// `(key, value)` pairs in ascending key order, keys unique.
    pub entries: Vec<(Value, Value)>,
}

impl Dict {
    /// A dictionary from pairs in any order; for duplicate keys the last one wins.
    pub fn from_entries(entries: impl IntoIterator<Item = (Value, Value)>) -> Self {
        let mut pairs: Vec<(Value, Value)> = entries.into_iter().collect();
        // A stable sort keeps duplicates in input order, so the last one comes last.
        pairs.sort_by(|a, b| compare_keys(&a.0, &b.0));
        let mut sorted: Vec<(Value, Value)> = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            match sorted.last_mut() {
                Some(last) if compare_keys(&last.0, &k) == Ordering::Equal => *last = (k, v),
                _ => sorted.push((k, v)),
            }
        }
        Dict { entries: sorted }
    }

    /// The value stored under `key`.
    pub fn get(&self, key: &Value) -> Option<&Value> {
        self.entries
            .binary_search_by(|(k, _)| compare_keys(k, key))
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|(_, v)| v)
    }

    /// A copy with `key` set to `value` (replacing any previous value).
    pub fn insert(&self, key: Value, value: Value) -> Dict {
        let mut entries = self.entries.clone();
        match entries.binary_search_by(|(k, _)| compare_keys(k, &key)) {
            Ok(i) => entries[i].1 = value,
            Err(i) => entries.insert(i, (key, value)),
        }
        Dict { entries }
    }

    /// A copy without `key` (unchanged when absent).
    pub fn remove(&self, key: &Value) -> Dict {
        let mut entries = self.entries.clone();
        if let Ok(i) = entries.binary_search_by(|(k, _)| compare_keys(k, key)) {
            entries.remove(i);
        }
        Dict { entries }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The order of dictionary keys: int, uint, float, string, time and duration keys
/// compare by value (strings byte-wise); keys of different types are ordered by
/// type so that the order stays total.
pub fn compare_keys(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::UInt(x), Value::UInt(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.total_cmp(y),
        (Value::String(x), Value::String(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Value::Time(x), Value::Time(y)) => x.cmp(y),
        (Value::Duration(x), Value::Duration(y)) => x.compare(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => type_rank(a).cmp(&type_rank(b)),
    }
}

fn type_rank(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Int(_) => 2,
        Value::UInt(_) => 3,
        Value::Float(_) => 4,
        Value::String(_) => 5,
        Value::Duration(_) => 6,
        Value::Time(_) => 7,
        Value::Bytes(_) => 8,
        Value::Regex(_) => 9,
        Value::Array(_) => 10,
        Value::Record(_) => 11,
        Value::Dict(_) => 12,
        Value::Function(_) => 13,
        Value::Stream(_) => 14,
        Value::Dynamic(_) => 15,
        Value::Unbounded(_) => 16,
    }
}

/// A callable value.
#[derive(Clone, Debug)]
pub enum Function {
    /// A function literal with its captured scope.
    Closure(Arc<crate::closure::Closure>),
    /// A native bound by a `builtin` statement: knows its declared parameters.
    Builtin(Arc<crate::signature::Builtin>),
}

impl Function {
    /// The name used in `error calling function "NAME"` (empty for anonymous closures).
    pub fn name(&self) -> &str {
        match self {
            Function::Closure(c) => c.name.as_deref().unwrap_or(""),
            Function::Builtin(b) => b.native.name(),
        }
    }

    fn ptr_eq(&self, other: &Function) -> bool {
        match (self, other) {
            (Function::Closure(a), Function::Closure(b)) => Arc::ptr_eq(a, b),
            (Function::Builtin(a), Function::Builtin(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() <= 40);

impl Value {
    /// A string value.
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    /// An array value.
    pub fn array(items: Vec<Value>) -> Value {
        Value::Array(Arc::new(items))
    }

    /// A record value from `(name, value)` pairs.
    pub fn record<K: Into<Arc<str>>>(fields: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Record(Arc::new(Record::from_fields(fields)))
    }

    /// A dictionary value from pairs in any order (last duplicate wins).
    pub fn dict(entries: impl IntoIterator<Item = (Value, Value)>) -> Value {
        Value::Dict(Arc::new(Dict::from_entries(entries)))
    }

    /// True for [`Value::Null`].
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// `v` wrapped as a dynamic value, as `dynamic.dynamic(v:)` does: a dynamic value
    /// stays as it is; the elements of an array and the fields of a record are wrapped
    /// too (recursively); anything else, null included, is wrapped as it is.
    pub fn dynamic(v: Value) -> Value {
        match v {
            Value::Dynamic(_) => v,
            Value::Array(items) => Value::Dynamic(Arc::new(Value::array(
                items.iter().cloned().map(Value::dynamic).collect(),
            ))),
            Value::Record(r) => Value::Dynamic(Arc::new(Value::record(
                r.fields
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::dynamic(v.clone()))),
            ))),
            other => Value::Dynamic(Arc::new(other)),
        }
    }

    /// The value inside a dynamic value; any other value itself.
    pub fn undynamic(&self) -> &Value {
        match self {
            Value::Dynamic(inner) => inner,
            other => other,
        }
    }

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
            Value::Stream(_) | Value::Unbounded(_) => "stream",
            Value::Dynamic(_) => "dynamic",
        }
    }

    /// The value's type written as Flux writes types (`int`, `[int]`, `{a: int}`,
    /// `[string:int]`), for messages like `cannot convert {a: int} to string`.
    /// Element types of empty arrays and dicts print as `A`, `B`.
    pub fn type_string(&self) -> String {
        match self {
            Value::Array(items) => match items.first() {
                Some(v) => format!("[{}]", v.type_string()),
                None => "[A]".to_string(),
            },
            Value::Record(r) => {
                let fields: Vec<String> = r
                    .fields
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.type_string()))
                    .collect();
                format!("{{{}}}", fields.join(", "))
            }
            Value::Dict(d) => match d.entries.first() {
                Some((k, v)) => format!("[{}:{}]", k.type_string(), v.type_string()),
                None => "[A:B]".to_string(),
            },
            Value::Function(f) => crate::display::function_type(f),
            Value::Stream(s) => crate::stream::stream_type(s),
            other => other.type_name().to_string(),
        }
    }
}

/// Structural equality: same type and equal contents (records ignore field order,
/// floats compare as IEEE numbers, functions by identity).
impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::UInt(a), Value::UInt(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::Duration(a), Value::Duration(b)) => a.compare(b) == Ordering::Equal,
            (Value::Time(a), Value::Time(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::Regex(a), Value::Regex(b)) => a.as_str() == b.as_str(),
            (Value::Array(a), Value::Array(b)) => a == b,
            (Value::Record(a), Value::Record(b)) => {
                a.fields.len() == b.fields.len() && a.fields.iter().all(|(k, v)| b.fields.get(k) == Some(v))
            }
            (Value::Dict(a), Value::Dict(b)) => a.entries == b.entries,
            (Value::Function(a), Value::Function(b)) => a.ptr_eq(b),
            // Streams are not Equatable in Flux; identity is the best a running program can ask.
            (Value::Stream(a), Value::Stream(b)) => a.ptr_eq(b),
            (Value::Dynamic(a), Value::Dynamic(b)) => a == b,
            (Value::Unbounded(a), Value::Unbounded(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Value {
    /// `==` as [`PartialEq`] says it, within `budget`: long comparisons of composite
    /// values look at the interrupt flag every few thousand items.
    pub fn equal_within(
        &self,
        other: &Value,
        budget: &mut crate::memory::Budget,
    ) -> Result<bool, crate::memory::Stop> {
        budget.tick()?;
        match (self, other) {
            (Value::Array(a), Value::Array(b)) => {
                if a.len() != b.len() {
                    return Ok(false);
                }
                for (x, y) in a.iter().zip(b.iter()) {
                    if !x.equal_within(y, budget)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Value::Record(a), Value::Record(b)) => {
                if a.fields.len() != b.fields.len() {
                    return Ok(false);
                }
                for (k, x) in &a.fields {
                    match b.fields.get(k) {
                        Some(y) if x.equal_within(y, budget)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Dict(a), Value::Dict(b)) => {
                if a.entries.len() != b.entries.len() {
                    return Ok(false);
                }
                for ((ka, va), (kb, vb)) in a.entries.iter().zip(b.entries.iter()) {
                    if !ka.equal_within(kb, budget)? || !va.equal_within(vb, budget)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Value::Dynamic(a), Value::Dynamic(b)) => a.equal_within(b, budget),
            _ => Ok(self == other),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::UInt(n)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Float(n)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.into())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s.into())
    }
}

impl From<Bytes> for Value {
    fn from(b: Bytes) -> Self {
        Value::Bytes(b)
    }
}

impl From<Duration> for Value {
    fn from(d: Duration) -> Self {
        Value::Duration(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        // Bytes (4 words) is the largest payload; Duration (3 words) the next.
        assert_eq!(std::mem::size_of::<Value>(), 40);
        // Kind, span, message and one boxed pointer to the rare part (source, frames).
        assert_eq!(std::mem::size_of::<crate::RuntimeError>(), 48);
        assert_eq!(std::mem::size_of::<crate::Result<Value>>(), 48);
    }

    #[test]
    fn values_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Value>();
    }

    #[test]
    fn dict_sorts_and_last_duplicate_wins() {
        let d = Dict::from_entries([
            (Value::from("b"), Value::Int(1)),
            (Value::from("a"), Value::Int(2)),
            (Value::from("b"), Value::Int(3)),
        ]);
        assert_eq!(
            d.entries,
            vec![
                (Value::from("a"), Value::Int(2)),
                (Value::from("b"), Value::Int(3))
            ]
        );
        assert_eq!(d.get(&Value::from("b")), Some(&Value::Int(3)));
        assert_eq!(d.remove(&Value::from("a")).len(), 1);
        assert_eq!(
            d.insert(Value::from("0"), Value::Null).entries[0].0,
            Value::from("0")
        );
    }

    #[test]
    fn records_compare_without_order() {
        let a = Value::record([("x", Value::Int(1)), ("y", Value::Int(2))]);
        let b = Value::record([("y", Value::Int(2)), ("x", Value::Int(1))]);
        assert_eq!(a, b);
        assert_ne!(a, Value::record([("x", Value::Int(1))]));
    }

    #[test]
    fn durations_order_by_length() {
        let h = Duration::from_nanos(3_600_000_000_000);
        let m60 = Duration::from_nanos(60 * 60_000_000_000);
        assert_eq!(h.compare(&m60), Ordering::Equal);
        assert_eq!(h.negated().compare(&h), Ordering::Less);
        let month = Duration {
            months: 1,
            nanos: 0,
            negative: false,
        };
        assert_eq!(
            month.compare(&Duration::from_nanos(NANOS_PER_MONTH)),
            Ordering::Greater
        );
    }
}
