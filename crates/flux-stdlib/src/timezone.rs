//! `import "timezone"`: locations for the `date` functions (`location`, `fixed`, `utc`),
//! and the time-zone arithmetic behind them.
//!
//! Zones come from the IANA database bundled into the binary by jiff (so a host
//! without /usr/share/zoneinfo behaves the same). The conversions between an instant
//! and a zone's wall clock are Go Flux's (its `internal/zoneinfo` clock functions),
//! including how they settle a wall-clock time that a DST change skips or repeats.

use std::sync::LazyLock;

use flux_eval::{ErrorKind, NativeFunction, Record, Value, native};
use jiff::Timestamp;
use jiff::tz::{TimeZone, TimeZoneDatabase};

use crate::natives::error;

/// The package's natives (declarations in stdlib/timezone/timezone.flux).
pub const NATIVES: &[NativeFunction] = &[native!("location", |name: String| {
    load(&name).map_err(|m| error(ErrorKind::Runtime, m))?;
    Record::from_fields([
        ("zone", Value::from(name)),
        ("offset", Value::Duration(flux_eval::Duration::default())),
    ])
})];

static DATABASE: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);

const NANOS_PER_SEC: i64 = 1_000_000_000;

/// A loaded time zone; `None` is UTC (no transitions, offset 0).
#[derive(Clone, Debug)]
pub struct Zone(Option<TimeZone>);

/// Loads the zone named `name` as Go does: `""` and `"UTC"` are UTC, other names are
/// IANA names, matched case-sensitively. Errors are Go's texts.
pub fn load(name: &str) -> Result<Zone, String> {
    if name.is_empty() || name == "UTC" {
        return Ok(Zone(None));
    }
    if name.contains("..") || name.starts_with('/') || name.starts_with('\\') {
        return Err("time: invalid location name".to_string());
    }
    match DATABASE.get(name) {
        // The database matches names without regard to case; Go does not.
        Ok(tz) if tz.iana_name() == Some(name) => Ok(Zone(Some(tz))),
        _ => Err(format!("unknown time zone {name}")),
    }
}

/// The offset in force at a second and the span of seconds it is in force for
/// (Go's `Location.lookup`): `start <= sec < end`.
struct Period {
    offset: i64,
    start: i64,
    end: i64,
}

fn timestamp(sec: i64) -> Timestamp {
    let min = Timestamp::MIN.as_second();
    let max = Timestamp::MAX.as_second();
    Timestamp::from_second(sec.clamp(min, max)).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl Zone {
    /// UTC.
    pub fn utc() -> Zone {
        Zone(None)
    }

    fn lookup(&self, sec: i64) -> Period {
        let Some(tz) = &self.0 else {
            return Period {
                offset: 0,
                start: i64::MIN,
                end: i64::MAX,
            };
        };
        let at = timestamp(sec);
        let offset = i64::from(tz.to_offset(at).seconds());
        // Transitions fall on whole seconds: those before `sec + 1` are at or before `sec`.
        let start = tz
            .preceding(timestamp(sec.saturating_add(1)))
            .next()
            .map_or(i64::MIN, |t| t.timestamp().as_second());
        let end = tz
            .following(at)
            .next()
            .map_or(i64::MAX, |t| t.timestamp().as_second());
        Period { offset, start, end }
    }

    /// The zone's wall-clock reading at instant `t`, as nanoseconds of a UTC time
    /// (Go Flux's `FromLocalClock`): `t` plus the offset in force at `t`.
    pub fn wall_clock(&self, t: i64) -> i64 {
        if self.0.is_none() {
            return t;
        }
        let offset = self.lookup(t / NANOS_PER_SEC).offset;
        t.wrapping_add(offset.wrapping_mul(NANOS_PER_SEC))
    }

    /// The instant at which the zone's clock reads `wall` (Go Flux's `ToLocalClock`).
    /// A reading that a DST change skips gives the instant of the change (in whole
    /// seconds, as Go); one it repeats gives the earlier instant.
    pub fn instant(&self, wall: i64) -> i64 {
        if self.0.is_none() {
            return wall;
        }
        let sec = wall / NANOS_PER_SEC;
        let Period {
            mut offset,
            mut start,
            mut end,
        } = self.lookup(sec);
        if offset != 0 {
            let local = sec.wrapping_sub(offset);
            if local < start {
                Period { offset, start, end } = self.lookup(start.saturating_sub(1));
                let local = sec.wrapping_sub(offset);
                if local < start || local >= end {
                    return end.wrapping_mul(NANOS_PER_SEC);
                }
            } else if local >= end {
                Period { offset, start, end } = self.lookup(end);
                let local = sec.wrapping_sub(offset);
                if local < start || local >= end {
                    return start.wrapping_mul(NANOS_PER_SEC);
                }
            }
        }
        let previous = self.lookup(start.saturating_sub(1));
        let local = sec.wrapping_sub(previous.offset);
        if local >= previous.start && local < previous.end {
            offset = previous.offset;
        }
        wall.wrapping_sub(offset.wrapping_mul(NANOS_PER_SEC))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3600 * NANOS_PER_SEC;

    /// 2021-03-14T00:00:00Z, the day New York springs forward at 2:00 local (07:00Z).
    const MARCH_14: i64 = 1_615_680_000 * NANOS_PER_SEC;

    #[test]
    fn names_as_go() {
        assert!(load("America/New_York").is_ok());
        assert!(load("").is_ok());
        assert_eq!(load("utc").err(), Some("unknown time zone utc".to_string()));
        assert_eq!(
            load("america/new_york").err(),
            Some("unknown time zone america/new_york".to_string())
        );
        assert_eq!(load("Local").err(), Some("unknown time zone Local".to_string()));
        assert_eq!(
            load("../x").err(),
            Some("time: invalid location name".to_string())
        );
    }

    #[test]
    fn clocks_across_dst() -> Result<(), String> {
        let ny = load("America/New_York")?;
        // 06:00Z is 01:00 EST; 08:00Z is 04:00 EDT.
        assert_eq!(ny.wall_clock(MARCH_14 + 6 * H), MARCH_14 + H);
        assert_eq!(ny.wall_clock(MARCH_14 + 8 * H), MARCH_14 + 4 * H);
        assert_eq!(ny.instant(MARCH_14 + H), MARCH_14 + 6 * H);
        // 02:30 does not exist that day: the instant of the change.
        assert_eq!(ny.instant(MARCH_14 + 2 * H + H / 2), MARCH_14 + 7 * H);
        Ok(())
    }
}
