//! `window`: rows split into time windows, each a table keyed by its `_start`/`_stop`.
//! Fixed windows (nanoseconds, UTC) are computed here; calendar windows (months, years)
//! and windows on a time zone's wall clock come from a [`WindowCalendar`] the caller
//! provides (the standard library, which has the calendar and the zone database).

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampNanosecondType;
use arrow_array::{Array, UInt32Array};

use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::ops::kernels::{constant, slice, take};
use crate::ops::keys::sort_by_key;
use crate::ops::merge_equal_keys;

/// The most windows one row may fall in, or `createEmpty` may make per table: beyond it
/// `window` fails instead of running out of memory (Go has no such limit).
pub(crate) const MAX_WINDOWS: i64 = 1 << 22;

/// The parameters of `window`.
#[derive(Clone, Debug)]
pub struct WindowSpec<'a> {
    /// Distance between window starts, in nanoseconds; `None` is `inf` (one window: the
    /// bounds).
    pub every: Option<i64>,
    /// Window length (defaults to `every` when 0).
    pub period: i64,
    /// Shift of the window starts from the epoch.
    pub offset: i64,
    /// The query bounds (from `range`): windows are clipped to them, and `create_empty`
    /// makes every window inside them.
    pub bounds: Option<(i64, i64)>,
    /// Make tables for windows without rows too.
    pub create_empty: bool,
    /// The column windowed on (`_time`).
    pub time_column: &'a str,
    /// The column receiving each window's start (`_start`).
    pub start_column: &'a str,
    /// The column receiving each window's stop (`_stop`).
    pub stop_column: &'a str,
    /// Calendar or time-zone windows: when set (and `every` is not `None`), it gives the
    /// windows and `every`, `period` and `offset` are not used.
    pub calendar: Option<&'a dyn WindowCalendar>,
}

/// Windows that are not fixed UTC nanoseconds (Go's `interval.Window` with months or a
/// location): window `k` starts at `zero + k * every` on a wall clock and lasts `period`.
pub trait WindowCalendar: std::fmt::Debug {
    /// The index of the latest window that starts at or before instant `t`.
    fn latest_index(&self, t: i64) -> i64;
    /// The bounds `[start, stop)` of window `index`, as instants (`start <= stop`).
    fn bounds(&self, index: i64) -> (i64, i64);
}

impl WindowSpec<'static> {
    /// `window(every:)` with the defaults of everything else, inside `bounds`.
    pub fn every(every: i64, bounds: Option<(i64, i64)>) -> Self {
        WindowSpec {
            every: Some(every),
            period: 0,
            offset: 0,
            bounds,
            create_empty: false,
            time_column: "_time",
            start_column: "_start",
            stop_column: "_stop",
            calendar: None,
        }
    }
}

/// Go's `interval.Bounds.Intersect`: the overlap, or `b` itself when either is empty or
/// they do not overlap (so a row outside the query bounds, or a window a DST change made
/// empty, goes to a window of the whole query bounds, as in Go).
fn intersect(b: (i64, i64), o: (i64, i64)) -> (i64, i64) {
    let contains = |(s, e): (i64, i64), t: i64| t >= s && t < e;
    let overlaps = contains(b, o.0) || (contains(b, o.1) && o.1 > b.0) || contains(o, b.0);
    if b.0 >= b.1 || o.0 >= o.1 || !overlaps {
        return b;
    }
    (b.0.max(o.0), b.1.min(o.1))
}

pub(crate) struct Windows {
    pub(crate) every: i64,
    pub(crate) period: i64,
    pub(crate) offset: i64,
}

/// Go's `GetOverlappingBounds`: the windows of `calendar` overlapping `[start, stop)`,
/// latest first (at most `MAX_WINDOWS`).
fn calendar_overlapping(
    calendar: &dyn WindowCalendar,
    start: i64,
    stop: i64,
) -> Result<Vec<(i64, i64)>, TableError> {
    let mut out = Vec::new();
    if start >= stop {
        return Ok(out);
    }
    let latest = calendar.latest_index(stop);
    for step in 0..=MAX_WINDOWS {
        let b = calendar.bounds(latest.saturating_sub(step));
        if b.1 <= start {
            return Ok(out);
        }
        let contains = |(s, e): (i64, i64), t: i64| t >= s && t < e;
        if contains(b, start) || (contains(b, stop) && stop > b.0) || contains((start, stop), b.0) {
            out.push(b);
        }
    }
    Err(TableError::new(format!(
        "window: more than {MAX_WINDOWS} windows; narrow the range or widen every"
    )))
}

/// The windows of a calendar holding the rows' times, remembered from one row to the next:
/// the same windows hold every time from the last row's up to `valid_until`.
struct CalendarRows<'c> {
    calendar: &'c dyn WindowCalendar,
    from: i64,
    valid_until: i64,
    windows: Vec<(i64, i64)>,
}

impl<'c> CalendarRows<'c> {
    fn new(calendar: &'c dyn WindowCalendar) -> Self {
        CalendarRows {
            calendar,
            from: 0,
            valid_until: i64::MIN,
            windows: Vec::new(),
        }
    }

    fn containing(&mut self, t: i64) -> Result<&[(i64, i64)], TableError> {
        if t >= self.from && t < self.valid_until {
            return Ok(&self.windows);
        }
        let mut windows = calendar_overlapping(self.calendar, t, t.saturating_add(1))?;
        windows.reverse();
        let next_start = self
            .calendar
            .bounds(self.calendar.latest_index(t).saturating_add(1))
            .0;
        self.from = t;
        self.valid_until = if windows.is_empty() {
            i64::MIN
        } else {
            windows
                .iter()
                .map(|w| w.1)
                .chain(std::iter::once(next_start))
                .min()
                .unwrap_or(i64::MIN)
        };
        self.windows = windows;
        Ok(&self.windows)
    }
}

impl Windows {
    /// Window `k`: from `offset + k * every` to `period` later (a negative period ends
    /// the window there instead of starting it, as in Go).
    pub(crate) fn bounds(&self, k: i64) -> (i64, i64) {
        let start = self.offset.saturating_add(k.saturating_mul(self.every));
        let stop = start.saturating_add(self.period);
        if self.period < 0 {
            (stop, start)
        } else {
            (start, stop)
        }
    }

    /// The indexes of the windows holding time `t`, earliest first.
    pub(crate) fn containing(&self, t: i64) -> std::ops::RangeInclusive<i64> {
        let index = |x: i128| x.div_euclid(self.every as i128) as i64;
        let from_offset = t as i128 - self.offset as i128;
        if self.period < 0 {
            // `t` is in window `k` when `t < start_k <= t - period`.
            return index(from_offset) + 1..=index(from_offset - self.period as i128);
        }
        index(from_offset - self.period as i128) + 1..=index(from_offset)
    }
}

/// `window(...)`: every row goes to each window holding its time (a null time drops the
/// row). The output tables have the input's key plus `_start`/`_stop` (added at the end of
/// the columns when missing) holding the window's bounds, clipped to the query bounds;
/// tables are emitted in Go's key order.
pub fn window(stream: &Stream, spec: &WindowSpec) -> Result<Stream, TableError> {
    let windows = match spec.every {
        Some(_) if spec.calendar.is_some() => None,
        Some(every) => {
            if every == 0 {
                return Err(TableError::new("duration used as an interval cannot be zero"));
            }
            if every < 0 {
                return Err(TableError::new("duration used as an interval cannot be negative"));
            }
            let period = if spec.period == 0 { every } else { spec.period };
            if period.unsigned_abs() / every.unsigned_abs() > MAX_WINDOWS as u64 {
                return Err(TableError::new(format!(
                    "window: a period of {period}ns every {every}ns puts each row in more than {MAX_WINDOWS} windows"
                )));
            }
            Some(Windows {
                every,
                period,
                offset: spec.offset.rem_euclid(every),
            })
        }
        None => None,
    };
    let infinite = spec.every.is_none();
    if spec.bounds.is_none() && (infinite || spec.create_empty) {
        return Err(TableError::new(
            "nil bounds passed to window; use range to set the window range",
        ));
    }
    let mut out = Vec::new();
    for t in stream.tables() {
        let kind = match (&windows, spec.calendar) {
            (Some(w), _) => WindowKind::Fixed(w),
            (None, Some(c)) if !infinite => WindowKind::Calendar(c),
            _ => WindowKind::Infinite,
        };
        window_table(t, spec, kind, &mut out)?;
    }
    let merged = merge_equal_keys(out)?.tables().to_vec();
    Ok(Stream::new(sort_by_key(merged)))
}

/// Which windows a table is split into.
enum WindowKind<'w> {
    /// `every: inf`: one window, the bounds.
    Infinite,
    /// Fixed nanoseconds in UTC.
    Fixed(&'w Windows),
    /// Calendar or time-zone windows.
    Calendar(&'w dyn WindowCalendar),
}

fn window_table(
    table: &Table,
    spec: &WindowSpec,
    windows: WindowKind,
    out: &mut Vec<Table>,
) -> Result<(), TableError> {
    let ti = table
        .column_index(spec.time_column)
        .ok_or_else(|| TableError::new(format!("missing time column \"{}\"", spec.time_column)))?;
    if table.columns()[ti].ty != ColumnType::Time {
        return Err(TableError::new(format!(
            "column \"{}\" is {}, not time",
            spec.time_column,
            table.columns()[ti].ty.flux_name()
        )));
    }
    let bounds = spec.bounds.unwrap_or((i64::MIN, i64::MAX));
    if bounds.0 >= bounds.1 {
        return Ok(());
    }
    let clip = |w: (i64, i64)| {
        if spec.bounds.is_some() {
            intersect(bounds, w)
        } else {
            w
        }
    };
    let times = table.arrays()[ti].as_primitive::<TimestampNanosecondType>();

    // (window bounds, rows), in order of the windows' first rows.
    let mut parts: Vec<((i64, i64), Vec<u32>)> = Vec::new();
    let mut index: crate::ops::keys::FastMap<(i64, i64), usize> = Default::default();
    let mut last: Option<((i64, i64), usize)> = None;
    let mut add = |w: (i64, i64), row: Option<u32>, parts: &mut Vec<((i64, i64), Vec<u32>)>| {
        // Rows usually come in time order: most rows fall in the previous row's window.
        let i = match last {
            Some((lw, li)) if lw == w => li,
            _ => *index.entry(w).or_insert_with(|| {
                parts.push((w, Vec::new()));
                parts.len() - 1
            }),
        };
        last = Some((w, i));
        if let Some(r) = row {
            parts[i].1.push(r);
        }
    };
    match windows {
        WindowKind::Infinite => {
            add(bounds, None, &mut parts);
            for row in (0..times.len()).filter(|&r| times.is_valid(r)) {
                add(bounds, Some(row as u32), &mut parts);
            }
        }
        WindowKind::Calendar(calendar) => {
            if spec.create_empty {
                let mut all = calendar_overlapping(calendar, bounds.0, bounds.1)?;
                all.reverse();
                for b in all {
                    add(clip(b), None, &mut parts);
                }
            }
            let mut rows = CalendarRows::new(calendar);
            for row in (0..times.len()).filter(|&r| times.is_valid(r)) {
                for &b in rows.containing(times.value(row))? {
                    add(clip(b), Some(row as u32), &mut parts);
                }
            }
        }
        WindowKind::Fixed(w) => {
            if spec.create_empty {
                let first = *w.containing(bounds.0).start();
                let last = *w.containing(bounds.1.saturating_sub(1)).end();
                if last.saturating_sub(first) > MAX_WINDOWS {
                    return Err(TableError::new(format!(
                        "window: createEmpty would make more than {MAX_WINDOWS} windows; narrow the range or widen every"
                    )));
                }
                for k in first..=last {
                    let b = w.bounds(k);
                    if b.1 > bounds.0 && b.0 < bounds.1 {
                        add(clip(b), None, &mut parts);
                    }
                }
            }
            for row in (0..times.len()).filter(|&r| times.is_valid(r)) {
                let t = times.value(row);
                for k in w.containing(t) {
                    add(clip(w.bounds(k)), Some(row as u32), &mut parts);
                }
            }
        }
    }

    // Columns: the input's, then start and stop when missing; the key: the input's key
    // columns and start/stop, in column order.
    let mut columns = table.columns().to_vec();
    for label in [spec.start_column, spec.stop_column] {
        if table.column_index(label).is_none() {
            columns.push(Column::new(label, ColumnType::Time));
        }
    }
    for ((start, stop), rows) in parts {
        let part = if rows.len() == table.num_rows() && rows.iter().enumerate().all(|(i, &r)| i as u32 == r) {
            table.clone()
        } else if let Some((&first, &last)) = rows.first().zip(rows.last())
            && (last - first) as usize + 1 == rows.len()
        {
            slice(table, first as usize, rows.len())?
        } else {
            take(table, &UInt32Array::from(rows))?
        };
        let n = part.num_rows();
        let bound = |label: &str| {
            if label == spec.start_column {
                Some(Scalar::Time(start))
            } else if label == spec.stop_column {
                Some(Scalar::Time(stop))
            } else {
                None
            }
        };
        let mut data = Vec::with_capacity(columns.len());
        let mut key_columns = Vec::new();
        let mut key_values = Vec::new();
        for c in &columns {
            let value = bound(&c.label);
            match (&value, part.column_index(&c.label)) {
                (Some(v), _) => data.push(constant(ColumnType::Time, v, n)),
                (None, Some(i)) => data.push(part.arrays()[i].clone()),
                (None, None) => data.push(crate::ops::kernels::nulls(c.ty, n)),
            }
            if let Some(v) = value.clone().or_else(|| table.key().value(&c.label).cloned()) {
                key_columns.push(c.clone());
                key_values.push(v);
            }
        }
        let columns = columns
            .iter()
            .map(|c| {
                if bound(&c.label).is_some() {
                    Column::new(c.label.clone(), ColumnType::Time)
                } else {
                    c.clone()
                }
            })
            .collect();
        out.push(Table::new(
            GroupKey::new(key_columns, key_values)?,
            columns,
            data,
        )?);
    }
    Ok(())
}

/// `experimental/table.fill()`: an empty table becomes one row holding its key values (other
/// columns null); other tables pass unchanged.
pub fn fill_empty(stream: &Stream) -> Result<Stream, TableError> {
    crate::ops::each(stream, |t| {
        if !t.is_empty() {
            return Ok(t.clone());
        }
        let data = t
            .columns()
            .iter()
            .map(|c| constant(c.ty, t.key().value(&c.label).unwrap_or(&Scalar::Null), 1))
            .collect();
        Table::new(t.key().clone(), t.columns().to_vec(), data)
    })
}

/// The pipeline of Flux's `aggregateWindow`: `window(spec)`, the aggregate `aggregate`
/// (given the column), `table.fill()` when `spec.create_empty`, `duplicate(column:
/// time_src, as: time_dst)`, then `window(every: inf, timeColumn: time_dst)`.
pub fn aggregate_window(
    stream: &Stream,
    spec: &WindowSpec,
    column: &str,
    time_src: &str,
    time_dst: &str,
    aggregate: impl FnOnce(&Stream, &str) -> Result<Stream, TableError>,
) -> Result<Stream, TableError> {
    let windowed = window(stream, spec)?;
    let mut aggregated = aggregate(&windowed, column)?;
    if spec.create_empty {
        aggregated = fill_empty(&aggregated)?;
    }
    let stamped = crate::ops::duplicate(&aggregated, time_src, time_dst)?;
    let whole = WindowSpec {
        every: None,
        create_empty: false,
        time_column: time_dst,
        ..spec.clone()
    };
    window(&stamped, &whole)
}
