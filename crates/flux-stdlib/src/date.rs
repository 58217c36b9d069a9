//! `import "date"`: parts of a time (in a location), calendar arithmetic and
//! truncation, as Go Flux computes them. A time argument may also be a duration,
//! relative to `now()`. The location defaults to the script's `location` option
//! (UTC unless set); zones and their DST rules are in [`crate::timezone`].

use std::sync::Arc;

use flux_eval::time::{Civil, add_duration, scale_duration};
use flux_eval::{Args, CallContext, Duration, ErrorKind, NativeFunction, Record, Result, Value, native};

use crate::natives::error;
use crate::timezone::{self, Zone};

/// The package's natives (declarations in stdlib/date/date.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("second", |a, cx| utc_part(a, cx, |c| i64::from(c.second))),
    NativeFunction::new("millisecond", |a, cx| {
        utc_part(a, cx, |c| i64::from(c.nanosecond / 1_000_000))
    }),
    NativeFunction::new("microsecond", |a, cx| {
        utc_part(a, cx, |c| i64::from(c.nanosecond / 1_000))
    }),
    NativeFunction::new("nanosecond", |a, cx| utc_part(a, cx, |c| i64::from(c.nanosecond))),
    NativeFunction::new("time", |a, cx| Ok(Value::Time(local_time(a, cx)?))),
    NativeFunction::new("minute", |a, cx| local_part(a, cx, |c| i64::from(c.minute))),
    NativeFunction::new("hour", |a, cx| local_part(a, cx, |c| i64::from(c.hour))),
    NativeFunction::new("weekDay", |a, cx| local_part(a, cx, |c| i64::from(c.weekday()))),
    NativeFunction::new("monthDay", |a, cx| local_part(a, cx, |c| i64::from(c.day))),
    NativeFunction::new("yearDay", |a, cx| local_part(a, cx, |c| i64::from(c.year_day()))),
    NativeFunction::new("month", |a, cx| local_part(a, cx, |c| i64::from(c.month))),
    NativeFunction::new("year", |a, cx| local_part(a, cx, |c| c.year)),
    NativeFunction::new("week", |a, cx| local_part(a, cx, |c| i64::from(c.iso_week()))),
    NativeFunction::new("quarter", |a, cx| {
        local_part(a, cx, |c| i64::from(c.month.div_ceil(3)))
    }),
    NativeFunction::new("add", |a, cx| shift(a, cx, "to", false)),
    NativeFunction::new("sub", |a, cx| shift(a, cx, "from", true)),
    NativeFunction::new("truncate", truncate_native),
    native!("scale", |d: Duration, n: i64| scale_duration(d, n)),
];

/// A location record, `{zone: string, offset: duration}`, read.
#[derive(Clone, Debug, Default)]
pub struct Location {
    /// The IANA zone name (`UTC` when the record's zone is null).
    pub zone: String,
    /// Added to the zone's wall clock.
    pub offset: Duration,
}

/// The location a date function uses: its `location` argument, else the script's
/// `location` option.
pub fn location(args: &mut Args, cx: &CallContext) -> Result<Location> {
    match args.optional::<Arc<Record>>("location")? {
        Some(record) => read_location(&record),
        None => option_location(cx),
    }
}

/// The script's `location` option, UTC when the script did not set it.
pub fn option_location(cx: &CallContext) -> Result<Location> {
    match cx.option("location") {
        Some(Value::Record(record)) => read_location(record),
        _ => Ok(Location {
            zone: "UTC".to_string(),
            offset: Duration::default(),
        }),
    }
}

fn read_location(record: &Record) -> Result<Location> {
    let invalid = |m: String| error(ErrorKind::Runtime, m);
    let zone = match record.get("zone") {
        None => return Err(invalid("zone property missing from location record".into())),
        Some(Value::Null) => "UTC".to_string(),
        Some(Value::String(s)) => s.to_string(),
        Some(other) => {
            return Err(invalid(format!(
                "zone property for location must be of type string, got {}",
                other.type_name()
            )));
        }
    };
    let offset = match record.get("offset") {
        None => Duration::default(),
        Some(Value::Duration(d)) => *d,
        Some(other) => {
            return Err(invalid(format!(
                "offset property for location must be of type duration, got {}",
                other.type_name()
            )));
        }
    };
    Ok(Location { zone, offset })
}

/// The current time: the script's `now` option when it set one, else the clock.
pub fn now(cx: &mut CallContext) -> Result<i64> {
    if let Some(Value::Function(f)) = cx.option("now").cloned() {
        return match cx.call(&f, [])? {
            Value::Time(t) => Ok(t),
            other => Err(error(
                ErrorKind::Type,
                format!("expected time but found {}", other.type_name()),
            )),
        };
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    Ok(nanos)
}

/// A time argument (Flux's `Timeable`): a time, or a duration from now.
fn timeable(args: &mut Args, cx: &mut CallContext, name: &str) -> Result<i64> {
    match args.required::<Value>(name)? {
        Value::Time(t) => Ok(t),
        Value::Duration(d) => Ok(add_duration(now(cx)?, &d)),
        other => Err(error(
            ErrorKind::Type,
            format!("{} is not Timeable", other.type_name()),
        )),
    }
}

fn utc_part(args: &mut Args, cx: &mut CallContext, part: fn(&Civil) -> i64) -> Result<Value> {
    let t = timeable(args, cx, "t")?;
    Ok(Value::Int(part(&Civil::of(t))))
}

/// The wall-clock time of `t` in the location, as a UTC time (Go's `GetTimeInLocation`).
fn local_time(args: &mut Args, cx: &mut CallContext) -> Result<i64> {
    let t = timeable(args, cx, "t")?;
    let loc = location(args, cx)?;
    if loc.zone == "UTC" {
        return Ok(add_duration(t, &loc.offset));
    }
    let zone = timezone::load(&loc.zone).map_err(|_| error(ErrorKind::Runtime, "invalid location"))?;
    Ok(add_duration(zone.wall_clock(t), &loc.offset))
}

fn local_part(args: &mut Args, cx: &mut CallContext, part: fn(&Civil) -> i64) -> Result<Value> {
    Ok(Value::Int(part(&Civil::of(local_time(args, cx)?))))
}

fn load_zone(name: &str) -> Result<Zone> {
    timezone::load(name).map_err(|m| error(ErrorKind::Runtime, m))
}

/// `date.add` and `date.sub`: calendar arithmetic on the location's wall clock.
fn shift(args: &mut Args, cx: &mut CallContext, time_param: &str, subtract: bool) -> Result<Value> {
    let mut d: Duration = args.required("d")?;
    let mut t = timeable(args, cx, time_param)?;
    let loc = location(args, cx)?;
    if !loc.offset.is_zero() {
        t = add_duration(t, &loc.offset);
    }
    if subtract {
        d = scale_duration(d, -1);
    }
    if loc.zone == "UTC" {
        t = add_duration(t, &d);
    } else {
        let zone = load_zone(&loc.zone)?;
        t = zone.instant(add_duration(zone.wall_clock(t), &d));
    }
    if !loc.offset.is_zero() {
        t = add_duration(t, &scale_duration(loc.offset, -1));
    }
    Ok(Value::Time(t))
}

fn truncate_native(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let t = timeable(args, cx, "t")?;
    let unit: Duration = args.required("unit")?;
    let loc = location(args, cx)?;
    truncate(t, unit, &loc).map(Value::Time)
}

/// `t` truncated to a multiple of `unit` counted from the Unix epoch on the location's
/// wall clock (Go Flux's window arithmetic: the start of the window that holds `t`).
pub fn truncate(t: i64, unit: Duration, loc: &Location) -> Result<i64> {
    let invalid = |m: &str| error(ErrorKind::Runtime, m);
    let zone = if loc.zone == "UTC" {
        Zone::utc()
    } else {
        load_zone(&loc.zone)?
    };
    if unit.is_zero() {
        return Err(invalid("duration used as an interval cannot be zero"));
    }
    if unit.months != 0 && unit.nanos != 0 {
        return Err(invalid(
            "duration used as an interval cannot mix month and nanosecond units",
        ));
    }
    if unit.negative {
        return Err(invalid("duration used as an interval cannot be negative"));
    }
    let zero = add_duration(0, &scale_duration(loc.offset, -1));
    let wall = zone.wall_clock(t);
    let index = if unit.nanos == 0 {
        let mut target = months_since_epoch(wall);
        if before_within_month(wall, zero) {
            target -= 1;
        }
        last_index(months_since_epoch(zero), target, unit.months)
    } else {
        last_index(zero, wall, unit.nanos)
    };
    let start = add_duration(zero, &scale_duration(unit, index));
    Ok(zone.instant(start))
}

/// Months since January 1970 of the UTC calendar date of `t`.
pub(crate) fn months_since_epoch(t: i64) -> i64 {
    let c = Civil::of(t);
    (c.year - 1970) * 12 + i64::from(c.month) - 1
}

/// Whether `a`'s day of month and clock come before `b`'s.
pub(crate) fn before_within_month(a: i64, b: i64) -> bool {
    let (a, b) = (Civil::of(a), Civil::of(b));
    (a.day, a.hour, a.minute, a.second, a.nanosecond) < (b.day, b.hour, b.minute, b.second, b.nanosecond)
}

/// The index of the last window of size `every` starting at `zero` that starts at or
/// before `target` (floor division).
fn last_index(zero: i64, target: i64, every: i64) -> i64 {
    let delta = target.wrapping_sub(zero);
    let index = delta.wrapping_div(every);
    if delta < 0 && delta.wrapping_rem(every) != 0 {
        index - 1
    } else {
        index
    }
}
