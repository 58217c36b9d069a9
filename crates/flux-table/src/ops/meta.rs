//! Tables about tables: `columns`, `keys`, `keyValues`.

use std::collections::HashSet;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, StringArray};

use crate::model::{Column, ColumnType, Stream, TableError};
use crate::ops::distinct::key_columns_and;
use crate::ops::each;
use crate::ops::group::row_groups;
use crate::ops::kernels::arrow_error;

fn strings<'a>(labels: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(StringArray::from_iter_values(labels))
}

/// `columns(column:)`: the key columns and one string column naming every column of the
/// table, in order.
pub fn columns(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let labels = strings(t.columns().iter().map(|c| &*c.label));
        key_columns_and(t, Column::new(column, ColumnType::String), labels)
    })
}

/// `keys(column:)`: the key columns and one string column naming every key column.
pub fn keys(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let labels = strings(t.key().columns().iter().map(|c| &*c.label));
        key_columns_and(t, Column::new(column, ColumnType::String), labels)
    })
}

/// `keyValues(keyColumns:)`: the key columns, `_key` (a column name) and `_value` (one of its
/// values): every distinct (name, value) pair of the listed columns, row by row; a null
/// value appears once in all.
pub fn key_values(stream: &Stream, key_columns: &[&str]) -> Result<Stream, TableError> {
    each(stream, |t| {
        let present: Vec<(&str, usize)> = key_columns
            .iter()
            .filter_map(|l| t.column_index(l).map(|i| (*l, i)))
            .collect();
        let Some(&(_, last)) = present.last() else {
            let names: Vec<&str> = t.columns().iter().map(|c| &*c.label).collect();
            return Err(TableError::new(format!(
                "received table with columns [{}] not having key columns [{}]",
                names.join(" "),
                key_columns.join(" ")
            )));
        };
        let ty = t.columns()[last].ty;
        if present.iter().any(|&(_, i)| t.columns()[i].ty != ty) {
            return Err(TableError::new("keyColumns must all be the same type"));
        }
        // Distinct values per column, then the pairs in row order.
        let codes: Vec<Vec<u32>> = present.iter().map(|&(_, i)| row_groups(t, &[i]).0).collect();
        let mut seen: HashSet<(usize, u32)> = HashSet::new();
        let mut null_seen = false;
        let mut names = Vec::new();
        let mut cells: Vec<(usize, usize)> = Vec::new();
        (0..t.num_rows()).for_each(|row| {
            for (k, &(label, i)) in present.iter().enumerate() {
                if t.arrays()[i].is_null(row) {
                    if std::mem::replace(&mut null_seen, true) {
                        continue;
                    }
                } else if !seen.insert((k, codes[k][row])) {
                    continue;
                }
                names.push(label);
                cells.push((k, row));
            }
        });
        let sources: Vec<&dyn arrow_array::Array> =
            present.iter().map(|&(_, i)| t.arrays()[i].as_ref()).collect();
        let value_array = arrow_select::interleave::interleave(&sources, &cells).map_err(arrow_error)?;
        let with_key = key_columns_and(
            t,
            Column::new("_key", ColumnType::String),
            strings(names.into_iter()),
        )?;
        let mut columns = with_key.columns().to_vec();
        let mut data = with_key.arrays().to_vec();
        columns.push(Column::new("_value", ty));
        data.push(value_array);
        crate::model::Table::new(t.key().clone(), columns, data)
    })
}
