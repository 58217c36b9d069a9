//! Selectors that keep whole rows: `first`, `last`, `min`, `max`.

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, ArrowPrimitiveType};

use crate::model::{ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::kernels::slice;

/// The column a selector reads, or Go's error.
fn selector_column(table: &Table, column: &str) -> Result<usize, TableError> {
    table
        .column_index(column)
        .ok_or_else(|| TableError::new(format!("no column \"{column}\" exists")))
}

/// The table holding only row `row` (none when `None`).
fn only_row(table: &Table, row: Option<usize>) -> Result<Table, TableError> {
    match row {
        Some(r) => slice(table, r, 1),
        None => slice(table, 0, 0),
    }
}

/// `first(column:)`: the first row whose `column` is not null (no row when there is none).
pub fn first(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = selector_column(t, column)?;
        let a = &t.arrays()[c];
        only_row(t, (0..a.len()).find(|&i| a.is_valid(i)))
    })
}

/// `last(column:)`: the last row whose `column` is not null (no row when there is none).
pub fn last(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = selector_column(t, column)?;
        let a = &t.arrays()[c];
        only_row(t, (0..a.len()).rev().find(|&i| a.is_valid(i)))
    })
}

/// `min(column:)`: the first row with the smallest non-null value of `column` (int, uint,
/// float or time).
pub fn min(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    extreme(stream, column, "MinSelector", |candidate, best| candidate < best)
}

/// `max(column:)`: the first row with the largest non-null value of `column` (int, uint,
/// float or time).
pub fn max(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    extreme(stream, column, "MaxSelector", |candidate, best| candidate > best)
}

fn extreme(
    stream: &Stream,
    column: &str,
    selector: &str,
    better: fn(f64, f64) -> bool,
) -> Result<Stream, TableError> {
    fn pick<T: ArrowPrimitiveType>(
        array: &dyn Array,
        better: impl Fn(&T::Native, &T::Native) -> bool,
    ) -> Option<usize> {
        let a = array.as_primitive::<T>();
        let mut best: Option<(usize, T::Native)> = None;
        for i in (0..a.len()).filter(|&i| a.is_valid(i)) {
            let v = a.value(i);
            if best.as_ref().is_none_or(|(_, b)| better(&v, b)) {
                best = Some((i, v));
            }
        }
        best.map(|(i, _)| i)
    }
    let less = better(0.0, 1.0);
    let ord = move |o: std::cmp::Ordering| if less { o.is_lt() } else { o.is_gt() };
    each(stream, |t| {
        let c = selector_column(t, column)?;
        let a = t.arrays()[c].as_ref();
        let row = match t.columns()[c].ty {
            ColumnType::Int => pick::<Int64Type>(a, |v, b| ord(v.cmp(b))),
            ColumnType::UInt => pick::<UInt64Type>(a, |v, b| ord(v.cmp(b))),
            ColumnType::Time => pick::<TimestampNanosecondType>(a, |v, b| ord(v.cmp(b))),
            ColumnType::Float => pick::<Float64Type>(a, |v, b| better(*v, *b)),
            ty @ (ColumnType::Bool | ColumnType::String) => {
                return Err(TableError::new(format!(
                    "invalid use of function: *universe.{selector} has no implementation for type {}",
                    ty.flux_name()
                )));
            }
        };
        only_row(t, row)
    })
}
