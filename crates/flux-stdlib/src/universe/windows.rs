//! `window` (`_window`) with Go Flux's window arithmetic: fixed windows in UTC go to the
//! `flux_table` kernel as nanoseconds; calendar windows (`1mo`, `1y`, an offset or period
//! with months) and windows on a time zone's wall clock (`location`) are described by
//! [`CalendarWindows`], Go's `interval.Window`.

use std::sync::Arc;

use flux_eval::time::{add_duration, scale_duration};
use flux_eval::value::{Duration, Record};
use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFn, Result, Value};
use flux_table::ops::{self, WindowAggregate, WindowSpec, window::WindowCalendar};

use super::{aggregate, output, piped, table_error};
use crate::date::{before_within_month, months_since_epoch};
use crate::natives::error;
use crate::timezone::{self, Zone};

/// A location record (`{zone: string, offset: duration}`) as `window` reads it, with Go's
/// messages.
pub(crate) fn read_location(location: &Record) -> Result<(String, Duration)> {
    let zone = match location.get("zone") {
        Some(Value::String(z)) => z.to_string(),
        Some(other) => {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "zone property for location must be of type string, got {}",
                    other.type_name()
                ),
            ));
        }
        None => {
            return Err(error(
                ErrorKind::Argument,
                "zone property missing from location record",
            ));
        }
    };
    let offset = match location.get("offset") {
        Some(Value::Duration(d)) => *d,
        Some(other) => {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "offset property for location must be of type duration, got {}",
                    other.type_name()
                ),
            ));
        }
        None => Duration::default(),
    };
    Ok((zone, offset))
}

/// The location a universe function was given: the script's `location` option when the
/// function got the universe default (UTC, no offset) and the script set the option.
/// (A Flux function of the universe package reads the package's own `location` as its
/// default, not the script's option, which Go's options replace.)
pub(crate) fn effective_location(given: &Record, cx: &CallContext) -> Result<(String, Duration)> {
    let (zone, offset) = read_location(given)?;
    if zone == "UTC"
        && offset.is_zero()
        && let Some(Value::Record(option)) = cx.option("location")
    {
        return read_location(option);
    }
    Ok((zone, offset))
}

/// The largest `index` with `zero + every * index <= target` (floor division).
fn last_index(zero: i64, target: i64, every: i64) -> i64 {
    let delta = (i128::from(target) - i128::from(zero)).div_euclid(i128::from(every));
    delta.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// Go's `interval.Window`: window `k` starts at `zero + every * k` on the zone's wall
/// clock (months move the calendar date) and stops `period` later.
#[derive(Debug)]
pub(crate) struct CalendarWindows {
    every: Duration,
    period: Duration,
    zero: i64,
    zero_months: i64,
    zone: Zone,
}

impl CalendarWindows {
    /// Windows of `every` (not mixing months and nanoseconds, positive) and `period`,
    /// shifted by `offset` from the epoch, on the clock of `zone` moved by `zone_offset`.
    pub(crate) fn new(
        every: Duration,
        period: Duration,
        offset: Duration,
        zone: Zone,
        zone_offset: Duration,
    ) -> Result<Self> {
        if every.is_zero() {
            return Err(invalid("duration used as an interval cannot be zero"));
        }
        if every.months != 0 && every.nanos != 0 {
            return Err(invalid(
                "duration used as an interval cannot mix month and nanosecond units",
            ));
        }
        if every.negative {
            return Err(invalid("duration used as an interval cannot be negative"));
        }
        if period.negative && !period.is_zero() {
            return Err(invalid("window period cannot be negative"));
        }
        let zero = add_duration(add_duration(0, &scale_duration(zone_offset, -1)), &offset);
        Ok(CalendarWindows {
            every,
            period,
            zero,
            zero_months: months_since_epoch(zero),
            zone,
        })
    }
}

fn invalid(message: &str) -> flux_eval::RuntimeError {
    error(ErrorKind::Argument, message)
}

impl WindowCalendar for CalendarWindows {
    fn latest_index(&self, t: i64) -> i64 {
        let wall = self.zone.wall_clock(t);
        if self.every.nanos == 0 {
            let mut target = months_since_epoch(wall);
            if before_within_month(wall, self.zero) {
                target -= 1;
            }
            last_index(self.zero_months, target, self.every.months)
        } else {
            last_index(self.zero, wall, self.every.nanos)
        }
    }

    fn bounds(&self, index: i64) -> (i64, i64) {
        let start = add_duration(self.zero, &scale_duration(self.every, index));
        let stop = add_duration(start, &self.period);
        (self.zone.instant(start), self.zone.instant(stop))
    }
}

/// Nanoseconds of a duration without months.
fn fixed_nanos(d: &Duration) -> i64 {
    if d.negative {
        d.nanos.wrapping_neg()
    } else {
        d.nanos
    }
}

/// `_window` (what `window` calls with its defaults filled in).
pub(super) fn window(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let every: Duration = args.required("every")?;
    let period: Duration = args.required("period")?;
    let offset: Duration = args.required("offset")?;
    let location: Arc<Record> = args.required("location")?;
    let time_column: Arc<str> = args.required("timeColumn")?;
    let start_column: Arc<str> = args.required("startColumn")?;
    let stop_column: Arc<str> = args.required("stopColumn")?;
    let create_empty: bool = args.required("createEmpty")?;
    let (zone_name, zone_offset) = effective_location(&location, cx)?;
    if every.negative && !every.is_zero() {
        return Err(error(
            ErrorKind::Argument,
            "parameter \"every\" must be non-negative",
        ));
    }
    if every.is_zero() && period.is_zero() {
        return Err(error(
            ErrorKind::Argument,
            "window function requires at least one of \"every\" or \"period\" to be set and non-zero",
        ));
    }
    // `every` defaults to `period` and `period` to `every`; `inf` is one window: the bounds.
    let every = if every.is_zero() { period } else { every };
    let period = if period.is_zero() { every } else { period };
    let infinite = every.months == 0 && !every.negative && every.nanos == i64::MAX;
    let zone = timezone::load(&zone_name).map_err(|m| error(ErrorKind::Runtime, m))?;
    let utc = zone_name.is_empty() || zone_name == "UTC";
    let calendar = if infinite
        || (utc && every.months == 0 && period.months == 0 && offset.months == 0 && zone_offset.months == 0)
    {
        None
    } else {
        Some(CalendarWindows::new(every, period, offset, zone, zone_offset)?)
    };
    let spec = WindowSpec {
        every: (!infinite).then_some(fixed_nanos(&every)),
        period: fixed_nanos(&period),
        offset: fixed_nanos(&offset).wrapping_sub(fixed_nanos(&zone_offset)),
        bounds: tables.bounds(),
        create_empty,
        time_column: &time_column,
        start_column: &start_column,
        stop_column: &stop_column,
        calendar: calendar.as_ref().map(|c| c as &dyn WindowCalendar),
    };
    output(&tables, ops::window(&tables, &spec))
}

/// The fused aggregate of `f` when it is one of the universe's own (recognised by its
/// implementation, not its name: `experimental.mean` is another function).
fn universe_aggregate(f: &Function) -> Option<WindowAggregate> {
    const FUSED: [(&str, NativeFn); 7] = [
        ("count", aggregate::count),
        ("sum", aggregate::sum),
        ("mean", aggregate::mean),
        ("min", aggregate::min),
        ("max", aggregate::max),
        ("first", aggregate::first),
        ("last", aggregate::last),
    ];
    let Function::Builtin(b) = f else { return None };
    let (name, _) = FUSED
        .iter()
        .find(|(name, native)| b.native.name() == *name && b.native.is(*native))?;
    WindowAggregate::from_name(name)
}

/// `_aggregateWindow`: `aggregateWindow` in one pass per table when `fn` is a universe
/// aggregate the fused kernel knows and the windows are fixed in UTC; otherwise (and for
/// the cases the kernel leaves, errors included) `composition`, the Flux steps.
pub(super) fn aggregate_window(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let composition: Function = args.required("composition")?;
    let every: Duration = args.required("every")?;
    let period: Duration = args.required("period")?;
    let offset: Duration = args.required("offset")?;
    let location: Arc<Record> = args.required("location")?;
    // Any type, as Go's `aggregateWindow` declares it: `fn` says what it accepts.
    let column: Value = args.required("column")?;
    let time_src: Arc<str> = args.required("timeSrc")?;
    let time_dst: Arc<str> = args.required("timeDst")?;
    let create_empty: bool = args.required("createEmpty")?;
    if let (Some(aggregate), Value::String(column)) = (universe_aggregate(&f), &column) {
        let (zone_name, zone_offset) = effective_location(&location, cx)?;
        let utc = zone_name.is_empty() || zone_name == "UTC";
        let fixed = [&every, &period, &offset, &zone_offset]
            .iter()
            .all(|d| d.months == 0);
        let positive = !every.negative && !every.is_zero() && (!period.negative || period.is_zero());
        if utc && fixed && positive {
            let spec = WindowSpec {
                every: Some(fixed_nanos(&every)),
                period: fixed_nanos(&period),
                offset: fixed_nanos(&offset).wrapping_sub(fixed_nanos(&zone_offset)),
                bounds: tables.bounds(),
                create_empty,
                time_column: "_time",
                start_column: "_start",
                stop_column: "_stop",
                calendar: None,
            };
            let fused = ops::aggregate_window_fused(&tables, &spec, column, aggregate, &time_src, &time_dst)
                .map_err(table_error)?;
            if let Some(out) = fused {
                return Ok(Value::Stream(out.with_bounds(tables.bounds())));
            }
        }
    }
    cx.call(&composition, [("tables", Value::Stream(tables))])
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000_000_000;

    fn months(n: i64) -> Duration {
        Duration {
            months: n,
            nanos: 0,
            negative: false,
        }
    }

    #[test]
    fn monthly_windows_follow_the_calendar() -> Result<()> {
        let w = CalendarWindows::new(
            months(1),
            months(1),
            Duration::default(),
            Zone::utc(),
            Duration::default(),
        )?;
        // 2021-02-10 is in February 2021: 613 months after January 1970.
        let feb_10 = 18_668 * DAY;
        assert_eq!(w.latest_index(feb_10), 613);
        assert_eq!(w.bounds(613), (18_659 * DAY, 18_687 * DAY));
        Ok(())
    }

    #[test]
    fn every_may_not_mix_units() {
        let mixed = Duration {
            months: 1,
            nanos: DAY,
            negative: false,
        };
        let e = CalendarWindows::new(
            mixed,
            mixed,
            Duration::default(),
            Zone::utc(),
            Duration::default(),
        );
        assert!(e.is_err_and(|e| e.message.contains("cannot mix month and nanosecond units")));
    }
}
