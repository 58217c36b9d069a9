//! `aggregateWindow` fused: the windows of each table aggregated in one pass over its time
//! column, without a table per window. The result is the one of Flux's composition
//! (`window |> fn |> _fillEmpty |> duplicate |> window(every: inf) |> _aggregateWindowColumns`)
//! for the universe's `count`, `sum`, `mean`, `min`, `max`, `first` and `last` on fixed windows
//! in UTC; for anything else [`aggregate_window_fused`] answers `None` and the caller runs the
//! composition (which also gives its errors).

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{
    Array, ArrayRef, Float64Array, Int64Array, TimestampNanosecondArray, UInt32Array, UInt64Array,
};

use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::ops::kernels::constant;
use crate::ops::keys::{key_eq, sort_by_key};
use crate::ops::window::{MAX_WINDOWS, WindowSpec, Windows};

/// The aggregates and selectors `aggregateWindow` fuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowAggregate {
    /// `count`: rows per window (nulls included), 0 for an empty window.
    Count,
    /// `sum` of the non-null values.
    Sum,
    /// `mean` of the non-null values, as a float.
    Mean,
    /// `min`: the first row with the smallest value.
    Min,
    /// `max`: the first row with the largest value.
    Max,
    /// `first`: the first row with a value.
    First,
    /// `last`: the last row with a value.
    Last,
}

impl WindowAggregate {
    /// The aggregate of the universe function named `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "count" => WindowAggregate::Count,
            "sum" => WindowAggregate::Sum,
            "mean" => WindowAggregate::Mean,
            "min" => WindowAggregate::Min,
            "max" => WindowAggregate::Max,
            "first" => WindowAggregate::First,
            "last" => WindowAggregate::Last,
            _ => return None,
        })
    }

    fn is_selector(self) -> bool {
        matches!(
            self,
            WindowAggregate::Min | WindowAggregate::Max | WindowAggregate::First | WindowAggregate::Last
        )
    }

    /// Whether the fused path handles a column of type `ty` (the others go to the
    /// composition, which gives Go's errors).
    fn accepts(self, ty: ColumnType) -> bool {
        match self {
            WindowAggregate::Count => ty != ColumnType::Time,
            WindowAggregate::Sum | WindowAggregate::Mean | WindowAggregate::Min | WindowAggregate::Max => {
                matches!(ty, ColumnType::Int | ColumnType::UInt | ColumnType::Float)
            }
            WindowAggregate::First | WindowAggregate::Last => true,
        }
    }
}

/// `aggregateWindow(every:, period:, offset:, createEmpty:, column:, timeSrc:, timeDst:)` with
/// `aggregate` as `fn`, on the windows of `spec`; `None` when the case is not one the fused
/// path covers.
pub fn aggregate_window_fused(
    stream: &Stream,
    spec: &WindowSpec,
    column: &str,
    aggregate: WindowAggregate,
    time_src: &str,
    time_dst: &str,
) -> Result<Option<Stream>, TableError> {
    let Some(plan) = Plan::new(spec, column, aggregate, time_src, time_dst) else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(stream.tables().len());
    for table in stream.tables() {
        match plan.table(table)? {
            Fused::Table(t) => out.push(t),
            Fused::NoWindows => {}
            Fused::NotCovered => return Ok(None),
        }
    }
    let out = sort_by_key(out);
    // Two tables with one key would be merged by the composition: left to it.
    if out.windows(2).any(|p| key_eq(p[0].key(), p[1].key())) {
        return Ok(None);
    }
    Ok(Some(Stream::new(out)))
}

/// The checked parameters of one fused `aggregateWindow`.
struct Plan<'a> {
    windows: Windows,
    bounds: (i64, i64),
    create_empty: bool,
    column: &'a str,
    aggregate: WindowAggregate,
    stamp_start: bool,
    time: &'a str,
    start: &'a str,
    stop: &'a str,
}

enum Fused {
    Table(Table),
    NoWindows,
    NotCovered,
}

impl<'a> Plan<'a> {
    fn new(
        spec: &WindowSpec<'a>,
        column: &'a str,
        aggregate: WindowAggregate,
        time_src: &str,
        time_dst: &str,
    ) -> Option<Self> {
        let every = spec.every.filter(|&e| e > 0 && e < i64::MAX)?;
        let period = if spec.period == 0 { every } else { spec.period };
        let bounds = spec.bounds.filter(|b| b.0 < b.1)?;
        let labels_fit = spec.time_column == time_dst
            && time_dst == "_time"
            && (time_src == spec.start_column || time_src == spec.stop_column)
            && spec.start_column != spec.stop_column
            && ![time_dst, spec.start_column, spec.stop_column].contains(&column);
        if spec.calendar.is_some() || period < 0 || period / every > MAX_WINDOWS || !labels_fit {
            return None;
        }
        Some(Plan {
            windows: Windows {
                every,
                period,
                offset: spec.offset.rem_euclid(every),
            },
            bounds,
            create_empty: spec.create_empty,
            column,
            aggregate,
            stamp_start: time_src == spec.start_column,
            time: spec.time_column,
            start: spec.start_column,
            stop: spec.stop_column,
        })
    }

    /// The window `k` clipped to the bounds.
    fn clipped(&self, k: i64) -> (i64, i64) {
        let (s, e) = self.windows.bounds(k);
        (s.max(self.bounds.0), e.min(self.bounds.1))
    }

    fn table(&self, table: &Table) -> Result<Fused, TableError> {
        let (Some(ti), Some(vi)) = (table.column_index(self.time), table.column_index(self.column)) else {
            return Ok(Fused::NotCovered);
        };
        let key = table.key();
        let bound_not_time = [self.start, self.stop].iter().any(|l| {
            table
                .column_index(l)
                .is_some_and(|i| table.columns()[i].ty != ColumnType::Time)
        });
        if table.columns()[ti].ty != ColumnType::Time
            || key.contains(self.time)
            || key.contains(self.column)
            || bound_not_time
            || !self.aggregate.accepts(table.columns()[vi].ty)
        {
            return Ok(Fused::NotCovered);
        }
        let (b0, b1) = self.bounds;
        let first_k = *self.windows.containing(b0).start();
        let last_k = *self.windows.containing(b1 - 1).end();
        let count = last_k.saturating_sub(first_k).saturating_add(1);
        let rows = table.num_rows() as i64;
        // Two windows covering all the bounds clip to the same window (merged by `window`).
        let covering = self
            .windows
            .containing(b0)
            .filter(|&k| {
                let (s, e) = self.windows.bounds(k);
                s <= b0 && e >= b1
            })
            .count();
        let sparse = !self.create_empty && count > rows.saturating_mul(4).saturating_add(1024);
        if count > MAX_WINDOWS || sparse || covering > 1 {
            return Ok(Fused::NotCovered);
        }
        let Some(members) = self.members(table, ti, first_k, count as usize) else {
            return Ok(Fused::NotCovered);
        };
        let emitted: Vec<usize> = (0..count as usize)
            .filter(|&w| self.create_empty || !members.of(w).is_empty())
            .collect();
        if emitted.is_empty() {
            return Ok(Fused::NoWindows);
        }
        let stamp = |w: usize| {
            let (s, e) = self.clipped(first_k + w as i64);
            if self.stamp_start { s } else { e }
        };
        let values = &table.arrays()[vi];
        let ty = table.columns()[vi].ty;
        // The window columns: the table's, then start and stop when missing.
        let mut columns: Vec<Column> = table.columns().to_vec();
        for label in [self.start, self.stop] {
            match table.column_index(label) {
                Some(_) => {}
                None => columns.push(Column::new(label, ColumnType::Time)),
            }
        }
        let range_bound = |label: &str| {
            if label == self.start {
                Some(Scalar::Time(b0))
            } else if label == self.stop {
                Some(Scalar::Time(b1))
            } else {
                None
            }
        };
        let mut key_columns = Vec::new();
        let mut key_values = Vec::new();
        for c in &columns {
            if let Some(v) = range_bound(&c.label).or_else(|| key.value(&c.label).cloned()) {
                key_columns.push(c.clone());
                key_values.push(v);
            }
        }
        let out_key = GroupKey::new(key_columns.clone(), key_values.clone())?;
        if self.aggregate.is_selector() {
            let picks: Vec<Option<u32>> = emitted
                .iter()
                .map(|&w| select(self.aggregate, values.as_ref(), ty, members.of(w)))
                .collect();
            let kept: Vec<(usize, Option<u32>)> = emitted
                .iter()
                .zip(&picks)
                .filter(|(_, p)| self.create_empty || p.is_some())
                .map(|(&w, &p)| (w, p))
                .collect();
            let n = kept.len();
            let times: ArrayRef = Arc::new(TimestampNanosecondArray::from_iter_values(
                kept.iter().map(|&(w, _)| stamp(w)),
            ));
            let indices = UInt32Array::from(kept.iter().map(|&(_, p)| p).collect::<Vec<_>>());
            let mut data = Vec::with_capacity(columns.len());
            for c in &columns {
                let array = if c.label.as_ref() == self.time {
                    times.clone()
                } else if let Some(v) = range_bound(&c.label).or_else(|| key.value(&c.label).cloned()) {
                    constant(c.ty, &v, n)
                } else {
                    let i = table
                        .column_index(&c.label)
                        .ok_or_else(|| TableError::new(format!("column \"{}\" does not exist", c.label)))?;
                    arrow_select::take::take(table.arrays()[i].as_ref(), &indices, None)
                        .map_err(|e| TableError::new(e.to_string()))?
                };
                data.push(array);
            }
            let columns = columns
                .into_iter()
                .map(|c| {
                    if range_bound(&c.label).is_some() || c.label.as_ref() == self.time {
                        Column::new(c.label, ColumnType::Time)
                    } else {
                        c
                    }
                })
                .collect();
            return Ok(Fused::Table(Table::new(out_key, columns, data)?));
        }
        let n = emitted.len();
        let (out_ty, value) = aggregate_values(self.aggregate, values.as_ref(), ty, &emitted, &members);
        let mut out_columns = vec![Column::new(self.time, ColumnType::Time)];
        let mut data: Vec<ArrayRef> = vec![Arc::new(TimestampNanosecondArray::from_iter_values(
            emitted.iter().map(|&w| stamp(w)),
        ))];
        for (c, v) in key_columns.iter().zip(&key_values) {
            out_columns.push(c.clone());
            data.push(constant(c.ty, v, n));
        }
        out_columns.push(Column::new(self.column, out_ty));
        data.push(value);
        Ok(Fused::Table(Table::new(out_key, out_columns, data)?))
    }

    /// The rows of each window (in row order), or `None` when a row lies outside the bounds.
    fn members(&self, table: &Table, ti: usize, first_k: i64, count: usize) -> Option<Members> {
        let times = table.arrays()[ti].as_primitive::<TimestampNanosecondType>();
        let (b0, b1) = self.bounds;
        if times.iter().flatten().any(|t| t < b0 || t >= b1) {
            return None;
        }
        let mut starts = vec![0u32; count + 1];
        self.each_window_of_rows(times, first_k, |w, _| starts[w + 1] += 1);
        for w in 0..count {
            starts[w + 1] += starts[w];
        }
        let mut next = starts.clone();
        let mut rows = vec![0u32; starts[count] as usize];
        self.each_window_of_rows(times, first_k, |w, row| {
            rows[next[w] as usize] = row;
            next[w] += 1;
        });
        Some(Members { starts, rows })
    }

    /// Calls `f(window, row)` for every window holding each row's time (null times are
    /// skipped). When windows neither overlap nor leave gaps, the window of the previous
    /// row is tried first: sorted rows then cost a comparison, not a division.
    fn each_window_of_rows(
        &self,
        times: &arrow_array::PrimitiveArray<TimestampNanosecondType>,
        first_k: i64,
        mut f: impl FnMut(usize, u32),
    ) {
        let tiled = self.windows.period == self.windows.every;
        // The window of the previous row: its index and raw bounds.
        let mut current: Option<(usize, i64, i64)> = None;
        for row in 0..times.len() {
            if !times.is_valid(row) {
                continue;
            }
            let t = times.value(row);
            if let Some((w, s, e)) = current
                && t >= s
                && t < e
            {
                f(w, row as u32);
                continue;
            }
            for k in self.windows.containing(t) {
                let w = (k - first_k) as usize;
                let (s, e) = self.windows.bounds(k);
                // (Bounds saturated at the ends of time are not remembered.)
                if tiled && e.checked_sub(s) == Some(self.windows.every) {
                    current = Some((w, s, e));
                }
                f(w, row as u32);
            }
        }
    }
}

/// The rows of each window, one after another (`starts[w]..starts[w + 1]` in `rows`).
struct Members {
    starts: Vec<u32>,
    rows: Vec<u32>,
}

impl Members {
    fn of(&self, w: usize) -> &[u32] {
        &self.rows[self.starts[w] as usize..self.starts[w + 1] as usize]
    }
}

/// The row a selector picks among `rows` (the rule of `ops::select`).
fn select(aggregate: WindowAggregate, values: &dyn Array, ty: ColumnType, rows: &[u32]) -> Option<u32> {
    let mut valid = rows.iter().copied().filter(|&r| values.is_valid(r as usize));
    match aggregate {
        WindowAggregate::First => valid.next(),
        WindowAggregate::Last => valid.last(),
        WindowAggregate::Min | WindowAggregate::Max => {
            let min = aggregate == WindowAggregate::Min;
            match ty {
                ColumnType::Int => extreme(valid, |r| values.as_primitive::<Int64Type>().value(r), min),
                ColumnType::UInt => extreme(valid, |r| values.as_primitive::<UInt64Type>().value(r), min),
                _ => extreme(valid, |r| values.as_primitive::<Float64Type>().value(r), min),
            }
        }
        _ => None,
    }
}

/// The first row whose value beats every earlier one (a NaN first value is never beaten).
fn extreme<T: PartialOrd + Copy>(
    rows: impl Iterator<Item = u32>,
    value: impl Fn(usize) -> T,
    min: bool,
) -> Option<u32> {
    let mut best: Option<(u32, T)> = None;
    for r in rows {
        let v = value(r as usize);
        let better = match best {
            None => true,
            Some((_, b)) if min => v < b,
            Some((_, b)) => v > b,
        };
        if better {
            best = Some((r, v));
        }
    }
    best.map(|(r, _)| r)
}

/// The aggregate of each emitted window (the rules of `ops::aggregate`), with its type.
fn aggregate_values(
    aggregate: WindowAggregate,
    values: &dyn Array,
    ty: ColumnType,
    emitted: &[usize],
    members: &Members,
) -> (ColumnType, ArrayRef) {
    let windows = || emitted.iter().map(|&w| members.of(w));
    let valid = |rows: &[u32]| rows.iter().filter(|&&r| values.is_valid(r as usize)).count();
    match (aggregate, ty) {
        (WindowAggregate::Count, _) => (
            ColumnType::Int,
            Arc::new(Int64Array::from_iter_values(
                windows().map(|rows| rows.len() as i64),
            )),
        ),
        (WindowAggregate::Sum, ColumnType::Int) => {
            let a = values.as_primitive::<Int64Type>();
            let sums = windows().map(|rows| {
                (valid(rows) > 0).then(|| {
                    rows.iter()
                        .filter(|&&r| a.is_valid(r as usize))
                        .fold(0i64, |s, &r| s.wrapping_add(a.value(r as usize)))
                })
            });
            (ColumnType::Int, Arc::new(sums.collect::<Int64Array>()))
        }
        (WindowAggregate::Sum, ColumnType::UInt) => {
            let a = values.as_primitive::<UInt64Type>();
            let sums = windows().map(|rows| {
                (valid(rows) > 0).then(|| {
                    rows.iter()
                        .filter(|&&r| a.is_valid(r as usize))
                        .fold(0u64, |s, &r| s.wrapping_add(a.value(r as usize)))
                })
            });
            (ColumnType::UInt, Arc::new(sums.collect::<UInt64Array>()))
        }
        (WindowAggregate::Sum, _) => {
            let a = values.as_primitive::<Float64Type>();
            let sums = windows().map(|rows| (valid(rows) > 0).then(|| float_sum(a, rows)));
            (ColumnType::Float, Arc::new(sums.collect::<Float64Array>()))
        }
        (_, _) => {
            let means = windows().map(|rows| {
                let n = valid(rows);
                (n > 0).then(|| mean_total(values, ty, rows, n == rows.len()) / n as f64)
            });
            (ColumnType::Float, Arc::new(means.collect::<Float64Array>()))
        }
    }
}

/// Sum of the non-null floats of `rows`, in row order.
fn float_sum(a: &arrow_array::PrimitiveArray<Float64Type>, rows: &[u32]) -> f64 {
    rows.iter()
        .filter(|&&r| a.is_valid(r as usize))
        .fold(0.0, |s, &r| s + a.value(r as usize))
}

/// The total `mean` divides: integers without nulls are summed as integers (wrapping), as
/// Go does, the others as floats.
fn mean_total(values: &dyn Array, ty: ColumnType, rows: &[u32], no_nulls: bool) -> f64 {
    match ty {
        ColumnType::Int => {
            let a = values.as_primitive::<Int64Type>();
            if no_nulls {
                rows.iter()
                    .fold(0i64, |s, &r| s.wrapping_add(a.value(r as usize))) as f64
            } else {
                rows.iter()
                    .filter(|&&r| a.is_valid(r as usize))
                    .fold(0.0, |s, &r| s + a.value(r as usize) as f64)
            }
        }
        ColumnType::UInt => {
            let a = values.as_primitive::<UInt64Type>();
            if no_nulls {
                rows.iter()
                    .fold(0u64, |s, &r| s.wrapping_add(a.value(r as usize))) as f64
            } else {
                rows.iter()
                    .filter(|&&r| a.is_valid(r as usize))
                    .fold(0.0, |s, &r| s + a.value(r as usize) as f64)
            }
        }
        _ => float_sum(values.as_primitive::<Float64Type>(), rows),
    }
}
