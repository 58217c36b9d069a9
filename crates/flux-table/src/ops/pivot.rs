//! `pivot`: values of one column spread into columns named by other columns' values.

use std::collections::HashMap;

use arrow_array::{Array, ArrayRef};

use crate::builder::ColumnBuilder;
use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError, scalar_at};
use crate::ops::convert::float_to_string;
use crate::ops::keys::{KeyId, KeyedTables};
use crate::time::format_rfc3339_nano as format_rfc3339;

/// `pivot(rowKey:, columnKey:, valueColumn:)`. Every output table has the input's key
/// columns (minus the column-key and value columns) and row-key columns, in input order, then
/// one column per distinct column-key value (joined by `_`, in order of first appearance) of
/// the value column's type. Rows are the distinct row-key values, in order of first
/// appearance; a cell without a value is null, a repeated one keeps the last value. Input
/// tables that end with the same key are pivoted together.
pub fn pivot(
    stream: &Stream,
    row_key: &[&str],
    column_key: &[&str],
    value_column: &str,
) -> Result<Stream, TableError> {
    if let Some(both) = row_key.iter().find(|r| column_key.contains(r)) {
        return Err(TableError::new(format!(
            "column name found in both rowKey and colKey: {both}"
        )));
    }
    let mut groups = KeyedTables::new();
    let mut shapes: HashMap<KeyId, Vec<Column>> = HashMap::new();
    for t in stream.tables() {
        for r in row_key {
            if t.column_index(r).is_none() {
                return Err(TableError::new(format!(
                    "specified row key column does not exist in table: {r}"
                )));
            }
        }
        if t.column_index(value_column).is_none() {
            return Err(TableError::new(format!(
                "specified value column does not exist in table: {value_column}"
            )));
        }
        if let Some(k) = column_key.iter().find(|k| t.column_index(k).is_none()) {
            return Err(TableError::new(format!(
                "specified column does not exist in table: {k}"
            )));
        }
        let mut key_columns = Vec::new();
        let mut key_values = Vec::new();
        let mut columns = Vec::new();
        for c in t.columns() {
            if column_key.contains(&&*c.label) || *c.label == *value_column {
                continue;
            }
            if let Some(v) = t.key().value(&c.label) {
                key_columns.push(c.clone());
                key_values.push(v.clone());
                columns.push(c.clone());
            } else if row_key.contains(&&*c.label) {
                columns.push(c.clone());
            }
        }
        let key = GroupKey::new(key_columns, key_values)?;
        shapes.entry(KeyId::of(&key)).or_insert(columns);
        groups.add(key, t);
    }
    groups
        .groups
        .into_iter()
        .map(|(key, tables)| {
            let columns = shapes.get(&KeyId::of(&key)).cloned().unwrap_or_default();
            pivot_group(key, columns, &tables, row_key, column_key, value_column)
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Stream::new)
}

/// Go's text of a cell in a row or column key (`null` for null; floats as `1.5E+00`).
fn key_text(ty: ColumnType, array: &ArrayRef, row: usize) -> String {
    match scalar_at(ty, array, row) {
        Scalar::Null => "null".into(),
        Scalar::Bool(v) => v.to_string(),
        Scalar::Int(v) => v.to_string(),
        Scalar::UInt(v) => v.to_string(),
        Scalar::Float(v) => float_e(v),
        Scalar::String(v) => v.to_string(),
        Scalar::Time(v) => format_rfc3339(v),
    }
}

/// A float as Go's `strconv.FormatFloat(v, 'E', -1, 64)`.
fn float_e(v: f64) -> String {
    if !v.is_finite() {
        return float_to_string(v);
    }
    let text = format!("{v:E}");
    let (mantissa, exponent) = text.split_once('E').unwrap_or((&text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}E{sign}{:02}", exponent.abs())
}

fn pivot_group(
    key: GroupKey,
    columns: Vec<Column>,
    tables: &[&Table],
    row_key: &[&str],
    column_key: &[&str],
    value_column: &str,
) -> Result<Table, TableError> {
    let mut row_of: HashMap<String, usize> = HashMap::new();
    let mut column_of: HashMap<String, usize> = HashMap::new();
    let mut new_columns: Vec<Column> = Vec::new();
    // (table, row) of each output row's first input row, and of each cell's value.
    let mut first_rows: Vec<(usize, usize)> = Vec::new();
    let mut cells: Vec<Vec<Option<(usize, usize)>>> = Vec::new();
    for (ti, t) in tables.iter().enumerate() {
        let rk: Vec<usize> = row_key.iter().filter_map(|l| t.column_index(l)).collect();
        let ck: Vec<usize> = column_key.iter().filter_map(|l| t.column_index(l)).collect();
        let Some(vc) = t.column_index(value_column) else {
            continue;
        };
        let value_ty = t.columns()[vc].ty;
        for row in 0..t.num_rows() {
            let text = |c: usize| key_text(t.columns()[c].ty, &t.arrays()[c], row);
            let row_text: String = rk.iter().map(|&c| text(c)).collect();
            let column_text = ck.iter().map(|&c| text(c)).collect::<Vec<_>>().join("_");
            let col = match column_of.get(&column_text) {
                Some(&i) if new_columns[i].ty != value_ty => {
                    return Err(TableError::new(
                        "value columns with the same column key have different types",
                    ));
                }
                Some(&i) => i,
                None => {
                    if columns.iter().any(|c| *c.label == *column_text) {
                        return Err(TableError::new(format!(
                            "value {column_text:?} appears in a column key column, but a column named {column_text:?} already exists; consider renaming {column_text:?} to something else before pivoting"
                        )));
                    }
                    column_of.insert(column_text.clone(), new_columns.len());
                    new_columns.push(Column::new(column_text, value_ty));
                    for r in &mut cells {
                        r.push(None);
                    }
                    new_columns.len() - 1
                }
            };
            let out_row = *row_of.entry(row_text).or_insert_with(|| {
                first_rows.push((ti, row));
                cells.push(vec![None; new_columns.len()]);
                first_rows.len() - 1
            });
            cells[out_row][col] = Some((ti, row));
        }
    }
    let mut out_columns = columns.clone();
    let mut data: Vec<ArrayRef> = Vec::new();
    for c in &columns {
        let sources = tables
            .iter()
            .map(|t| {
                t.column_index(&c.label)
                    .map(|i| t.arrays()[i].as_ref())
                    .ok_or_else(|| {
                        TableError::new(format!("specified column does not exist in table: {}", c.label))
                    })
            })
            .collect::<Result<Vec<&dyn Array>, _>>()?;
        data.push(
            arrow_select::interleave::interleave(&sources, &first_rows)
                .map_err(crate::ops::kernels::arrow_error)?,
        );
    }
    for (j, c) in new_columns.iter().enumerate() {
        let mut b = ColumnBuilder::new(c.ty, cells.len());
        for r in &cells {
            match r[j] {
                Some((ti, row)) => {
                    let t = tables[ti];
                    let vc = t.column_index(value_column).unwrap_or(0);
                    b.push(&scalar_at(c.ty, &t.arrays()[vc], row))?;
                }
                None => b.push(&Scalar::Null)?,
            }
        }
        out_columns.push(c.clone());
        data.push(b.finish());
    }
    Table::new(key, out_columns, data)
}
