//! `group` and `union`: regrouping rows into tables by key.

use std::hash::Hash;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, ArrayRef, UInt32Array};

use crate::model::{ColumnType, GroupKey, Stream, Table, TableError};
use crate::ops::kernels::{concat, take};
use crate::ops::keys::{FastMap, KeyedTables, sort_by_key};
use crate::ops::merge_equal_keys;

/// How `group` reads its column list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupMode {
    /// The key is the listed columns (`mode: "by"`).
    By,
    /// The key is every column but the listed ones (`mode: "except"`).
    Except,
}

/// `group(columns:, mode:)`: rows regrouped into one table per distinct value of the new key
/// columns (columns a table lacks are left out of its key). Tables are emitted in Go's key
/// order; within a table, rows keep their input order. `group()` (no columns, `By`) puts
/// everything in one table with an empty key.
pub fn group(stream: &Stream, columns: &[&str], mode: GroupMode) -> Result<Stream, TableError> {
    let mut sorted: Vec<&str> = columns.to_vec();
    sorted.sort_unstable();
    let mut pieces: Vec<(GroupKey, Table)> = Vec::new();
    for t in stream.tables() {
        match whole_table_key(t, &sorted, mode)? {
            Some(key) => pieces.push((key, t.clone())),
            None => split_rows(t, &sorted, mode, &mut pieces)?,
        }
    }
    let mut groups = KeyedTables::new();
    for (key, t) in &pieces {
        groups.add(key.clone(), t);
    }
    let out = groups
        .groups
        .into_iter()
        .map(|(key, parts)| concat(key, &parts))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Stream::new(sort_by_key(out)))
}

/// The new key of a table whose new key columns are all key columns already (then its rows
/// stay together), or `None`.
fn whole_table_key(table: &Table, sorted: &[&str], mode: GroupMode) -> Result<Option<GroupKey>, TableError> {
    let key = table.key();
    let mut positions = Vec::new();
    let mut add = |label: &str| match key.columns().iter().position(|c| &*c.label == label) {
        Some(i) => {
            positions.push(i);
            true
        }
        None => false,
    };
    match mode {
        GroupMode::By => {
            for label in sorted.iter().filter(|l| table.column_index(l).is_some()) {
                if !add(label) {
                    return Ok(None);
                }
            }
        }
        GroupMode::Except => {
            for c in table.columns().iter().filter(|c| !sorted.contains(&&*c.label)) {
                if !add(&c.label) {
                    return Ok(None);
                }
            }
        }
    }
    let columns = positions.iter().map(|&i| key.columns()[i].clone()).collect();
    let values = positions.iter().map(|&i| key.values()[i].clone()).collect();
    GroupKey::new(columns, values).map(Some)
}

/// Splits a table's rows by the values of the new key columns (in table column order).
fn split_rows(
    table: &Table,
    sorted: &[&str],
    mode: GroupMode,
    out: &mut Vec<(GroupKey, Table)>,
) -> Result<(), TableError> {
    if table.is_empty() {
        // Go groups an empty table row by row: nothing comes out.
        return Ok(());
    }
    let on: Vec<usize> = table
        .columns()
        .iter()
        .enumerate()
        .filter(|(_, c)| sorted.contains(&&*c.label) == (mode == GroupMode::By))
        .map(|(i, _)| i)
        .collect();
    let (group_of_row, groups) = row_groups(table, &on);
    let key_of = |row: usize| {
        let columns = on.iter().map(|&i| table.columns()[i].clone()).collect();
        let values = on.iter().map(|&i| table.cell(i, row)).collect();
        GroupKey::new(columns, values)
    };
    if groups <= 1 {
        let key = key_of(0)?;
        out.push((
            key.clone(),
            Table::new(key, table.columns().to_vec(), table.arrays().to_vec())?,
        ));
        return Ok(());
    }
    let mut rows: Vec<Vec<u32>> = vec![Vec::new(); groups];
    for (row, &g) in group_of_row.iter().enumerate() {
        rows[g as usize].push(row as u32);
    }
    for indices in rows {
        let key = key_of(indices[0] as usize)?;
        let part = take(table, &UInt32Array::from(indices))?;
        out.push((
            key.clone(),
            Table::new(key, part.columns().to_vec(), part.arrays().to_vec())?,
        ));
    }
    Ok(())
}

/// A group id for every row (ids numbered by first appearance) and the number of groups,
/// grouping rows with equal values in all of `columns`.
pub(crate) fn row_groups(table: &Table, columns: &[usize]) -> (Vec<u32>, usize) {
    let rows = table.num_rows();
    let mut ids = vec![0u32; rows];
    let mut count = usize::from(rows > 0);
    for &c in columns {
        let (codes, n) = factorize(table.columns()[c].ty, &table.arrays()[c]);
        if n <= 1 {
            continue;
        }
        if count <= 1 {
            (ids, count) = (codes, n);
            continue;
        }
        let mut pairs: FastMap<(u32, u32), u32> = FastMap::default();
        for (id, code) in ids.iter_mut().zip(codes) {
            let next = pairs.len() as u32;
            *id = *pairs.entry((*id, code)).or_insert(next);
        }
        count = pairs.len();
    }
    (ids, count)
}

/// A code per row, equal codes for equal values (nulls equal each other), numbered by first
/// appearance, and the number of distinct values.
fn factorize(ty: ColumnType, array: &ArrayRef) -> (Vec<u32>, usize) {
    fn codes<T: Hash + Eq>(len: usize, value: impl Fn(usize) -> Option<T>) -> (Vec<u32>, usize) {
        let mut seen: FastMap<Option<T>, u32> = FastMap::default();
        let codes = (0..len)
            .map(|i| {
                let next = seen.len() as u32;
                *seen.entry(value(i)).or_insert(next)
            })
            .collect();
        (codes, seen.len())
    }
    let valid = |i: usize| array.is_valid(i);
    let len = array.len();
    match ty {
        ColumnType::Bool => {
            let a = array.as_boolean();
            codes(len, |i| valid(i).then(|| a.value(i)))
        }
        ColumnType::Int => {
            let a = array.as_primitive::<Int64Type>();
            codes(len, |i| valid(i).then(|| a.value(i)))
        }
        ColumnType::UInt => {
            let a = array.as_primitive::<UInt64Type>();
            codes(len, |i| valid(i).then(|| a.value(i)))
        }
        ColumnType::Float => {
            let a = array.as_primitive::<Float64Type>();
            codes(len, |i| valid(i).then(|| (a.value(i) + 0.0).to_bits()))
        }
        ColumnType::String => {
            let a = array.as_string::<i32>();
            codes(len, |i| valid(i).then(|| a.value(i)))
        }
        ColumnType::Time => {
            let a = array.as_primitive::<TimestampNanosecondType>();
            codes(len, |i| valid(i).then(|| a.value(i)))
        }
    }
}

/// `union(tables:)`: all tables of all streams; tables with equal keys become one table
/// (rows in stream order, columns merged, a missing column null).
pub fn union(streams: &[Stream]) -> Result<Stream, TableError> {
    if streams.len() < 2 {
        return Err(TableError::new("union must have at least two streams as input"));
    }
    let tables: Vec<Table> = streams.iter().flat_map(|s| s.tables().iter().cloned()).collect();
    merge_equal_keys(tables)
}
