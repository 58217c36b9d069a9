//! `import "array"`: `concat`, `map` and `filter` on arrays (the last two call a
//! Flux function per element), and `array.from`, which makes a table from an array
//! of records.

use std::sync::Arc;

use flux_eval::stream::scalar_of;
use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFunction, Result, Value};
use flux_table::ops::rows::from_records;
use flux_table::{GroupKey, Scalar, Stream};

use crate::natives::error;

/// The package's natives (declarations in stdlib/array/array.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("from", from),
    NativeFunction::new("concat", concat),
    NativeFunction::new("map", map),
    NativeFunction::new("filter", filter),
];

/// `array.concat(arr:, v:)`: `arr`'s elements, then `v`'s.
fn concat(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let v: Arc<Vec<Value>> = args.required("v")?;
    let arr: Arc<Vec<Value>> = args.required("arr")?;
    if v.is_empty() {
        return Ok(Value::Array(arr));
    }
    if arr.is_empty() {
        return Ok(Value::Array(v));
    }
    let mut out = Vec::with_capacity(arr.len() + v.len());
    out.extend(arr.iter().cloned());
    for item in v.iter() {
        same_type(&out, item)?;
        out.push(item.clone());
    }
    Ok(Value::array(out))
}

/// `array.map(arr:, fn:)`: `fn(x: element)` for each element, in order.
fn map(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let f: Function = args.required("fn")?;
    let arr: Arc<Vec<Value>> = args.required("arr")?;
    let mut out = Vec::with_capacity(arr.len());
    for item in arr.iter() {
        let mapped = cx.call(&f, [("x", item.clone())])?;
        same_type(&out, &mapped)?;
        out.push(mapped);
    }
    Ok(Value::array(out))
}

/// `array.filter(arr:, fn:)`: the elements for which `fn(x: element)` is true
/// (a null answer counts as false).
fn filter(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let f: Function = args.required("fn")?;
    let arr: Arc<Vec<Value>> = args.required("arr")?;
    let mut out = Vec::new();
    for item in arr.iter() {
        match cx.call(&f, [("x", item.clone())])? {
            Value::Bool(true) => out.push(item.clone()),
            Value::Bool(false) | Value::Null => {}
            other => {
                return Err(error(
                    ErrorKind::Type,
                    format!("expected bool but found {}", other.type_string()),
                ));
            }
        }
    }
    Ok(Value::array(out))
}

/// An array holds values of one type (nulls fit anywhere): `v` may follow `items`.
fn same_type(items: &[Value], v: &Value) -> Result<()> {
    match items.iter().find(|i| !i.is_null()) {
        Some(first) if !v.is_null() && std::mem::discriminant(first) != std::mem::discriminant(v) => {
            Err(error(
                ErrorKind::Type,
                format!("expected {} but found {}", first.type_string(), v.type_string()),
            ))
        }
        _ => Ok(()),
    }
}

/// `array.from(rows:)`: one table, empty group key, a column per record property in the
/// first row's order (as Go, whose columns follow the first record's fields), typed by its
/// values.
pub(crate) fn from(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let rows: Value = args.required("rows")?;
    let Value::Array(rows) = rows else {
        return Err(error(
            ErrorKind::Type,
            format!("row data must be an array of records, got {}", rows.type_string()),
        ));
    };
    if rows.is_empty() {
        return Err(error(ErrorKind::Argument, "rows must be non-empty"));
    }
    let mut records: Vec<Vec<(Arc<str>, Scalar)>> = Vec::with_capacity(rows.len());
    for row in rows.iter() {
        let Value::Record(record) = row else {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "row data must be an array of records, got [{}]",
                    row.type_string()
                ),
            ));
        };
        let mut cells = Vec::with_capacity(record.fields.len());
        for (label, value) in &record.fields {
            let Some(cell) = scalar_of(value) else {
                return Err(error(
                    ErrorKind::Type,
                    format!("cannot represent the type {} as column data", value.type_string()),
                ));
            };
            cells.push((label.clone(), cell));
        }
        records.push(cells);
    }
    let table =
        from_records(GroupKey::empty(), &records, None).map_err(|e| error(ErrorKind::Type, e.message))?;
    Ok(Value::Stream(Stream::new(vec![table])))
}
