//! `range`: the rows whose time lies in `[start, stop)`, with the bounds as `_start`/`_stop`.

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampNanosecondType;
use arrow_array::{Array, BooleanArray};
use arrow_buffer::BooleanBuffer;

use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::ops::kernels::{constant, filter_by_mask};
use crate::ops::keys::unique_keys;

/// The parameters of `range`: absolute bounds (nanoseconds) and the column names.
#[derive(Clone, Debug)]
pub struct RangeSpec<'a> {
    /// Inclusive lower bound.
    pub start: i64,
    /// Exclusive upper bound.
    pub stop: i64,
    /// The column filtered on (`_time`).
    pub time_column: &'a str,
    /// The column receiving the lower bound (`_start`).
    pub start_column: &'a str,
    /// The column receiving the upper bound (`_stop`).
    pub stop_column: &'a str,
}

impl RangeSpec<'static> {
    /// `range(start:, stop:)` with the default column names.
    pub fn new(start: i64, stop: i64) -> Self {
        RangeSpec {
            start,
            stop,
            time_column: "_time",
            start_column: "_start",
            stop_column: "_stop",
        }
    }
}

/// `range`: keeps the rows with `start <= time < stop` (a null time is dropped) and puts
/// the bounds in the start and stop columns, which join the group key. Where both are key
/// columns already, they get the intersection of the old and new bounds.
pub fn range(stream: &Stream, spec: &RangeSpec) -> Result<Stream, TableError> {
    if spec.start >= spec.stop {
        return Err(TableError::new("cannot query an empty range"));
    }
    let out = stream
        .tables()
        .iter()
        .map(|t| range_table(t, spec))
        .collect::<Result<Vec<_>, _>>()?;
    let out = Stream::new(out);
    unique_keys(&out, "range")?;
    Ok(out)
}

fn range_table(table: &Table, spec: &RangeSpec) -> Result<Table, TableError> {
    let time = table.column_index(spec.time_column).ok_or_else(|| {
        TableError::new(format!(
            "range error: supplied time column {} doesn't exist",
            spec.time_column
        ))
    })?;
    if table.columns()[time].ty != ColumnType::Time {
        return Err(TableError::new(format!(
            "range error: provided time column {} is not of type time",
            spec.time_column
        )));
    }
    for (label, what) in [(spec.start_column, "start"), (spec.stop_column, "stop")] {
        if let Some(i) = table.column_index(label)
            && table.columns()[i].ty != ColumnType::Time
        {
            // Go names the time column here.
            return Err(TableError::new(format!(
                "range error: provided {what} column {} is not of type time",
                spec.time_column
            )));
        }
    }
    let key = range_key(table.key(), spec)?;
    let times = table.arrays()[time].as_primitive::<TimestampNanosecondType>();
    let (start, stop) = (spec.start, spec.stop);
    let inside = BooleanBuffer::collect_bool(times.len(), |i| {
        let t = times.values()[i];
        t >= start && t < stop
    });
    let mask = BooleanArray::new(inside, times.nulls().cloned());
    let rows = filter_by_mask(table, &mask)?;

    let bound = |label: &str| key.value(label).cloned().unwrap_or(Scalar::Null);
    let mut columns = Vec::new();
    let mut data = Vec::new();
    for label in [spec.start_column, spec.stop_column] {
        if rows.column_index(label).is_none() {
            columns.push(Column::new(label, ColumnType::Time));
            data.push(constant(ColumnType::Time, &bound(label), rows.num_rows()));
        }
    }
    for (c, a) in rows.columns().iter().zip(rows.arrays()) {
        columns.push(c.clone());
        if *c.label == *spec.start_column || *c.label == *spec.stop_column {
            data.push(constant(ColumnType::Time, &bound(&c.label), rows.num_rows()));
        } else {
            data.push(a.clone());
        }
    }
    Table::new(key, columns, data)
}

fn range_key(key: &GroupKey, spec: &RangeSpec) -> Result<GroupKey, TableError> {
    let (start_at, stop_at) = (
        key_index(key, spec.start_column),
        key_index(key, spec.stop_column),
    );
    if let (Some(i), Some(j)) = (start_at, stop_at) {
        let (mut start, mut stop) = (spec.start, spec.stop);
        if let (Scalar::Time(old_start), Scalar::Time(old_stop)) = (&key.values()[i], &key.values()[j])
            && overlaps((spec.start, spec.stop), (*old_start, *old_stop))
        {
            (start, stop) = intersect((spec.start, spec.stop), (*old_start, *old_stop));
        }
        let mut values = key.values().to_vec();
        values[i] = Scalar::Time(start);
        values[j] = Scalar::Time(stop);
        return GroupKey::new(key.columns().to_vec(), values);
    }
    let mut columns = Vec::new();
    let mut values = Vec::new();
    if start_at.is_none() {
        columns.push(Column::new(spec.start_column, ColumnType::Time));
        values.push(Scalar::Time(spec.start));
    }
    if stop_at.is_none() {
        columns.push(Column::new(spec.stop_column, ColumnType::Time));
        values.push(Scalar::Time(spec.stop));
    }
    columns.extend(key.columns().iter().cloned());
    values.extend(key.values().iter().cloned());
    GroupKey::new(columns, values)
}

fn key_index(key: &GroupKey, label: &str) -> Option<usize> {
    key.columns().iter().position(|c| &*c.label == label)
}

fn contains((start, stop): (i64, i64), t: i64) -> bool {
    t >= start && t < stop
}

/// Go's `Bounds.Overlaps`.
fn overlaps(b: (i64, i64), o: (i64, i64)) -> bool {
    contains(b, o.0) || (contains(b, o.1) && o.1 > b.0) || contains(o, b.0)
}

/// Go's `Bounds.Intersect` for overlapping, non-empty bounds.
fn intersect(b: (i64, i64), o: (i64, i64)) -> (i64, i64) {
    if b.0 >= b.1 || o.0 >= o.1 || !overlaps(b, o) {
        return (b.0, b.0);
    }
    (b.0.max(o.0), b.1.min(o.1))
}
