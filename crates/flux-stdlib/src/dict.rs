//! `import "dict"`: build and update dictionaries (`fromList`, `get`, `insert`, `remove`).
//! Dictionaries stay sorted by key; every update returns a new dictionary.

use std::cmp::Ordering;
use std::sync::Arc;

use flux_eval::{Args, CallContext, Dict, ErrorKind, PackageSource, Record, Result, Value};

use crate::natives::{error, native};

/// The import path.
pub const PATH: &str = "dict";

/// The package: its Flux source and natives.
pub fn package() -> PackageSource {
    PackageSource {
        path: PATH.into(),
        source: include_str!("../../../stdlib/dict/dict.flux").into(),
        natives: vec![
            native("fromList", from_list),
            native("get", get),
            native("insert", insert),
            native("remove", remove),
        ],
    }
}

/// `dict.fromList(pairs: [{key: K, value: V}]) => [K:V]`; a repeated key keeps its last value.
fn from_list(args: &mut Args, _: &CallContext) -> Result<Value> {
    let pairs: Arc<Vec<Value>> = args.required("pairs")?;
    let mut dict = Dict::default();
    for pair in pairs.iter() {
        let Value::Record(record) = pair else {
            return Err(error(
                ErrorKind::Type,
                format!("expected {{key: K, value: V}} but found {}", pair.type_name()),
            ));
        };
        let key = field(record, "key")?;
        let value = field(record, "value")?;
        insert_entry(&mut dict, key, value)?;
    }
    Ok(Value::Dict(Arc::new(dict)))
}

fn field(record: &Record, name: &str) -> Result<Value> {
    record
        .fields
        .get(name)
        .cloned()
        .ok_or_else(|| error(ErrorKind::Type, format!("record is missing label {name}")))
}

/// `dict.get(dict:, key:, default:)`: the value for `key`, or `default`.
fn get(args: &mut Args, _: &CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key: Value = args.required("key")?;
    let default: Value = args.required("default")?;
    Ok(match find(&dict, &key) {
        Ok(i) => dict.entries.get(i).map_or(default, |(_, v)| v.clone()),
        Err(_) => default,
    })
}

/// `dict.insert(dict:, key:, value:)`: a copy with `key` set to `value`.
fn insert(args: &mut Args, _: &CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key: Value = args.required("key")?;
    let value: Value = args.required("value")?;
    let mut dict = Arc::unwrap_or_clone(dict);
    insert_entry(&mut dict, key, value)?;
    Ok(Value::Dict(Arc::new(dict)))
}

/// `dict.remove(dict:, key:)`: a copy without `key` (unchanged when absent).
fn remove(args: &mut Args, _: &CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key: Value = args.required("key")?;
    match find(&dict, &key) {
        Ok(i) => {
            let mut dict = Arc::unwrap_or_clone(dict);
            dict.entries.remove(i);
            Ok(Value::Dict(Arc::new(dict)))
        }
        Err(_) => Ok(Value::Dict(dict)),
    }
}

/// Insert or replace `key` keeping the entries sorted.
pub(crate) fn insert_entry(dict: &mut Dict, key: Value, value: Value) -> Result<()> {
    if matches!(key, Value::Null) {
        return Err(error(
            ErrorKind::Runtime,
            "null value cannot be used as a dictionary key",
        ));
    }
    match find(dict, &key) {
        Ok(i) => {
            if let Some(entry) = dict.entries.get_mut(i) {
                entry.1 = value;
            }
        }
        Err(i) => dict.entries.insert(i, (key, value)),
    }
    Ok(())
}

/// Position of `key` (`Ok`) or where it would go (`Err`). A null key is never found.
fn find(dict: &Dict, key: &Value) -> std::result::Result<usize, usize> {
    if matches!(key, Value::Null) {
        return Err(dict.entries.len());
    }
    dict.entries.binary_search_by(|(k, _)| compare_keys(k, key))
}

/// The order of dictionary keys: numbers by value, strings byte-wise, times and
/// durations chronologically. Keys of different types (which the type checker
/// rejects) are ordered by type.
pub(crate) fn compare_keys(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::UInt(x), Value::UInt(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.total_cmp(y),
        (Value::String(x), Value::String(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Value::Time(x), Value::Time(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Duration(x), Value::Duration(y)) => {
            let signed = |d: &flux_eval::Duration| {
                let magnitude = (i128::from(d.months), i128::from(d.nanos));
                if d.negative {
                    (-magnitude.0, -magnitude.1)
                } else {
                    magnitude
                }
            };
            signed(x).cmp(&signed(y))
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

fn rank(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Int(_) => 2,
        Value::UInt(_) => 3,
        Value::Float(_) => 4,
        Value::String(_) => 5,
        Value::Duration(_) => 6,
        Value::Time(_) => 7,
        _ => 8,
    }
}
