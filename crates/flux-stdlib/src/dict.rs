//! `import "dict"`: build and update dictionaries (`fromList`, `get`, `insert`, `remove`).
//! Dictionaries stay sorted by key; every update returns a new dictionary.

use std::sync::Arc;

use flux_eval::{Args, CallContext, Dict, ErrorKind, NativeFunction, Record, Result, Value};

use crate::natives::error;

/// The package's natives (declarations in stdlib/dict/dict.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("fromList", from_list),
    NativeFunction::new("get", get),
    NativeFunction::new("insert", insert),
    NativeFunction::new("remove", remove),
];

/// `dict.fromList(pairs: [{key: K, value: V}]) => [K:V]`; a repeated key keeps its last value.
fn from_list(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let pairs: Arc<Vec<Value>> = args.required("pairs")?;
    let mut entries = Vec::with_capacity(pairs.len());
    for pair in pairs.iter() {
        let Value::Record(record) = pair else {
            return Err(error(
                ErrorKind::Type,
                format!("expected {{key: K, value: V}} but found {}", pair.type_name()),
            ));
        };
        let key = non_null_key(field(record, "key")?)?;
        entries.push((key, field(record, "value")?));
    }
    Ok(Value::Dict(Arc::new(Dict::from_entries(entries))))
}

fn field(record: &Record, name: &str) -> Result<Value> {
    record
        .get(name)
        .cloned()
        .ok_or_else(|| error(ErrorKind::Type, format!("record is missing label {name}")))
}

fn non_null_key(key: Value) -> Result<Value> {
    if key.is_null() {
        Err(error(
            ErrorKind::Runtime,
            "null value cannot be used as a dictionary key",
        ))
    } else {
        Ok(key)
    }
}

/// `dict.get(dict:, key:, default:)`: the value for `key`, or `default` (also for a null key).
fn get(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key: Value = args.required("key")?;
    let default: Value = args.required("default")?;
    if key.is_null() {
        return Ok(default);
    }
    Ok(dict.get(&key).cloned().unwrap_or(default))
}

/// `dict.insert(dict:, key:, value:)`: a copy with `key` set to `value`.
fn insert(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key = non_null_key(args.required("key")?)?;
    let value: Value = args.required("value")?;
    Ok(Value::Dict(Arc::new(dict.insert(key, value))))
}

/// `dict.remove(dict:, key:)`: a copy without `key` (unchanged when absent).
fn remove(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let dict: Arc<Dict> = args.required("dict")?;
    let key: Value = args.required("key")?;
    if key.is_null() || dict.get(&key).is_none() {
        return Ok(Value::Dict(dict));
    }
    Ok(Value::Dict(Arc::new(dict.remove(&key))))
}
