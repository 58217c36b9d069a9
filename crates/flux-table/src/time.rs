//! Times as Flux writes and reads them: nanoseconds since the Unix epoch, UTC.
//!
//! - [`write_rfc3339_nano`]: Go's `time.RFC3339Nano` layout, which annotated CSV uses
//!   (`2018-05-22T19:53:26.12Z`: the fraction loses its trailing zeros and disappears when zero).
//! - [`write_fixed_nanos`]: the fixed-width form of the `flux` command's tables
//!   (`2018-05-22T19:53:26.120000000Z`: always nine fraction digits).
//! - [`parse_rfc3339`]: what Go's `time.Parse(time.RFC3339, …)` accepts (`RFC3339Nano` reads the
//!   same texts): `YYYY-MM-DDTHH:MM:SS`, an optional fraction after `.` or `,` (digits past the
//!   ninth are dropped), then `Z` or `±HH:MM`. The hour may have one digit, as Go allows.
//!
//! Every `i64` of nanoseconds is a valid time (years 1677 to 2262). A text outside that range
//! wraps around as Go's `Time.UnixNano` does (`2554-07-21T23:34:33.709551615Z`, 2^64 - 1
//! nanoseconds, reads as -1): Flux's own testcases write times converted from large unsigned
//! integers that way.

use std::fmt;

const NANOS_PER_SECOND: i64 = 1_000_000_000;
const SECONDS_PER_DAY: i64 = 86_400;

/// Why a time text was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeParseError {
    /// The text that was refused.
    pub text: String,
    /// What is wrong with it (`month out of range`, `not RFC3339`, …).
    pub reason: &'static str,
}

impl fmt::Display for TimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot parse {:?} as an RFC3339 time: {}",
            self.text, self.reason
        )
    }
}

impl std::error::Error for TimeParseError {}

/// `nanos` in Go's RFC3339Nano form (`2018-05-22T19:53:26.5Z`).
pub fn format_rfc3339_nano(nanos: i64) -> String {
    let mut out = Vec::with_capacity(30);
    write_rfc3339_nano(&mut out, nanos);
    String::from_utf8_lossy(&out).into_owned()
}

/// Append `nanos` in Go's RFC3339Nano form to `out`.
pub fn write_rfc3339_nano(out: &mut Vec<u8>, nanos: i64) {
    let fraction = write_date_time(out, nanos);
    if fraction != 0 {
        let mut digits = [0u8; 9];
        fill_nine_digits(&mut digits, fraction);
        let mut len = 9;
        while digits[len - 1] == b'0' {
            len -= 1;
        }
        out.push(b'.');
        out.extend_from_slice(&digits[..len]);
    }
    out.push(b'Z');
}

/// `nanos` in the fixed-width form of the `flux` command's tables (`2018-05-22T19:53:26.500000000Z`).
pub fn format_fixed_nanos(nanos: i64) -> String {
    let mut out = Vec::with_capacity(30);
    write_fixed_nanos(&mut out, nanos);
    String::from_utf8_lossy(&out).into_owned()
}

/// Append `nanos` in the fixed-width form (nine fraction digits) to `out`.
pub fn write_fixed_nanos(out: &mut Vec<u8>, nanos: i64) {
    let fraction = write_date_time(out, nanos);
    let mut digits = [0u8; 9];
    fill_nine_digits(&mut digits, fraction);
    out.push(b'.');
    out.extend_from_slice(&digits);
    out.push(b'Z');
}

/// Write `YYYY-MM-DDTHH:MM:SS` and return the nanoseconds within the second.
fn write_date_time(out: &mut Vec<u8>, nanos: i64) -> u32 {
    let seconds = nanos.div_euclid(NANOS_PER_SECOND);
    let fraction = nanos.rem_euclid(NANOS_PER_SECOND) as u32;
    let days = seconds.div_euclid(SECONDS_PER_DAY);
    let of_day = seconds.rem_euclid(SECONDS_PER_DAY) as u32;
    let (year, month, day) = civil_from_days(days);
    // i64 nanoseconds span the years 1677 to 2262: always four digits.
    let year = year as u32;
    let mut text = *b"0000-00-00T00:00:00";
    put_digits(&mut text[0..4], year);
    put_digits(&mut text[5..7], month);
    put_digits(&mut text[8..10], day);
    put_digits(&mut text[11..13], of_day / 3600);
    put_digits(&mut text[14..16], of_day / 60 % 60);
    put_digits(&mut text[17..19], of_day % 60);
    out.extend_from_slice(&text);
    fraction
}

fn put_digits(slot: &mut [u8], mut value: u32) {
    for b in slot.iter_mut().rev() {
        *b = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

fn fill_nine_digits(digits: &mut [u8; 9], fraction: u32) {
    put_digits(digits, fraction);
}

/// Parse an RFC3339 time as Go's `time.Parse(time.RFC3339, text)` does, to nanoseconds since the
/// epoch.
pub fn parse_rfc3339(text: &str) -> Result<i64, TimeParseError> {
    parse_bytes(text.as_bytes()).map_err(|reason| TimeParseError {
        text: text.to_string(),
        reason,
    })
}

/// [`parse_rfc3339`] of text given as bytes, with only the reason on failure (the decoder reads
/// cells as bytes: what it accepts is ASCII, so no UTF-8 check is needed first).
pub(crate) fn parse_bytes(b: &[u8]) -> Result<i64, &'static str> {
    const SHAPE: &str = "not of the form 2006-01-02T15:04:05Z07:00";
    let mut p = Cursor { b, at: 0 };
    let year = p.digits(4).ok_or(SHAPE)?;
    p.byte(b'-').ok_or(SHAPE)?;
    let month = p.digits(2).ok_or(SHAPE)?;
    p.byte(b'-').ok_or(SHAPE)?;
    let day = p.digits(2).ok_or(SHAPE)?;
    p.byte(b'T').ok_or(SHAPE)?;
    // Go's parser takes a one-digit hour too.
    let hour = match p.digits(2) {
        Some(h) => h,
        None => p.digits(1).ok_or(SHAPE)?,
    };
    p.byte(b':').ok_or(SHAPE)?;
    let minute = p.digits(2).ok_or(SHAPE)?;
    p.byte(b':').ok_or(SHAPE)?;
    let second = p.digits(2).ok_or(SHAPE)?;

    let mut fraction = 0i64;
    if matches!(p.peek(), Some(b'.' | b',')) && p.b.get(p.at + 1).is_some_and(u8::is_ascii_digit) {
        p.at += 1;
        let mut scale = NANOS_PER_SECOND;
        while let Some(d) = p.peek().filter(u8::is_ascii_digit) {
            p.at += 1;
            if scale > 1 {
                scale /= 10;
                fraction += i64::from(d - b'0') * scale;
            }
        }
    }

    let offset_seconds = match p.peek() {
        Some(b'Z') => {
            p.at += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            p.at += 1;
            let hours = p.digits(2).ok_or(SHAPE)?;
            p.byte(b':').ok_or(SHAPE)?;
            let minutes = p.digits(2).ok_or(SHAPE)?;
            if hours > 23 {
                return Err("time zone hour out of range");
            }
            if minutes > 59 {
                return Err("time zone minute out of range");
            }
            let offset = i64::from(hours * 3600 + minutes * 60);
            if sign == b'-' { -offset } else { offset }
        }
        _ => return Err(SHAPE),
    };
    if p.at != b.len() {
        return Err("extra text after the time");
    }

    if !(1..=12).contains(&month) {
        return Err("month out of range");
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err("day out of range");
    }
    if hour > 23 {
        return Err("hour out of range");
    }
    if minute > 59 {
        return Err("minute out of range");
    }
    if second > 59 {
        return Err("second out of range");
    }

    let days = days_from_civil(i64::from(year), month, day);
    let seconds = days * SECONDS_PER_DAY + i64::from(hour * 3600 + minute * 60 + second) - offset_seconds;
    let nanos = i128::from(seconds) * i128::from(NANOS_PER_SECOND) + i128::from(fraction);
    // Go's UnixNano: the product and sum wrap modulo 2^64 (truncation keeps the low 64 bits).
    Ok(nanos as i64)
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn byte(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Exactly `n` ASCII digits.
    fn digits(&mut self, n: usize) -> Option<u32> {
        let slice = self.b.get(self.at..self.at + n)?;
        let mut value = 0u32;
        for &d in slice {
            if !d.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u32::from(d - b'0');
        }
        self.at += n;
        Some(value)
    }
}

fn is_leap_year(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a count of days since 1970-01-01 (inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<i64, &'static str> {
        parse_rfc3339(text).map_err(|e| e.reason)
    }

    #[test]
    fn formats_like_go() {
        assert_eq!(format_rfc3339_nano(0), "1970-01-01T00:00:00Z");
        assert_eq!(
            format_rfc3339_nano(1_527_018_806_000_000_000),
            "2018-05-22T19:53:26Z"
        );
        assert_eq!(
            format_rfc3339_nano(1_527_018_806_500_000_000),
            "2018-05-22T19:53:26.5Z"
        );
        assert_eq!(
            format_rfc3339_nano(1_527_018_806_000_000_001),
            "2018-05-22T19:53:26.000000001Z"
        );
        assert_eq!(format_rfc3339_nano(-1), "1969-12-31T23:59:59.999999999Z");
        assert_eq!(format_rfc3339_nano(i64::MIN), "1677-09-21T00:12:43.145224192Z");
        assert_eq!(format_rfc3339_nano(i64::MAX), "2262-04-11T23:47:16.854775807Z");
        assert_eq!(format_fixed_nanos(0), "1970-01-01T00:00:00.000000000Z");
        assert_eq!(
            format_fixed_nanos(1_527_018_806_120_000_000),
            "2018-05-22T19:53:26.120000000Z"
        );
    }

    #[test]
    fn parses_like_go() {
        assert_eq!(parse("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(parse("2018-05-22T19:53:26Z"), Ok(1_527_018_806_000_000_000));
        assert_eq!(parse("2018-05-22T19:53:26.5Z"), Ok(1_527_018_806_500_000_000));
        assert_eq!(parse("2018-05-22T19:53:26,5Z"), Ok(1_527_018_806_500_000_000));
        assert_eq!(
            parse("2018-05-22T19:53:26.1234567891Z"),
            Ok(1_527_018_806_123_456_789)
        );
        assert_eq!(parse("2018-05-22T21:53:26+02:00"), Ok(1_527_018_806_000_000_000));
        assert_eq!(parse("2018-05-22T17:23:26-02:30"), Ok(1_527_018_806_000_000_000));
        assert_eq!(parse("2018-05-22T9:53:26Z"), Ok(1_526_982_806_000_000_000));
        assert_eq!(parse("1969-12-31T23:59:59.999999999Z"), Ok(-1));
        assert_eq!(parse("2262-04-11T23:47:16.854775807Z"), Ok(i64::MAX));
        assert_eq!(parse("1677-09-21T00:12:43.145224192Z"), Ok(i64::MIN));
    }

    #[test]
    fn refuses_what_go_refuses() {
        assert!(parse("2018-05-22").is_err());
        assert!(parse("2018-05-22T19:53:26").is_err());
        assert!(parse("2018-05-22 19:53:26Z").is_err());
        assert!(parse("2018-05-22t19:53:26Z").is_err());
        assert!(parse("2018-05-22T19:53:26z").is_err());
        assert!(parse("2018-05-22T19:53:26.Z").is_err());
        assert!(parse("2018-5-22T19:53:26Z").is_err());
        assert!(parse("2018-05-22T19:53:26Zx").is_err());
        assert!(parse("2018-05-22T19:53:26+0200").is_err());
        assert_eq!(parse("2018-13-22T19:53:26Z"), Err("month out of range"));
        assert_eq!(parse("2019-02-29T19:53:26Z"), Err("day out of range"));
        assert_eq!(parse("2020-02-29T24:00:00Z"), Err("hour out of range"));
        assert_eq!(parse("2020-02-29T23:00:60Z"), Err("second out of range"));
        assert_eq!(parse("2262-04-11T23:47:16.854775808Z"), Ok(i64::MIN));
        assert_eq!(parse("2554-07-21T23:34:33.709551615Z"), Ok(-1));
        assert_eq!(parse("1677-09-21T00:12:43.145224191Z"), Ok(i64::MAX));
        assert!(parse("").is_err());
        assert!(parse("ü018-05-22T19:53:26Z").is_err());
    }

    #[test]
    fn civil_days_round_trip() {
        for days in -106_751..=106_751 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
