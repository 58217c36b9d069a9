//! Universe functions on the time columns of rows: `timeShift`, `truncateTimeColumn`,
//! `_hourSelection` and `stateTracking` (behind `stateCount` and `stateDuration`). They
//! need the calendar (`flux_eval::time`), the zone database or Flux closures, so they live
//! here rather than in `flux_table::ops`.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampNanosecondType;
use arrow_array::{Array, ArrayRef, BooleanArray, Int64Array, TimestampNanosecondArray};
use flux_eval::time::{Civil, add_duration};
use flux_eval::value::{Duration, Record};
use flux_eval::{Args, CallContext, ErrorKind, Function, Result, Value};
use flux_table::ops::{self, filter_by_mask};
use flux_table::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};

use super::windows::effective_location;
use super::{lambda, piped, string_or, strings, table_error};
use crate::date::{self, Location};
use crate::natives::error;
use crate::timezone;

fn shift_times(array: &ArrayRef, by: impl Fn(i64) -> i64) -> ArrayRef {
    let times = array.as_primitive::<TimestampNanosecondType>();
    Arc::new(
        times
            .iter()
            .map(|t| t.map(&by))
            .collect::<TimestampNanosecondArray>(),
    )
}

/// `timeShift(duration:, columns:)`: the listed time columns (`_time`, `_start`, `_stop`
/// by default) moved by `duration` (calendar months too), key values and the query bounds
/// with them.
pub(super) fn time_shift(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let by: Duration = args.required("duration")?;
    let columns =
        strings(args, "columns")?.unwrap_or_else(|| vec!["_time".into(), "_stop".into(), "_start".into()]);
    let listed = |label: &str| columns.iter().any(|c| &**c == label);
    let not_time = |label: &str| TableError::new(format!("column {label:?} is not of type time"));
    let out = ops::each(&tables, |t| {
        let key = t.key();
        let mut key_values = Vec::with_capacity(key.len());
        for (c, v) in key.columns().iter().zip(key.values()) {
            key_values.push(match v {
                _ if !listed(&c.label) => v.clone(),
                Scalar::Time(time) => Scalar::Time(add_duration(*time, &by)),
                Scalar::Null if c.ty == ColumnType::Time => Scalar::Null,
                _ => return Err(not_time(&c.label)),
            });
        }
        let key = GroupKey::new(key.columns().to_vec(), key_values)?;
        let mut data = t.arrays().to_vec();
        for (j, c) in t.columns().iter().enumerate() {
            if listed(&c.label) {
                if c.ty != ColumnType::Time {
                    return Err(not_time(&c.label));
                }
                data[j] = shift_times(&t.arrays()[j], |time| add_duration(time, &by));
            }
        }
        Table::new(key, t.columns().to_vec(), data)
    })
    .map_err(table_error)?;
    let bounds = tables
        .bounds()
        .map(|(start, stop)| (add_duration(start, &by), add_duration(stop, &by)));
    Ok(Value::Stream(out.with_bounds(bounds)))
}

/// `truncateTimeColumn(unit:, timeColumn:)`: `_time` truncated to `unit` on the clock of
/// the `location` option (as Go Flux, which defines it as a `map` over `r._time`, it is
/// `_time` that is truncated whatever `timeColumn` says, and the columns come out sorted
/// by label).
pub(super) fn truncate_time_column(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let unit: Duration = args.required("unit")?;
    let _time_column = string_or(args, "timeColumn", "_time")?;
    let location = date::option_location(cx)?;
    let mut out = Vec::with_capacity(tables.len());
    for t in tables.tables() {
        if t.is_empty() {
            continue;
        }
        let Some(i) = t.column_index("_time") else {
            // Go's `truncateTimeColumn` is a `map` reading `r._time`.
            return Err(error(
                ErrorKind::Runtime,
                "failed to evaluate map function: invalid is not Timeable",
            ));
        };
        if t.columns()[i].ty != ColumnType::Time {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "keyword argument \"t\" should be of type time, but got {}",
                    t.columns()[i].ty.flux_name()
                ),
            ));
        }
        let times = t.arrays()[i].as_primitive::<TimestampNanosecondType>();
        let truncated = times
            .iter()
            .map(|v| v.map(|v| date::truncate(v, unit, &location)).transpose())
            .collect::<Result<TimestampNanosecondArray>>()?;
        let mut data = t.arrays().to_vec();
        data[i] = Arc::new(truncated);
        // Go's `map` there calls a function, so it sorts the columns.
        let table = Table::new(t.key().clone(), t.columns().to_vec(), data)
            .and_then(|t| flux_table::ops::rows::with_columns_by_label(&t));
        out.push(table.map_err(table_error)?);
    }
    Ok(Value::Stream(Stream::new(out).with_bounds(tables.bounds())))
}

/// `_hourSelection(start:, stop:, location:, timeColumn:)`: the rows whose hour on the
/// location's clock is within `start..=stop` (wrapping past midnight when `start > stop`).
pub(super) fn hour_selection(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let start: i64 = args.required("start")?;
    let stop: i64 = args.required("stop")?;
    let location: Arc<Record> = args.required("location")?;
    let time_column = string_or(args, "timeColumn", "_time")?;
    let (zone, offset) = effective_location(&location, cx)?;
    let loc = Location { zone, offset };
    let zone = timezone::load(&loc.zone).map_err(|m| error(ErrorKind::Runtime, m))?;
    let selected =
        |hour: i64| (start..=stop).contains(&hour) || (start > stop && (hour >= start || hour <= stop));
    let out = ops::each(&tables, |t| {
        let i = t
            .column_index(&time_column)
            .ok_or_else(|| TableError::new("invalid time column"))?;
        if !(0..=23).contains(&start) {
            return Err(TableError::new("start must be between 0 and 23"));
        }
        if !(0..=23).contains(&stop) {
            return Err(TableError::new("stop must be between 0 and 23"));
        }
        if t.columns()[i].ty != ColumnType::Time {
            return Err(TableError::new(format!(
                "column {time_column:?} is not of type time"
            )));
        }
        let times = t.arrays()[i].as_primitive::<TimestampNanosecondType>();
        let mask: BooleanArray = times
            .iter()
            .map(|v| {
                Some(v.is_some_and(|v| {
                    let wall = add_duration(zone.wall_clock(v), &loc.offset);
                    selected(i64::from(Civil::of(wall).hour))
                }))
            })
            .collect();
        filter_by_mask(t, &mask)
    })
    .map_err(table_error)?;
    Ok(Value::Stream(out.with_bounds(tables.bounds())))
}

/// `stateTracking(fn:, countColumn:, durationColumn:, durationUnit:, timeColumn:)`: for
/// each row, how many consecutive rows (count) and how long (duration, in units) `fn` has
/// been true, -1 when it is false; the columns asked for are added at the end.
pub(super) fn state_tracking(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let count_column: Option<Arc<str>> = args.optional("countColumn")?;
    let duration_column: Option<Arc<str>> = args.optional("durationColumn")?;
    let unit = args
        .optional::<Duration>("durationUnit")?
        .unwrap_or(Duration::from_nanos(1_000_000_000));
    let time_column = string_or(args, "timeColumn", "_time")?;
    if duration_column.is_some() && (unit.negative || unit.is_zero()) {
        return Err(error(
            ErrorKind::Argument,
            "state tracking duration unit must be greater than zero",
        ));
    }
    let unit = unit.total_nanos();
    let recognised = lambda::predicate(&f);
    let mut out = Vec::with_capacity(tables.len());
    for t in tables.tables() {
        let Some(ti) = t.column_index(&time_column) else {
            return Err(error(
                ErrorKind::Runtime,
                format!("column {time_column:?} does not exist"),
            ));
        };
        let times = (t.columns()[ti].ty == ColumnType::Time)
            .then(|| t.arrays()[ti].as_primitive::<TimestampNanosecondType>().clone());
        if duration_column.is_some() && times.as_ref().is_none_or(|a| a.null_count() > 0) {
            return Err(error(ErrorKind::Runtime, "got a null timestamp"));
        }
        let matches = match recognised.as_ref().and_then(|p| p.eval(t)) {
            Some(mask) => mask,
            None => super::closures::per_row_mask(cx, t, &f)?,
        };
        let mut counts = Vec::with_capacity(t.num_rows());
        let mut durations = Vec::with_capacity(t.num_rows());
        let (mut count, mut in_count, mut duration, mut in_duration) = (-1i64, false, -1i64, false);
        let (mut state_start, mut previous) = (0i64, 0i64);
        for row in 0..t.num_rows() {
            let matched = matches.is_valid(row) && matches.value(row);
            if let (Some(_), Some(times)) = (&duration_column, &times) {
                let time = times.value(row);
                if previous > time {
                    return Err(error(ErrorKind::Runtime, "got an out-of-order timestamp"));
                }
                previous = time;
                if !matched {
                    (in_duration, duration) = (false, -1);
                } else if !in_duration {
                    (in_duration, state_start, duration) = (true, time, 0);
                } else {
                    duration = time.wrapping_sub(state_start) / unit;
                }
            }
            if !matched {
                (in_count, count) = (false, -1);
            } else if !in_count {
                (in_count, count) = (true, 1);
            } else {
                count += 1;
            }
            counts.push(count);
            durations.push(duration);
        }
        let mut columns = t.columns().to_vec();
        let mut data = t.arrays().to_vec();
        for (label, values) in [(&count_column, counts), (&duration_column, durations)] {
            if let Some(label) = label {
                columns.push(Column::new(label.clone(), ColumnType::Int));
                data.push(Arc::new(Int64Array::from(values)));
            }
        }
        out.push(Table::new(t.key().clone(), columns, data).map_err(table_error)?);
    }
    Ok(Value::Stream(Stream::new(out).with_bounds(tables.bounds())))
}
