//! `filter` and `map`: a Flux function applied to every row. Simple functions run
//! column-wise ([`super::lambda`]); any other calls the function once per row with the row
//! as the record `r`. Both paths give the same tables.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, BooleanArray, UInt32Array};
use flux_eval::stream::row_record;
use flux_eval::{Args, CallContext, ErrorKind, Function, Result, Value};
use flux_table::ops::filter_by_mask;
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

use super::labels::{read_labels, with_nulls};
use super::lambda::{self, nulls};
use super::vectorize;
use super::{piped, string_or, table_error};
use crate::natives::{error, table_cell};

pub(super) fn filter(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let keep_empty = match &*string_or(args, "onEmpty", "drop")? {
        "drop" => false,
        "keep" => true,
        other => {
            return Err(error(
                ErrorKind::Argument,
                format!("onEmpty must be keep or drop, was {other:?}"),
            ));
        }
    };
    let out = filter_stream(cx, &tables, &f, keep_empty)?;
    Ok(Value::Stream(out.with_bounds(tables.bounds())))
}

/// The rows of each table for which `f` is true (null counts as false); a table left
/// without rows is dropped unless `keep_empty`.
pub(super) fn filter_stream(
    cx: &mut CallContext,
    tables: &Stream,
    f: &Function,
    keep_empty: bool,
) -> Result<Stream> {
    let recognised = lambda::predicate(f);
    let mut out = Vec::with_capacity(tables.len());
    for table in tables.tables() {
        let mask = match recognised.as_ref().and_then(|p| p.eval(table)) {
            Some(mask) => mask,
            None => per_row_mask(cx, table, f)?,
        };
        let kept = filter_by_mask(table, &mask).map_err(table_error)?;
        if keep_empty || !kept.is_empty() {
            out.push(kept);
        }
    }
    Ok(Stream::new(out))
}

pub(super) fn per_row_mask(cx: &mut CallContext, table: &Table, f: &Function) -> Result<BooleanArray> {
    let labels = read_labels(f);
    let mut mask = Vec::with_capacity(table.num_rows());
    for row in 0..table.num_rows() {
        mask.push(
            match cx.call(f, [("r", with_nulls(row_record(table, row), &labels))])? {
                Value::Bool(b) => b,
                Value::Null => false,
                _ => {
                    return Err(error(
                        ErrorKind::Type,
                        "row predicate function does not evaluate to a boolean",
                    ));
                }
            },
        );
    }
    Ok(BooleanArray::from(mask))
}

pub(super) fn map(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    // Deprecated in Go and without effect there since the vectorised map.
    let _merge_key: Option<bool> = args.optional("mergeKey")?;
    let out = map_stream(cx, &tables, &f)?;
    Ok(Value::Stream(out.with_bounds(tables.bounds())))
}

/// `map` over every table. An empty table gives no output (as in Go); tables left with
/// equal keys are merged. The columns are in the returned record's order when Go would
/// vectorise `f`, otherwise sorted by label (see [`vectorize`]).
pub(super) fn map_stream(cx: &mut CallContext, tables: &Stream, f: &Function) -> Result<Stream> {
    let recognised = lambda::extension(f);
    let sorted = !vectorize::is_vectorised(f);
    let mut out = Vec::with_capacity(tables.len());
    for table in tables.tables() {
        if table.is_empty() {
            continue;
        }
        let mut columns = match recognised.as_ref().and_then(|e| e.eval(table)) {
            Some(columns) => settle(table, columns),
            None => per_row_columns(cx, table, f)?,
        };
        if sorted {
            columns.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        }
        regroup(table, columns, &mut out)?;
    }
    // Tables that end up with one key become one table, as Go's output merges them.
    flux_table::ops::each_merged(&Stream::new(out), |t| Ok(t.clone())).map_err(table_error)
}

/// Column-wise results made to match the per-row path: an all-null column takes the
/// input's column type, or is dropped when the input has no such column.
fn settle(
    table: &Table,
    columns: Vec<(Arc<str>, ColumnType, ArrayRef)>,
) -> Vec<(Arc<str>, ColumnType, ArrayRef)> {
    columns
        .into_iter()
        .filter_map(|(label, ty, array)| {
            if array.null_count() < array.len() {
                return Some((label, ty, array));
            }
            let i = table.column_index(&label)?;
            let ty = table.columns()[i].ty;
            Some((label, ty, nulls(ty, table.num_rows())))
        })
        .collect()
}

/// Calls `f` per row (a label it reads that the table lacks is null, as in Go). The columns are the first record's properties; a column's type is
/// that of its first non-null value (all null: the input column's type, or no column).
fn per_row_columns(
    cx: &mut CallContext,
    table: &Table,
    f: &Function,
) -> Result<Vec<(Arc<str>, ColumnType, ArrayRef)>> {
    let n = table.num_rows();
    let read = read_labels(f);
    let mut labels: Vec<Arc<str>> = Vec::new();
    let mut cells: Vec<Vec<Scalar>> = Vec::new();
    for row in 0..n {
        let record = match cx.call(f, [("r", with_nulls(row_record(table, row), &read))])? {
            Value::Record(r) => r,
            other => {
                return Err(error(
                    ErrorKind::Type,
                    format!("map function must return a record, got {}", other.type_name()),
                ));
            }
        };
        if row == 0 {
            labels = record.fields.keys().cloned().collect();
            cells = vec![Vec::with_capacity(n); labels.len()];
        }
        for (label, column) in labels.iter().zip(cells.iter_mut()) {
            let value = record.get(label).unwrap_or(&Value::Null);
            let cell = table_cell("map object property", label, value)?;
            column.push(cell);
        }
    }
    let mut out = Vec::with_capacity(labels.len());
    for (label, column) in labels.into_iter().zip(cells) {
        let ty = match column.iter().find_map(Scalar::column_type) {
            Some(ty) => ty,
            None => match table.column_index(&label) {
                Some(i) => table.columns()[i].ty,
                None => continue,
            },
        };
        let mut builder = ColumnBuilder::new(ty, n);
        for cell in &column {
            builder
                .push(cell)
                .map_err(|e| error(ErrorKind::Type, format!("map: column \"{label}\": {}", e.message)))?;
        }
        out.push((label, ty, builder.finish()));
    }
    Ok(out)
}

/// Go's map output: columns in the record's order (the row's columns, then new properties
/// as written); the key is the input's key columns still
/// present, with their values; when a key column's values differ between rows, the rows
/// are (stably) sorted by those columns and split into one table per value.
fn regroup(
    input: &Table,
    columns: Vec<(Arc<str>, ColumnType, ArrayRef)>,
    out: &mut Vec<Table>,
) -> Result<()> {
    let n = input.num_rows();
    let cols: Vec<Column> = columns
        .iter()
        .map(|(l, ty, _)| Column::new(l.clone(), *ty))
        .collect();
    let arrays: Vec<ArrayRef> = columns.into_iter().map(|(_, _, a)| a).collect();
    let table = Table::new(GroupKey::empty(), cols.clone(), arrays).map_err(table_error)?;
    let key_idx: Vec<usize> = (0..cols.len())
        .filter(|&i| input.key().contains(&cols[i].label))
        .collect();
    // A key column handed on unchanged (the input's own array) holds one value.
    let unchanged = |i: usize| {
        input.column_index(&cols[i].label).is_some_and(|j| {
            std::ptr::addr_eq(Arc::as_ptr(&input.arrays()[j]), Arc::as_ptr(&table.arrays()[i]))
        })
    };
    let varying: Vec<usize> = key_idx
        .iter()
        .copied()
        .filter(|&i| !unchanged(i) && (1..n).any(|row| table.cell(i, row) != table.cell(i, 0)))
        .collect();
    let key_at = |t: &Table, row: usize| {
        let key_cols = key_idx.iter().map(|&i| cols[i].clone()).collect();
        let values = key_idx.iter().map(|&i| t.cell(i, row)).collect();
        GroupKey::new(key_cols, values).map_err(table_error)
    };
    if varying.is_empty() {
        let key = key_at(&table, 0)?;
        out.push(Table::new(key, cols, table.arrays().to_vec()).map_err(table_error)?);
        return Ok(());
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    let cmp = |a: &u32, b: &u32| {
        varying
            .iter()
            .map(|&i| table.cell(i, *a as usize).total_cmp(&table.cell(i, *b as usize)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    order.sort_by(cmp);
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && cmp(&order[start], &order[end]).is_eq() {
            end += 1;
        }
        let indices = UInt32Array::from(order[start..end].to_vec());
        let arrays = table
            .arrays()
            .iter()
            .map(|a| arrow_select::take::take(a.as_ref(), &indices, None))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| error(ErrorKind::Internal, e.to_string()))?;
        let part = Table::new(GroupKey::empty(), cols.clone(), arrays).map_err(table_error)?;
        let key = key_at(&part, 0)?;
        out.push(Table::new(key, cols.clone(), part.arrays().to_vec()).map_err(table_error)?);
        start = end;
    }
    Ok(())
}
