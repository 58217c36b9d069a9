//! Text forms of Flux scalars that the natives need (durations, times, floats),
//! written to match Go's output byte for byte.

use flux_eval::Value;

/// Flux's `Duration.String()`: `0ns`, `1h30m`, `1y2mo`, `-1w2d`, `1s500ms`, `1us`.
pub fn duration_string(months: i64, nanos: i64, negative: bool) -> String {
    if months == 0 && nanos == 0 {
        return "0ns".to_string();
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let mut push = |n: i64, unit: &str| {
        if n != 0 {
            out.push_str(&n.to_string());
            out.push_str(unit);
        }
    };
    push(months / 12, "y");
    push(months % 12, "mo");
    const UNITS: [(i64, &str); 8] = [
        (7 * 24 * 3600 * 1_000_000_000, "w"),
        (24 * 3600 * 1_000_000_000, "d"),
        (3600 * 1_000_000_000, "h"),
        (60 * 1_000_000_000, "m"),
        (1_000_000_000, "s"),
        (1_000_000, "ms"),
        (1_000, "us"),
        (1, "ns"),
    ];
    let mut rest = nanos;
    for (size, unit) in UNITS {
        push(rest / size, unit);
        rest %= size;
    }
    out
}

/// `2019-08-14T10:03:12Z`, `2019-08-14T10:03:12.5Z`: RFC 3339 with the fraction's
/// trailing zeros trimmed (Go's `RFC3339Nano`, used by `json.encode`).
pub fn time_rfc3339_nano(nanos_since_epoch: i64) -> String {
    let (date_time, fraction) = split_time(nanos_since_epoch);
    if fraction == 0 {
        return format!("{date_time}Z");
    }
    let digits = format!("{fraction:09}");
    format!("{date_time}.{}Z", digits.trim_end_matches('0'))
}

/// `2021-01-01T00:00:00.000000000Z`: always nine fractional digits (Flux's `string()`/`display()`).
pub fn time_fixed_nanos(nanos_since_epoch: i64) -> String {
    let (date_time, fraction) = split_time(nanos_since_epoch);
    format!("{date_time}.{fraction:09}Z")
}

fn split_time(nanos_since_epoch: i64) -> (String, i64) {
    let seconds = nanos_since_epoch.div_euclid(1_000_000_000);
    let fraction = nanos_since_epoch.rem_euclid(1_000_000_000);
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let text = format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    );
    (text, fraction)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A float as Go's `encoding/json` writes it: shortest digits, plain decimal unless
/// |x| < 1e-6 or |x| >= 1e21 (`1e+21`, `1e-7`). `None` for NaN and infinities.
pub fn json_float(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let abs = x.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        Some(exponent_with_sign(&format!("{x:e}"), 1))
    } else {
        Some(format!("{x}"))
    }
}

/// A float as Go's `%v` prints it (Flux `display()`): shortest digits, exponent form
/// when the decimal exponent is < -4 or >= 6 (`1e+06`, `1e-05`, `1.5e+10`).
pub fn go_float_display(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    let sci = format!("{x:e}");
    let exponent: i32 = sci.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    if x != 0.0 && !(-4..6).contains(&exponent) {
        exponent_with_sign(&sci, 2)
    } else {
        format!("{x}")
    }
}

/// `1e21` → `1e+21`; with `min_digits` 2, `1e6` → `1e+06` and `1e-5` → `1e-05`.
fn exponent_with_sign(sci: &str, min_digits: usize) -> String {
    let Some((mantissa, exponent)) = sci.split_once('e') else {
        return sci.to_string();
    };
    let (sign, digits) = match exponent.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exponent),
    };
    format!("{mantissa}e{sign}{digits:0>min_digits$}")
}

/// `display()` of a scalar used as a dictionary key (strings unquoted).
/// Composite keys do not occur: dictionary keys are comparable scalars.
pub fn display_scalar(value: &Value) -> String {
    match value {
        Value::Null => "<null>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::UInt(n) => n.to_string(),
        Value::Float(x) => go_float_display(*x),
        Value::String(s) => s.to_string(),
        Value::Duration(d) => duration_string(d.months, d.nanos, d.negative),
        Value::Time(t) => time_fixed_nanos(*t),
        Value::Bytes(b) => {
            let hex: String = b.iter().map(|byte| format!("{byte:02x}")).collect();
            format!("0x{hex}")
        }
        Value::Regex(r) => r.as_str().to_string(),
        other => other.type_name().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let s = |m, n, neg| duration_string(m, n, neg);
        assert_eq!(s(0, 0, false), "0ns");
        assert_eq!(s(0, 90 * 60 * 1_000_000_000, false), "1h30m");
        assert_eq!(s(14, 0, false), "1y2mo");
        assert_eq!(s(0, 7 * 86_400 * 1_000_000_000, false), "1w");
        assert_eq!(s(0, 1_500_000_000, false), "1s500ms");
        assert_eq!(s(0, 1_000, false), "1us");
        assert_eq!(s(0, 3_600_000_000_000, true), "-1h");
        assert_eq!(s(1, 2 * 86_400 * 1_000_000_000, false), "1mo2d");
    }

    #[test]
    fn times() {
        assert_eq!(
            time_rfc3339_nano(1_565_776_992_000_000_000),
            "2019-08-14T10:03:12Z"
        );
        assert_eq!(
            time_rfc3339_nano(1_565_776_992_500_000_000),
            "2019-08-14T10:03:12.5Z"
        );
        assert_eq!(
            time_fixed_nanos(1_136_239_445_999_999_999),
            "2006-01-02T22:04:05.999999999Z"
        );
        assert_eq!(time_fixed_nanos(-1), "1969-12-31T23:59:59.999999999Z");
        assert_eq!(
            time_rfc3339_nano(1_640_995_200_000_000_000),
            "2022-01-01T00:00:00Z"
        );
    }

    #[test]
    fn json_floats() {
        assert_eq!(json_float(1.0).as_deref(), Some("1"));
        assert_eq!(json_float(1.1).as_deref(), Some("1.1"));
        assert_eq!(json_float(1e21).as_deref(), Some("1e+21"));
        assert_eq!(json_float(1e20).as_deref(), Some("100000000000000000000"));
        assert_eq!(json_float(1.5e-7).as_deref(), Some("1.5e-7"));
        assert_eq!(json_float(0.000001).as_deref(), Some("0.000001"));
        assert_eq!(json_float(-0.0).as_deref(), Some("-0"));
        assert_eq!(json_float(f64::NAN), None);
    }

    #[test]
    fn display_floats() {
        assert_eq!(go_float_display(1.1), "1.1");
        assert_eq!(go_float_display(1.0), "1");
        assert_eq!(go_float_display(100_000.0), "100000");
        assert_eq!(go_float_display(1_000_000.0), "1e+06");
        assert_eq!(go_float_display(123_456_789.0), "1.23456789e+08");
        assert_eq!(go_float_display(0.0001), "0.0001");
        assert_eq!(go_float_display(0.00001), "1e-05");
        assert_eq!(go_float_display(1.5e10), "1.5e+10");
        assert_eq!(go_float_display(f64::INFINITY), "+Inf");
    }
}
