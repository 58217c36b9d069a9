//! `distinct` and `unique`: first occurrences of each value of a column.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, StringArray, UInt32Array};

use crate::model::{Column, ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::group::row_groups;
use crate::ops::kernels::{arrow_error, constant, take};

/// The row where each distinct value of `column` first appears (null counts as one value).
fn first_rows(table: &Table, column: usize) -> UInt32Array {
    let (ids, groups) = row_groups(table, &[column]);
    let mut seen = vec![false; groups];
    let rows: Vec<u32> = ids
        .iter()
        .enumerate()
        .filter(|(_, g)| !std::mem::replace(&mut seen[**g as usize], true))
        .map(|(row, _)| row as u32)
        .collect();
    UInt32Array::from(rows)
}

/// A table of the key columns (repeated) and one more column.
pub(crate) fn key_columns_and(table: &Table, column: Column, data: ArrayRef) -> Result<Table, TableError> {
    let key = table.key();
    let rows = data.len();
    let mut columns: Vec<Column> = key.columns().to_vec();
    let mut arrays: Vec<ArrayRef> = key
        .columns()
        .iter()
        .zip(key.values())
        .map(|(c, v)| constant(c.ty, v, rows))
        .collect();
    columns.push(column);
    arrays.push(data);
    Table::new(key.clone(), columns, arrays)
}

/// `distinct(column:)`: the key columns and `_value`, one row per distinct value of
/// `column` in order of first appearance (null once). A key column gives its key value; a
/// missing column gives one empty string.
pub fn distinct(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let value_column = |ty| Column::new("_value", ty);
        let Some(c) = t.column_index(column) else {
            let empty: ArrayRef = Arc::new(StringArray::from(vec![""]));
            return key_columns_and(t, value_column(ColumnType::String), empty);
        };
        let ty = t.columns()[c].ty;
        if let Some(v) = t.key().value(column) {
            return key_columns_and(t, value_column(ty), constant(ty, v, 1));
        }
        let values =
            arrow_select::take::take(t.arrays()[c].as_ref(), &first_rows(t, c), None).map_err(arrow_error)?;
        key_columns_and(t, value_column(ty), values)
    })
}

/// `unique(column:)`: the rows where a value of `column` appears for the first time.
pub fn unique(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = t
            .column_index(column)
            .ok_or_else(|| TableError::new(format!("no column \"{column}\" exists")))?;
        let rows = first_rows(t, c);
        if rows.len() == t.num_rows() {
            return Ok(t.clone());
        }
        take(t, &rows)
    })
}

/// `mode(column:)`: the key columns and `_value`, one row per most frequent non-null value of
/// `column` (ties in ascending order); a single null row when every value is as frequent
/// as every other (or there are none). A key column gives its key value; a missing column
/// gives one empty string.
pub fn mode(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let value_column = |ty| Column::new("_value", ty);
        let Some(c) = t.column_index(column) else {
            let empty: ArrayRef = Arc::new(StringArray::from(vec![""]));
            return key_columns_and(t, value_column(ColumnType::String), empty);
        };
        let ty = t.columns()[c].ty;
        if let Some(v) = t.key().value(column) {
            return key_columns_and(t, value_column(ty), constant(ty, v, 1));
        }
        let array = &t.arrays()[c];
        let (ids, groups) = row_groups(t, &[c]);
        let mut counts = vec![0usize; groups];
        let mut first_row = vec![u32::MAX; groups];
        for (row, &g) in ids.iter().enumerate() {
            if array.is_valid(row) {
                counts[g as usize] += 1;
                first_row[g as usize] = first_row[g as usize].min(row as u32);
            }
        }
        let values: Vec<usize> = (0..groups).filter(|&g| counts[g] > 0).collect();
        let max = values.iter().map(|&g| counts[g]).max().unwrap_or(0);
        let winners: Vec<usize> = values.iter().copied().filter(|&g| counts[g] == max).collect();
        if winners.len() == values.len() {
            return key_columns_and(t, value_column(ty), crate::ops::kernels::nulls(ty, 1));
        }
        let rows = UInt32Array::from(winners.iter().map(|&g| first_row[g]).collect::<Vec<_>>());
        let picked = arrow_select::take::take(array.as_ref(), &rows, None).map_err(arrow_error)?;
        let order = arrow_ord::sort::sort_to_indices(picked.as_ref(), None, None).map_err(arrow_error)?;
        let sorted = arrow_select::take::take(picked.as_ref(), &order, None).map_err(arrow_error)?;
        key_columns_and(t, value_column(ty), sorted)
    })
}
