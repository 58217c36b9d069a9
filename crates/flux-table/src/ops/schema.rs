//! Column-level transformations: `keep`, `drop`, `rename`, `duplicate`, `set`.
//!
//! They never touch the rows: kept, renamed and duplicated columns share their arrays. As in
//! Go Flux, the key columns follow the table's column order afterwards, and tables that end
//! up with the same key are merged into one.

use std::sync::Arc;

use arrow_array::ArrayRef;

use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::ops::kernels::constant;
use crate::ops::{each_merged, keys::key_retain};

/// A table with the given columns and arrays, its key rebuilt from the old key's values of the
/// columns still present (matched by the old label at the same position in `origin`).
fn rebuild(table: &Table, columns: Vec<(Column, ArrayRef, Option<usize>)>) -> Result<Table, TableError> {
    for (i, (c, _, _)) in columns.iter().enumerate() {
        if let Some(j) = columns[..i].iter().position(|(e, _, _)| e.label == c.label) {
            return Err(TableError::new(format!(
                "column {j} and {i} have the same name (\"{}\") which is not allowed",
                c.label
            )));
        }
    }
    let mut key_columns = Vec::new();
    let mut key_values = Vec::new();
    for (c, _, origin) in &columns {
        let Some(origin) = origin else { continue };
        let label = &table.columns()[*origin].label;
        if let Some(v) = table.key().value(label) {
            key_columns.push(c.clone());
            key_values.push(v.clone());
        }
    }
    let key = GroupKey::new(key_columns, key_values)?;
    let (columns, data): (Vec<Column>, Vec<ArrayRef>) = columns.into_iter().map(|(c, a, _)| (c, a)).unzip();
    Table::new(key, columns, data)
}

/// The columns of `table` that pass `keep`, with their arrays and positions.
fn retain(table: &Table, mut keep: impl FnMut(&str) -> bool) -> Vec<(Column, ArrayRef, Option<usize>)> {
    table
        .columns()
        .iter()
        .zip(table.arrays())
        .enumerate()
        .filter(|(_, (c, _))| keep(&c.label))
        .map(|(i, (c, a))| (c.clone(), a.clone(), Some(i)))
        .collect()
}

/// `keep(columns:)`: only the named columns (names a table lacks are ignored).
pub fn keep(stream: &Stream, columns: &[&str]) -> Result<Stream, TableError> {
    keep_by(stream, |label| columns.contains(&label))
}

/// `keep(fn:)`: only the columns whose label passes `predicate`.
pub fn keep_by(stream: &Stream, mut predicate: impl FnMut(&str) -> bool) -> Result<Stream, TableError> {
    each_merged(stream, |t| rebuild(t, retain(t, &mut predicate)))
}

/// `drop(columns:)`: all but the named columns (names a table lacks are ignored).
pub fn drop(stream: &Stream, columns: &[&str]) -> Result<Stream, TableError> {
    keep_by(stream, |label| !columns.contains(&label))
}

/// `drop(fn:)`: all but the columns whose label passes `predicate`.
pub fn drop_by(stream: &Stream, mut predicate: impl FnMut(&str) -> bool) -> Result<Stream, TableError> {
    keep_by(stream, |label| !predicate(label))
}

/// `rename(columns:)`: renames columns by an (old, new) list; an old name a table lacks is
/// Flux's error.
pub fn rename(stream: &Stream, columns: &[(&str, &str)]) -> Result<Stream, TableError> {
    each_merged(stream, |t| {
        for (old, _) in columns {
            if t.column_index(old).is_none() {
                return Err(TableError::new(format!(
                    "rename error: column \"{old}\" doesn't exist"
                )));
            }
        }
        rename_table(t, |label| {
            columns
                .iter()
                .find(|(o, _)| *o == label)
                .map(|(_, n)| (*n).into())
        })
    })
}

/// `rename(fn:)`: every column gets the label `new_label` returns for its old one.
pub fn rename_by(stream: &Stream, mut new_label: impl FnMut(&str) -> Arc<str>) -> Result<Stream, TableError> {
    each_merged(stream, |t| rename_table(t, |label| Some(new_label(label))))
}

fn rename_table(
    table: &Table,
    mut new_label: impl FnMut(&str) -> Option<Arc<str>>,
) -> Result<Table, TableError> {
    let columns = retain(table, |_| true)
        .into_iter()
        .map(|(c, a, i)| {
            let label = new_label(&c.label).unwrap_or(c.label);
            (Column::new(label, c.ty), a, i)
        })
        .collect();
    rebuild(table, columns)
}

/// `duplicate(column:, as:)`: a copy of `column` named `as` (added at the end, or replacing
/// a column of that name in place).
pub fn duplicate(stream: &Stream, column: &str, as_label: &str) -> Result<Stream, TableError> {
    each_merged(stream, |t| {
        let from = t
            .column_index(column)
            .ok_or_else(|| TableError::new(format!("duplicate error: column \"{column}\" doesn't exist")))?;
        let mut columns = retain(t, |_| true);
        let copy = (
            Column::new(as_label, t.columns()[from].ty),
            t.arrays()[from].clone(),
            Some(from),
        );
        match t.column_index(as_label) {
            Some(at) => {
                // Go keeps the key column `as` only when `column` is a key column too.
                let keyed = t.key().contains(column) && t.key().contains(as_label);
                columns[at] = if keyed { copy } else { (copy.0, copy.1, None) };
            }
            None => columns.push((copy.0, copy.1, None)),
        }
        rebuild(t, columns)
    })
}

/// `set(key:, value:)`: column `key` holds the string `value` in every row (replacing a
/// column of that name in place, its key value too, or added at the end).
pub fn set(stream: &Stream, key: &str, value: &str) -> Result<Stream, TableError> {
    let value = Scalar::String(value.into());
    each_merged(stream, |t| {
        let data = constant(ColumnType::String, &value, t.num_rows());
        let column = Column::new(key, ColumnType::String);
        let mut columns = t.columns().to_vec();
        let mut arrays = t.arrays().to_vec();
        match t.column_index(key) {
            Some(i) => {
                columns[i] = column.clone();
                arrays[i] = data;
            }
            None => {
                columns.push(column.clone());
                arrays.push(data);
            }
        }
        let mut new_key = key_retain(t.key(), |_| true)?;
        if t.key().contains(key) {
            let (cols, values): (Vec<Column>, Vec<Scalar>) = new_key
                .columns()
                .iter()
                .zip(new_key.values())
                .map(|(c, v)| {
                    if &*c.label == key {
                        (column.clone(), value.clone())
                    } else {
                        (c.clone(), v.clone())
                    }
                })
                .unzip();
            new_key = GroupKey::new(cols, values)?;
        }
        Table::new(new_key, columns, arrays)
    })
}
