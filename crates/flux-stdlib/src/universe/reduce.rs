//! `reduce(fn:, identity:)`: folds the rows of each table into one record, which becomes
//! the table's single output row.

use std::sync::Arc;

use flux_eval::stream::row_record;
use flux_eval::{Args, CallContext, ErrorKind, Function, Record, Result, Value};
use flux_table::ops::keys::{key_cmp, key_eq};
use flux_table::ops::rows::from_rows;
use flux_table::{Column, GroupKey, Scalar, Stream, Table};

use super::labels::{read_labels, with_nulls};
use super::{piped, table_error};
use crate::natives::error;

pub(super) fn reduce(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let identity: Arc<Record> = args.required("identity")?;
    let read = read_labels(&f);
    let mut out: Vec<Table> = Vec::with_capacity(tables.len());
    for table in tables.tables() {
        let mut accumulator = Value::Record(identity.clone());
        for row in 0..table.num_rows() {
            let r = with_nulls(row_record(table, row), &read);
            accumulator = cx
                .call(&f, [("r", r), ("accumulator", accumulator)])
                .map_err(|mut e| {
                    e.message = format!("failed to evaluate reduce function: {}", e.message);
                    e
                })?;
        }
        let Value::Record(result) = accumulator else {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "reduce function must return a record, got {}",
                    accumulator.type_name()
                ),
            ));
        };
        let reduced = reduced_table(table, &result)?;
        if out.iter().any(|t| key_eq(t.key(), reduced.key())) {
            return Err(error(
                ErrorKind::Runtime,
                "two reducers writing result to the same table",
            ));
        }
        out.push(reduced);
    }
    // Tables come out in key order, as Go's table cache hands them on.
    out.sort_by(|a, b| key_cmp(a.key(), b.key()));
    Ok(Value::Stream(Stream::new(out).with_bounds(tables.bounds())))
}

/// The one-row table of `result`: the key columns first (a key column the record names
/// takes the record's value, changing the key), then the record's other properties by label.
fn reduced_table(input: &Table, result: &Record) -> Result<Table> {
    let key = input.key();
    let mut key_columns = Vec::with_capacity(key.len());
    let mut key_values = Vec::with_capacity(key.len());
    for (column, value) in key.columns().iter().zip(key.values()) {
        match result.get(&column.label) {
            Some(v) => {
                let cell = cell_of(&column.label, v)?;
                let ty = cell.column_type().unwrap_or(column.ty);
                key_columns.push(Column::new(column.label.clone(), ty));
                key_values.push(cell);
            }
            None => {
                key_columns.push(column.clone());
                key_values.push(value.clone());
            }
        }
    }
    let mut labels: Vec<&Arc<str>> = result.fields.keys().filter(|l| !key.contains(l)).collect();
    labels.sort();
    let mut columns = key_columns.clone();
    let mut row = key_values.clone();
    for label in labels {
        let value = result.get(label).unwrap_or(&Value::Null);
        let cell = cell_of(label, value)?;
        let Some(ty) = cell.column_type() else {
            return Err(error(
                ErrorKind::Runtime,
                format!(r#"null values are not supported for "{label}" in the reduce() function"#),
            ));
        };
        columns.push(Column::new(label.clone(), ty));
        row.push(cell);
    }
    let key = GroupKey::new(key_columns, key_values).map_err(table_error)?;
    from_rows(key, columns, [row]).map_err(table_error)
}

fn cell_of(label: &str, value: &Value) -> Result<Scalar> {
    crate::natives::table_cell("reduce: property", label, value)
}
