//! Rows for the functions that call Flux closures (`map`, `filter`, `reduce`, …): reading a
//! row as (label, value) pairs, building tables from rows, replacing and adding columns.
//! Filtering by a boolean mask is [`crate::ops::filter_by_mask`].

use std::sync::Arc;

use arrow_array::ArrayRef;

use crate::builder::ColumnBuilder;
use crate::model::{Column, ColumnType, GroupKey, Scalar, Table, TableError, scalar_at};

/// The cells of row `row`, in column order (pair them with [`Table::columns`]).
pub fn row_values(table: &Table, row: usize) -> Vec<Scalar> {
    table
        .columns()
        .iter()
        .zip(table.arrays())
        .map(|(c, a)| {
            if row < a.len() {
                scalar_at(c.ty, a, row)
            } else {
                Scalar::Null
            }
        })
        .collect()
}

/// The cells of row `row` as (label, value) pairs, in column order.
pub fn row_record(table: &Table, row: usize) -> impl Iterator<Item = (&Arc<str>, Scalar)> + '_ {
    table.columns().iter().zip(table.arrays()).map(move |(c, a)| {
        (
            &c.label,
            if row < a.len() {
                scalar_at(c.ty, a, row)
            } else {
                Scalar::Null
            },
        )
    })
}

/// A table of `key` with `columns`, from rows of cells in column order (each cell null or of
/// its column's type).
pub fn from_rows(
    key: GroupKey,
    columns: Vec<Column>,
    rows: impl IntoIterator<Item = Vec<Scalar>>,
) -> Result<Table, TableError> {
    let mut builders: Vec<ColumnBuilder> = columns.iter().map(|c| ColumnBuilder::new(c.ty, 0)).collect();
    for row in rows {
        if row.len() != columns.len() {
            return Err(TableError::new(format!(
                "row has {} values but the table has {} columns",
                row.len(),
                columns.len()
            )));
        }
        for (b, v) in builders.iter_mut().zip(&row) {
            b.push(v)?;
        }
    }
    let labelled = columns.into_iter().map(|c| c.label).zip(builders).collect();
    Table::from_builders(key, labelled)
}

/// A table of `key` from records (label, value pairs). Columns appear in order of first
/// appearance; a column's type is that of its first non-null value (a column of nulls only
/// takes its type from `hint`'s column of that label, else it is a string column); a record
/// lacking a column has null there. Values of two types in one column are an error.
pub fn from_records(
    key: GroupKey,
    records: &[Vec<(Arc<str>, Scalar)>],
    hint: Option<&Table>,
) -> Result<Table, TableError> {
    let mut columns: Vec<(Arc<str>, Option<ColumnType>)> = Vec::new();
    for record in records {
        for (label, value) in record {
            let ty = value.column_type();
            match columns.iter_mut().find(|(l, _)| l == label) {
                None => columns.push((label.clone(), ty)),
                Some((_, known @ None)) => *known = ty,
                Some((_, Some(known))) => {
                    if let Some(ty) = ty
                        && ty != *known
                    {
                        return Err(TableError::new(format!(
                            "column \"{label}\": expected {} but found {}",
                            known.flux_name(),
                            ty.flux_name()
                        )));
                    }
                }
            }
        }
    }
    let columns: Vec<Column> = columns
        .into_iter()
        .map(|(label, ty)| {
            let ty = ty
                .or_else(|| hint.and_then(|t| t.column_index(&label).map(|i| t.columns()[i].ty)))
                .unwrap_or(ColumnType::String);
            Column::new(label, ty)
        })
        .collect();
    let rows = records.iter().map(|record| {
        columns
            .iter()
            .map(|c| {
                record
                    .iter()
                    .find(|(l, _)| *l == c.label)
                    .map_or(Scalar::Null, |(_, v)| v.clone())
            })
            .collect::<Vec<_>>()
    });
    from_rows(key, columns.clone(), rows)
}

/// The table with column `label` holding `data` (replaced in place, or added at the end).
/// The key is unchanged; `data` must have the table's row count.
pub fn with_column(table: &Table, label: &str, ty: ColumnType, data: ArrayRef) -> Result<Table, TableError> {
    let mut columns = table.columns().to_vec();
    let mut arrays = table.arrays().to_vec();
    let column = Column::new(label, ty);
    match table.column_index(label) {
        Some(i) => {
            if table.key().contains(label) && columns[i].ty != ty {
                return Err(TableError::new(format!(
                    "cannot change the type of group key column \"{label}\""
                )));
            }
            columns[i] = column;
            arrays[i] = data;
        }
        None => {
            columns.push(column);
            arrays.push(data);
        }
    }
    Table::new(table.key().clone(), columns, arrays)
}

/// The table with its columns sorted by label (byte order), as Go's `map` orders the
/// columns of a function it does not vectorise: the functions Go defines as such a `map`
/// give their output in this order.
pub fn with_columns_by_label(table: &Table) -> Result<Table, TableError> {
    let mut order: Vec<usize> = (0..table.columns().len()).collect();
    order.sort_by(|&a, &b| {
        let label = |i: usize| table.columns()[i].label.as_bytes();
        label(a).cmp(label(b))
    });
    Table::new(
        table.key().clone(),
        order.iter().map(|&i| table.columns()[i].clone()).collect(),
        order.iter().map(|&i| table.arrays()[i].clone()).collect(),
    )
}
