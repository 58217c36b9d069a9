//! Column and table building blocks the transformations share: constant and null columns,
//! row selection (take, filter, slice), concatenation of tables into one schema.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Float64Builder, Int64Builder, StringBuilder, TimestampNanosecondBuilder, UInt64Builder,
};
use arrow_array::{Array, ArrayRef, BooleanArray, UInt32Array, new_null_array};
use arrow_schema::ArrowError;

use crate::model::{Column, ColumnType, GroupKey, Scalar, Table, TableError};

/// An arrow failure (a bug on our side, never bad input) as a table error.
pub(crate) fn arrow_error(e: ArrowError) -> TableError {
    TableError::new(format!("internal error: {e}"))
}

/// An array of `len` copies of `value` (null or of type `ty`).
pub(crate) fn constant(ty: ColumnType, value: &Scalar, len: usize) -> ArrayRef {
    match (ty, value) {
        (ColumnType::Bool, Scalar::Bool(v)) => {
            let mut b = BooleanBuilder::with_capacity(len);
            b.append_n(len, *v);
            Arc::new(b.finish())
        }
        (ColumnType::Int, Scalar::Int(v)) => {
            let mut b = Int64Builder::with_capacity(len);
            b.append_value_n(*v, len);
            Arc::new(b.finish())
        }
        (ColumnType::UInt, Scalar::UInt(v)) => {
            let mut b = UInt64Builder::with_capacity(len);
            b.append_value_n(*v, len);
            Arc::new(b.finish())
        }
        (ColumnType::Float, Scalar::Float(v)) => {
            let mut b = Float64Builder::with_capacity(len);
            b.append_value_n(*v, len);
            Arc::new(b.finish())
        }
        (ColumnType::String, Scalar::String(v)) => {
            let mut b = StringBuilder::with_capacity(len, len * v.len());
            for _ in 0..len {
                b.append_value(v);
            }
            Arc::new(b.finish())
        }
        (ColumnType::Time, Scalar::Time(v)) => {
            let mut b = TimestampNanosecondBuilder::with_capacity(len);
            b.append_value_n(*v, len);
            Arc::new(b.finish())
        }
        _ => nulls(ty, len),
    }
}

/// An all-null array of `len` rows.
pub(crate) fn nulls(ty: ColumnType, len: usize) -> ArrayRef {
    new_null_array(&ty.arrow_type(), len)
}

/// The rows of `table` at `indices`, in that order (same key and columns).
pub(crate) fn take(table: &Table, indices: &UInt32Array) -> Result<Table, TableError> {
    let data = table
        .arrays()
        .iter()
        .map(|a| arrow_select::take::take(a.as_ref(), indices, None).map_err(arrow_error))
        .collect::<Result<Vec<_>, _>>()?;
    Table::new(table.key().clone(), table.columns().to_vec(), data)
}

/// The rows of `table` where `mask` is true (a null counts as false). When every row is
/// kept, the columns are shared, not copied.
pub fn filter_by_mask(table: &Table, mask: &BooleanArray) -> Result<Table, TableError> {
    if mask.len() != table.num_rows() {
        return Err(TableError::new(format!(
            "filter mask has {} rows but the table has {}",
            mask.len(),
            table.num_rows()
        )));
    }
    let kept = mask.true_count();
    if kept == table.num_rows() {
        return Ok(table.clone());
    }
    let predicate = arrow_select::filter::FilterBuilder::new(mask);
    let predicate = if table.columns().len() > 1 {
        predicate.optimize().build()
    } else {
        predicate.build()
    };
    let data = table
        .arrays()
        .iter()
        .map(|a| predicate.filter(a.as_ref()).map_err(arrow_error))
        .collect::<Result<Vec<_>, _>>()?;
    Table::new(table.key().clone(), table.columns().to_vec(), data)
}

/// Rows `offset..offset + len` of `table` (clamped), sharing the buffers.
pub(crate) fn slice(table: &Table, offset: usize, len: usize) -> Result<Table, TableError> {
    let offset = offset.min(table.num_rows());
    let len = len.min(table.num_rows() - offset);
    if offset == 0 && len == table.num_rows() {
        return Ok(table.clone());
    }
    let data = table.arrays().iter().map(|a| a.slice(offset, len)).collect();
    Table::new(table.key().clone(), table.columns().to_vec(), data)
}

/// The union of the tables' columns, in order of first appearance; a label with two types
/// is Flux's schema collision error.
pub(crate) fn merged_columns<'a>(
    tables: impl IntoIterator<Item = &'a Table>,
) -> Result<Vec<Column>, TableError> {
    let mut columns: Vec<Column> = Vec::new();
    for t in tables {
        for c in t.columns() {
            match columns.iter().find(|e| e.label == c.label) {
                None => columns.push(c.clone()),
                Some(e) if e.ty != c.ty => {
                    return Err(TableError::new(format!(
                        "schema collision detected: column \"{}\" is both of type {} and {}",
                        c.label,
                        c.ty.flux_name(),
                        e.ty.flux_name()
                    )));
                }
                Some(_) => {}
            }
        }
    }
    Ok(columns)
}

/// One table of `key` holding the rows of `tables` one after another, with the merged
/// columns (a table lacking a column gets nulls there). A single table whose columns are
/// already the merged ones is handed on as it is.
pub(crate) fn concat(key: GroupKey, tables: &[&Table]) -> Result<Table, TableError> {
    let columns = merged_columns(tables.iter().copied())?;
    if let [one] = tables
        && one.columns() == columns.as_slice()
    {
        return Table::new(key, columns, one.arrays().to_vec());
    }
    let mut data = Vec::with_capacity(columns.len());
    for c in &columns {
        let parts: Vec<ArrayRef> = tables
            .iter()
            .map(|t| match t.column_index(&c.label) {
                Some(i) => t.arrays()[i].clone(),
                None => nulls(c.ty, t.num_rows()),
            })
            .collect();
        let refs: Vec<&dyn Array> = parts.iter().map(|a| a.as_ref()).collect();
        data.push(if refs.len() == 1 {
            parts[0].clone()
        } else if refs.is_empty() {
            nulls(c.ty, 0)
        } else {
            arrow_select::concat::concat(&refs).map_err(arrow_error)?
        });
    }
    Table::new(key, columns, data)
}
