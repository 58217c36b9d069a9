//! Times and durations as text: Flux's fixed time format, `Duration.String()`,
//! and the parsers behind `time(v: string)` and `duration(v: string)`.

use crate::value::Duration;

const NANOS_PER_SEC: i64 = 1_000_000_000;
const SECS_PER_DAY: i64 = 86_400;

/// `2006-01-02T15:04:05.000000000Z`: UTC, always nine fractional digits.
pub fn format_time(nanos: i64) -> String {
    let secs = nanos.div_euclid(NANOS_PER_SEC);
    let frac = nanos.rem_euclid(NANOS_PER_SEC);
    let days = secs.div_euclid(SECS_PER_DAY);
    let sod = secs.rem_euclid(SECS_PER_DAY);
    let (y, m, d) = civil_from_days(days);
    let year = if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    };
    format!(
        "{year}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{frac:09}Z",
        sod / 3600,
        sod % 3600 / 60,
        sod % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) → days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// A UTC instant split into its calendar date and clock (Go's `time.Time` accessors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// The year (proleptic Gregorian).
    pub year: i64,
    /// 1 (January) to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
    /// 0 to 59.
    pub second: u32,
    /// 0 to 999 999 999.
    pub nanosecond: u32,
    /// Days since 1970-01-01 (negative before).
    pub days: i64,
}

impl Civil {
    /// The calendar date and clock of `nanos` since the epoch, in UTC.
    pub fn of(nanos: i64) -> Civil {
        let secs = nanos.div_euclid(NANOS_PER_SEC);
        let days = secs.div_euclid(SECS_PER_DAY);
        let sod = secs.rem_euclid(SECS_PER_DAY) as u32;
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: sod / 3600,
            minute: sod % 3600 / 60,
            second: sod % 60,
            nanosecond: nanos.rem_euclid(NANOS_PER_SEC) as u32,
            days,
        }
    }

    /// 0 (Sunday) to 6 (Saturday).
    pub fn weekday(&self) -> u32 {
        (self.days + 4).rem_euclid(7) as u32
    }

    /// 1 to 366.
    pub fn year_day(&self) -> u32 {
        (self.days - days_from_civil(self.year, 1, 1) + 1) as u32
    }

    /// The ISO 8601 week number, 1 to 53 (weeks start on Monday; week 1 holds the
    /// year's first Thursday).
    pub fn iso_week(&self) -> u32 {
        // The Thursday of this date's week decides the week's year.
        let monday_based = (self.days + 3).rem_euclid(7); // 0 = Monday
        let thursday = Civil::of_days(self.days - monday_based + 3);
        (thursday.year_day() - 1) / 7 + 1
    }

    fn of_days(days: i64) -> Civil {
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            nanosecond: 0,
            days,
        }
    }
}

/// `t + d` as Go Flux adds a duration to a time (`values.Time.Add`): months move the
/// calendar date (the day is clamped to the new month's length: Jan 31 + 1mo is
/// Feb 28 or 29), then the nanoseconds are added. Wraps on overflow, as Go does.
pub fn add_duration(t: i64, d: &Duration) -> i64 {
    let mut out = t;
    if d.months > 0 {
        let months = if d.negative {
            d.months.wrapping_neg()
        } else {
            d.months
        };
        let c = Civil::of(t);
        // Far-out years give a wrapped time anyway (as in Go); the clamp keeps the
        // calendar arithmetic below from overflowing.
        let mut year = c.year.saturating_add(months / 12).clamp(-(1 << 40), 1 << 40);
        let mut month = i64::from(c.month) + months % 12;
        if month > 12 {
            year += 1;
            month -= 12;
        } else if month <= 0 {
            year -= 1;
            month += 12;
        }
        let month = month as u32;
        let day = c.day.min(days_in_month(year, month));
        let clock = i64::from(c.hour * 3600 + c.minute * 60 + c.second);
        out = days_from_civil(year, month, day)
            .wrapping_mul(SECS_PER_DAY)
            .wrapping_add(clock)
            .wrapping_mul(NANOS_PER_SEC)
            .wrapping_add(i64::from(c.nanosecond));
    }
    let nanos = if d.negative {
        d.nanos.wrapping_neg()
    } else {
        d.nanos
    };
    out.wrapping_add(nanos)
}

/// `d × n` as Go Flux scales a duration (`values.Duration.Mul`): a negative `n` flips
/// the sign, zero stays zero; wraps on overflow.
pub fn scale_duration(d: Duration, n: i64) -> Duration {
    if d.is_zero() {
        return d;
    }
    Duration {
        months: d.months.wrapping_mul(n.wrapping_abs()),
        nanos: d.nanos.wrapping_mul(n.wrapping_abs()),
        negative: if n < 0 { !d.negative } else { d.negative },
    }
}

/// Nanoseconds since the epoch of a UTC date and time, `None` when out of range.
pub fn time_from_parts(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32, nanos: u32) -> Option<i64> {
    if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let secs = days_from_civil(y, mo, d)
        .checked_mul(SECS_PER_DAY)?
        .checked_add(i64::from(h * 3600 + mi * 60 + s))?;
    secs.checked_mul(NANOS_PER_SEC)?.checked_add(i64::from(nanos))
}

/// Parse an RFC 3339 time (`2021-01-01T00:00:00Z`, `…T13:36:23.5-07:00`) or a
/// date (`2021-01-01`, midnight UTC).
pub fn parse_time(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let year = i64::from(num(0, 4)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (mo, d) = (num(5, 2)?, num(8, 2)?);
    if b.len() == 10 {
        return time_from_parts(year, mo, d, 0, 0, 0, 0);
    }
    if !matches!(b.get(10), Some(b'T' | b't')) || b.get(13) != Some(&b':') || b.get(16) != Some(&b':') {
        return None;
    }
    let (h, mi, sec) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = &s[start..i];
        if digits.is_empty() || digits.len() > 9 {
            return None;
        }
        nanos = format!("{digits:0<9}").parse().ok()?;
    }
    let offset_secs: i64 = match b.get(i) {
        Some(b'Z' | b'z') if b.len() == i + 1 => 0,
        Some(sign @ (b'+' | b'-')) if b.len() == i + 6 && b.get(i + 3) == Some(&b':') => {
            let (oh, om) = (num(i + 1, 2)?, num(i + 4, 2)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let off = i64::from(oh * 3600 + om * 60);
            if *sign == b'+' { off } else { -off }
        }
        _ => return None,
    };
    time_from_parts(year, mo, d, h, mi, sec, nanos)?.checked_sub(offset_secs.checked_mul(NANOS_PER_SEC)?)
}

const UNITS: [(&str, i64); 7] = [
    ("w", 7 * 24 * 3600 * NANOS_PER_SEC),
    ("d", 24 * 3600 * NANOS_PER_SEC),
    ("h", 3600 * NANOS_PER_SEC),
    ("m", 60 * NANOS_PER_SEC),
    ("s", NANOS_PER_SEC),
    ("ms", 1_000_000),
    ("us", 1_000),
];

/// `Duration.String()`: normalised units, `0ns` for zero (`90m` → `1h30m`, `14mo` → `1y2mo`).
pub fn format_duration(d: &Duration) -> String {
    if d.is_zero() {
        return "0ns".to_string();
    }
    let mut out = String::new();
    if d.negative {
        out.push('-');
    }
    let (years, months) = (d.months / 12, d.months % 12);
    if years != 0 {
        out.push_str(&format!("{years}y"));
    }
    if months != 0 {
        out.push_str(&format!("{months}mo"));
    }
    let mut rest = d.nanos;
    for (unit, size) in UNITS {
        let n = rest / size;
        if n != 0 {
            out.push_str(&format!("{n}{unit}"));
        }
        rest %= size;
    }
    if rest != 0 {
        out.push_str(&format!("{rest}ns"));
    }
    out
}

/// The nanoseconds in one `unit` of a duration literal, or `None` for month units.
pub fn unit_nanos(unit: &str) -> Option<i64> {
    match unit {
        "ns" => Some(1),
        "us" | "µs" => Some(1_000),
        "ms" => Some(1_000_000),
        "s" => Some(NANOS_PER_SEC),
        "m" => Some(60 * NANOS_PER_SEC),
        "h" => Some(3600 * NANOS_PER_SEC),
        "d" => Some(24 * 3600 * NANOS_PER_SEC),
        "w" => Some(7 * 24 * 3600 * NANOS_PER_SEC),
        _ => None,
    }
}

/// Add `magnitude` of `unit` to a duration being built; `None` on overflow or an unknown unit.
pub fn add_unit(d: Duration, magnitude: i64, unit: &str) -> Option<Duration> {
    match unit {
        "y" => Some(Duration {
            months: d.months.checked_add(magnitude.checked_mul(12)?)?,
            ..d
        }),
        "mo" => Some(Duration {
            months: d.months.checked_add(magnitude)?,
            ..d
        }),
        _ => Some(Duration {
            nanos: d.nanos.checked_add(magnitude.checked_mul(unit_nanos(unit)?)?)?,
            ..d
        }),
    }
}

/// Parse duration literal syntax with an optional leading `-` (`1h30m`, `-5mo2d`).
pub fn parse_duration(s: &str) -> Option<Duration> {
    let (negative, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    if rest.is_empty() {
        return None;
    }
    let mut d = Duration::default();
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let magnitude: i64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let unit_len = ["mo", "ms", "us", "µs", "ns", "y", "w", "d", "h", "m", "s"]
            .iter()
            .find(|u| rest.starts_with(*u))
            .map(|u| u.len())?;
        d = add_unit(d, magnitude, &rest[..unit_len])?;
        rest = &rest[unit_len..];
    }
    Some(if negative { d.negated() } else { d })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> i64 {
        parse_time(s).unwrap_or(i64::MIN)
    }

    fn d(s: &str) -> Duration {
        parse_duration(s).unwrap_or_default()
    }

    #[test]
    fn calendar_arithmetic_as_go() {
        let add = |time: &str, dur: &str| format_time(add_duration(t(time), &d(dur)));
        assert_eq!(
            add("2021-01-31T12:00:00Z", "1mo"),
            "2021-02-28T12:00:00.000000000Z"
        );
        assert_eq!(
            add("2020-02-29T12:00:00Z", "1y"),
            "2021-02-28T12:00:00.000000000Z"
        );
        assert_eq!(
            add("2021-03-31T12:00:00Z", "-1mo1d"),
            "2021-02-27T12:00:00.000000000Z"
        );
        assert_eq!(
            add("2021-01-15T00:00:00Z", "-13mo"),
            "2019-12-15T00:00:00.000000000Z"
        );
        assert_eq!(scale_duration(d("1mo2h"), -3), d("-3mo6h"));
        assert_eq!(scale_duration(d("0s"), -3), d("0s"));
    }

    #[test]
    fn civil_parts() {
        let c = Civil::of(t("2021-01-01T13:45:27.5Z"));
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.nanosecond),
            (2021, 1, 1, 13, 500_000_000)
        );
        assert_eq!((c.weekday(), c.year_day(), c.iso_week()), (5, 1, 53));
        assert_eq!(Civil::of(t("2018-12-31T00:00:00Z")).iso_week(), 1);
        assert_eq!(Civil::of(t("1969-12-31T23:59:59Z")).weekday(), 3);
    }

    #[test]
    fn times_format_with_nine_digits() {
        assert_eq!(format_time(0), "1970-01-01T00:00:00.000000000Z");
        assert_eq!(format_time(1136239445999999999), "2006-01-02T22:04:05.999999999Z");
        assert_eq!(format_time(-1), "1969-12-31T23:59:59.999999999Z");
    }

    #[test]
    fn times_parse() {
        assert_eq!(parse_time("2022-01-01T00:00:00Z"), Some(1640995200000000000));
        assert_eq!(parse_time("2022-01-01"), Some(1640995200000000000));
        assert_eq!(
            parse_time("2018-08-15T13:36:23-07:00"),
            parse_time("2018-08-15T20:36:23Z")
        );
        assert_eq!(
            parse_time("2020-04-12T01:02:03.000000004Z").map(|t| t % 10),
            Some(4)
        );
        assert_eq!(parse_time("2021-02-30"), None);
        assert_eq!(parse_time("2021-01-01T00:00:00"), None);
        assert_eq!(parse_time("x"), None);
    }

    #[test]
    fn durations_normalise() {
        let d = |s| format_duration(&parse_duration(s).unwrap_or_default());
        assert_eq!(d("90m"), "1h30m");
        assert_eq!(d("14mo"), "1y2mo");
        assert_eq!(d("7d"), "1w");
        assert_eq!(d("1500ms"), "1s500ms");
        assert_eq!(d("1µs"), "1us");
        assert_eq!(d("-1h"), "-1h");
        assert_eq!(d("0s"), "0ns");
        assert_eq!(d("1y3mo2w1d4h1m30s1ms2us70ns"), "1y3mo2w1d4h1m30s1ms2us70ns");
        assert_eq!(parse_duration("1x"), None);
        assert_eq!(parse_duration("h"), None);
        assert_eq!(parse_duration(""), None);
    }
}
