//! `fill`: replacing nulls in a column.

use arrow_array::Array;

use crate::builder::ColumnBuilder;
use crate::model::{Column, GroupKey, Scalar, Stream, Table, TableError, scalar_at};
use crate::ops::each;
use crate::ops::kernels::constant;

/// `fill(column:, value:)`: nulls of `column` become `value` (a missing column is added,
/// filled with it; a key column whose key value is null gets it in the key too, any other
/// key column is left alone). `value` must have the column's type.
pub fn fill_value(stream: &Stream, column: &str, value: &Scalar) -> Result<Stream, TableError> {
    let Some(ty) = value.column_type() else {
        return Err(TableError::new(
            "value type for fill must be a valid primitive type (bool, int, uint, float, string, time)",
        ));
    };
    each(stream, |t| {
        let mut key = t.key().clone();
        if let Some(v) = t.key().value(column) {
            if *v != Scalar::Null {
                return Ok(t.clone());
            }
            let values = key
                .columns()
                .iter()
                .zip(key.values())
                .map(|(c, v)| {
                    if &*c.label == column {
                        value.clone()
                    } else {
                        v.clone()
                    }
                })
                .collect();
            key = GroupKey::new(key.columns().to_vec(), values)?;
        }
        let Some(c) = t.column_index(column) else {
            let mut columns = t.columns().to_vec();
            let mut data = t.arrays().to_vec();
            columns.push(Column::new(column, ty));
            data.push(constant(ty, value, t.num_rows()));
            return Table::new(key, columns, data);
        };
        let have = t.columns()[c].ty;
        if have != ty {
            return Err(TableError::new(format!(
                "fill column type mismatch: {}/{}",
                have.flux_name(),
                ty.flux_name()
            )));
        }
        replace_nulls(t, key, c, |_| value.clone())
    })
}

/// `fill(column:, usePrevious: true)`: nulls of `column` take the last non-null value above
/// them (leading nulls stay). Tables without the column, or where it is a key column, pass.
pub fn fill_previous(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| match t.column_index(column) {
        Some(c) if !t.key().contains(column) => {
            let mut previous = Scalar::Null;
            let array = t.arrays()[c].clone();
            let ty = t.columns()[c].ty;
            let fill = |row: usize| {
                if array.is_valid(row) {
                    previous = scalar_at(ty, &array, row);
                }
                previous.clone()
            };
            replace_nulls(t, t.key().clone(), c, fill)
        }
        _ => Ok(t.clone()),
    })
}

/// The table with column `c` rebuilt: each row's value from `value_at` (called for every
/// row, in order; it decides the value of null rows). Without nulls the column is shared.
fn replace_nulls(
    table: &Table,
    key: GroupKey,
    c: usize,
    mut value_at: impl FnMut(usize) -> Scalar,
) -> Result<Table, TableError> {
    let array = &table.arrays()[c];
    let mut data = table.arrays().to_vec();
    if array.null_count() > 0 {
        let ty = table.columns()[c].ty;
        let mut b = ColumnBuilder::new(ty, array.len());
        for row in 0..array.len() {
            let v = value_at(row);
            if array.is_valid(row) {
                b.push(&scalar_at(ty, array, row))?;
            } else {
                b.push(&v)?;
            }
        }
        data[c] = b.finish();
    }
    Table::new(key, table.columns().to_vec(), data)
}
