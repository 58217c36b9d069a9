//! `sort`, `limit` and `tail`.

use std::cmp::Ordering;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, UInt32Array};
use arrow_ord::ord::make_comparator;
use arrow_schema::SortOptions;

use crate::model::{ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::kernels::{arrow_error, slice, take};

/// `sort(columns:, desc:)`: rows ordered by the listed columns (those a table has and that
/// are not key columns), stably; nulls first, ascending or descending.
pub fn sort(stream: &Stream, columns: &[&str], desc: bool) -> Result<Stream, TableError> {
    each(stream, |t| sort_table(t, columns, desc))
}

/// One table sorted as [`sort`] does.
pub fn sort_table(table: &Table, columns: &[&str], desc: bool) -> Result<Table, TableError> {
    let by: Vec<usize> = columns
        .iter()
        .filter(|l| !table.key().contains(l))
        .filter_map(|l| table.column_index(l))
        .collect();
    if by.is_empty() || table.num_rows() < 2 {
        return Ok(table.clone());
    }
    let order = match by.as_slice() {
        [only] if table.arrays()[*only].null_count() == 0 => sorted_plain(table, *only, desc),
        _ => None,
    };
    let order = match order {
        Some(order) => order,
        None => sorted_general(table, &by, desc)?,
    };
    if order.windows(2).all(|w| w[0] < w[1]) {
        return Ok(table.clone());
    }
    take(table, &UInt32Array::from(order))
}

/// Row order for one numeric or time column without nulls: (value, row) pairs sorted, which
/// keeps equal values in row order.
fn sorted_plain(table: &Table, column: usize, desc: bool) -> Option<Vec<u32>> {
    fn by_key<K: Copy>(values: &[K], desc: bool, cmp: impl Fn(&K, &K) -> Ordering) -> Vec<u32> {
        let mut pairs: Vec<(K, u32)> = values.iter().enumerate().map(|(i, v)| (*v, i as u32)).collect();
        pairs.sort_unstable_by(|a, b| {
            let by_value = if desc { cmp(&b.0, &a.0) } else { cmp(&a.0, &b.0) };
            by_value.then(a.1.cmp(&b.1))
        });
        pairs.into_iter().map(|(_, i)| i).collect()
    }
    let array = &table.arrays()[column];
    Some(match table.columns()[column].ty {
        ColumnType::Int => by_key(array.as_primitive::<Int64Type>().values(), desc, Ord::cmp),
        ColumnType::Time => by_key(
            array.as_primitive::<TimestampNanosecondType>().values(),
            desc,
            Ord::cmp,
        ),
        ColumnType::UInt => by_key(array.as_primitive::<UInt64Type>().values(), desc, Ord::cmp),
        ColumnType::Float => by_key(
            array.as_primitive::<Float64Type>().values(),
            desc,
            |a: &f64, b: &f64| (a + 0.0).total_cmp(&(b + 0.0)),
        ),
        ColumnType::Bool | ColumnType::String => return None,
    })
}

/// Row order for any columns, compared one after another.
fn sorted_general(table: &Table, by: &[usize], desc: bool) -> Result<Vec<u32>, TableError> {
    let options = SortOptions {
        descending: desc,
        nulls_first: true,
    };
    let comparators = by
        .iter()
        .map(|&c| {
            let a = table.arrays()[c].as_ref();
            make_comparator(a, a, options).map_err(arrow_error)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut order: Vec<u32> = (0..table.num_rows() as u32).collect();
    order.sort_by(|&a, &b| {
        comparators
            .iter()
            .map(|cmp| cmp(a as usize, b as usize))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    });
    Ok(order)
}

/// `limit(n:, offset:)`: at most `n` rows of each table, after skipping `offset` rows.
pub fn limit(stream: &Stream, n: i64, offset: i64) -> Result<Stream, TableError> {
    let (n, offset) = (non_negative(n), non_negative(offset));
    each(stream, |t| slice(t, offset, n))
}

/// `tail(n:, offset:)`: the last `n` rows of each table, leaving out its last `offset` rows.
pub fn tail(stream: &Stream, n: i64, offset: i64) -> Result<Stream, TableError> {
    let (n, offset) = (non_negative(n), non_negative(offset));
    each(stream, |t| {
        let end = t.num_rows().saturating_sub(offset);
        slice(t, end.saturating_sub(n), n.min(end))
    })
}

fn non_negative(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// `top(n:, columns:)`: the `n` rows with the largest values (`sort` descending, `limit`).
pub fn top(stream: &Stream, n: i64, columns: &[&str]) -> Result<Stream, TableError> {
    limit(&sort(stream, columns, true)?, n, 0)
}

/// `bottom(n:, columns:)`: the `n` rows with the smallest values (`sort`, `limit`).
pub fn bottom(stream: &Stream, n: i64, columns: &[&str]) -> Result<Stream, TableError> {
    limit(&sort(stream, columns, false)?, n, 0)
}
