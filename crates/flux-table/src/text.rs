//! Cell values as text, the way Go's `strconv` writes and reads them (shared by CSV and table output).

/// Append `value` as Go's `strconv.FormatFloat(value, 'f', -1, 64)` writes it: the shortest
/// digits that read back to the same float, never an exponent (`1e21` is
/// `1000000000000000000000`), and `NaN`, `+Inf`, `-Inf`.
pub fn write_float(out: &mut Vec<u8>, value: f64) {
    if value.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if value.is_infinite() {
        out.extend_from_slice(if value > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    // Ryu finds the shortest digits and, like Go, breaks a tie between two of them towards the
    // even one (Rust's `Display` rounds it up: 86589902837496.125 is `…96.12` in Go, `…96.13`
    // there). Ryu writes `1e21` or `1.5e-7`; the digits are laid out again without exponent.
    let mut ryu = ryu::Buffer::new();
    let text = ryu.format_finite(value).as_bytes();
    let (text, negative) = match text.strip_prefix(b"-") {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let (mantissa, exponent) = match text.iter().position(|&b| b == b'e') {
        Some(i) => (&text[..i], parse_exponent(&text[i + 1..])),
        None => (text, 0),
    };
    let mut digits = [0u8; 32];
    let mut len = 0;
    let mut point = None;
    for &b in mantissa {
        if b == b'.' {
            point = Some(len);
        } else if len < digits.len() {
            digits[len] = b;
            len += 1;
        }
    }
    // The decimal point sits `point` digits in; leading and trailing zeros carry no digits.
    let mut point = point.unwrap_or(len) as i64 + exponent;
    let mut start = 0;
    while start < len && digits[start] == b'0' {
        start += 1;
        point -= 1;
    }
    while len > start && digits[len - 1] == b'0' {
        len -= 1;
    }
    if negative {
        out.push(b'-');
    }
    let digits = &digits[start..len];
    if digits.is_empty() {
        out.push(b'0');
    } else if point <= 0 {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + point.unsigned_abs() as usize, b'0');
        out.extend_from_slice(digits);
    } else if point as usize >= digits.len() {
        out.extend_from_slice(digits);
        out.resize(out.len() + (point as usize - digits.len()), b'0');
    } else {
        let (whole, fraction) = digits.split_at(point as usize);
        out.extend_from_slice(whole);
        out.push(b'.');
        out.extend_from_slice(fraction);
    }
}

fn parse_exponent(text: &[u8]) -> i64 {
    let (negative, digits) = match text.strip_prefix(b"-") {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = digits.iter().fold(0i64, |n, &d| n * 10 + i64::from(d - b'0'));
    if negative { -magnitude } else { magnitude }
}

/// Append an `int`.
pub fn write_int(out: &mut Vec<u8>, value: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// Append a `uint`.
pub fn write_uint(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// Append a `bool` (`true` / `false`).
pub fn write_bool(out: &mut Vec<u8>, value: bool) {
    out.extend_from_slice(if value { b"true" } else { b"false" });
}

/// Read a `bool` as Go's `strconv.ParseBool`: `1 t T TRUE true True` and `0 f F FALSE false False`.
pub fn parse_bool(text: &[u8]) -> Option<bool> {
    match text {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Some(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Some(false),
        _ => None,
    }
}

/// Why a number did not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number of the type (`invalid syntax` in Go's words).
    Syntax,
    /// A number, but too large for the type (`value out of range`).
    Range,
}

impl NumberError {
    /// Go's wording of the error.
    pub fn reason(self) -> &'static str {
        match self {
            NumberError::Syntax => "invalid syntax",
            NumberError::Range => "value out of range",
        }
    }
}

/// Read an `int` as Go's `strconv.ParseInt(text, 10, 64)`: an optional sign, then decimal digits.
pub fn parse_int(text: &[u8]) -> Result<i64, NumberError> {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    let magnitude = parse_uint(digits)?;
    if negative {
        // -(2^63) is the one magnitude that fits only negated.
        0i64.checked_sub_unsigned(magnitude).ok_or(NumberError::Range)
    } else {
        i64::try_from(magnitude).map_err(|_| NumberError::Range)
    }
}

/// Read a `uint` as Go's `strconv.ParseUint(text, 10, 64)`: decimal digits only.
pub fn parse_uint(text: &[u8]) -> Result<u64, NumberError> {
    if text.is_empty() {
        return Err(NumberError::Syntax);
    }
    let mut value = 0u64;
    let mut overflow = false;
    for &d in text {
        if !d.is_ascii_digit() {
            return Err(NumberError::Syntax);
        }
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
        {
            Some(v) => value = v,
            None => overflow = true,
        }
    }
    if overflow {
        Err(NumberError::Range)
    } else {
        Ok(value)
    }
}

/// Read a `float` as Go's `strconv.ParseFloat(text, 64)` reads decimal text: digits with an
/// optional fraction and exponent, `NaN`, `Inf`/`Infinity` with an optional sign (any case).
/// A finite number too large for a float is out of range, as in Go.
pub fn parse_float(text: &[u8]) -> Result<f64, NumberError> {
    if let Some(value) = parse_short_decimal(text) {
        return Ok(value);
    }
    let text = std::str::from_utf8(text).map_err(|_| NumberError::Syntax)?;
    let value: f64 = text.parse().map_err(|_| NumberError::Syntax)?;
    if value.is_infinite() && !text.trim_start_matches(['+', '-']).starts_with(['i', 'I']) {
        return Err(NumberError::Range);
    }
    Ok(value)
}

/// A float written `[-]DIGITS[.DIGITS]` with at most 15 digits in all, or `None`: its digits
/// as an integer are exact in an f64 (below 2^53), and so is the power of ten dividing them
/// (at most 10^15), so one division rounds correctly, as a full parse would.
fn parse_short_decimal(text: &[u8]) -> Option<f64> {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, text),
    };
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    let mut mantissa = 0u64;
    let mut count = 0;
    let mut fraction_digits = None;
    for (i, &b) in digits.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                count += 1;
            }
            // A point between digits only (Go reads `1.` and `.5`; the full parse does too).
            b'.' if fraction_digits.is_none() && i > 0 && i + 1 < digits.len() => {
                fraction_digits = Some(digits.len() - i - 1);
            }
            _ => return None,
        }
    }
    if count > 15 {
        return None;
    }
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let value = mantissa as f64 / POWERS[fraction_digits.unwrap_or(0)];
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(v: f64) -> String {
        let mut out = Vec::new();
        write_float(&mut out, v);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn floats_as_go_formats_them() {
        assert_eq!(float(1.0), "1");
        assert_eq!(float(-0.0), "-0");
        assert_eq!(float(0.1), "0.1");
        assert_eq!(float(12.345), "12.345");
        assert_eq!(float(1e21), "1000000000000000000000");
        assert_eq!(float(1e-7), "0.0000001");
        assert_eq!(float(f64::NAN), "NaN");
        assert_eq!(float(f64::INFINITY), "+Inf");
        assert_eq!(float(f64::NEG_INFINITY), "-Inf");
        assert_eq!(float(1.0 / 3.0), "0.3333333333333333");
        // The float nearest to this literal is -86589902837496.125: a tie between …12 and …13.
        assert_eq!(float(-86_589_902_837_496.13), "-86589902837496.12");
        assert_eq!(float(5e-324), format!("0.{}5", "0".repeat(323)));
        assert_eq!(float(f64::MAX), format!("17976931348623157{}", "0".repeat(292)));
        assert_eq!(float(123456.0), "123456");
        assert_eq!(float(0.000123), "0.000123");
    }

    #[test]
    fn numbers_read_as_go_reads_them() {
        assert_eq!(parse_int(b"-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(parse_int(b"9223372036854775807"), Ok(i64::MAX));
        assert_eq!(parse_int(b"9223372036854775808"), Err(NumberError::Range));
        assert_eq!(parse_int(b"+7"), Ok(7));
        assert_eq!(parse_int(b"-"), Err(NumberError::Syntax));
        assert_eq!(parse_int(b" 7"), Err(NumberError::Syntax));
        assert_eq!(parse_int(b"1.0"), Err(NumberError::Syntax));
        assert_eq!(parse_uint(b"18446744073709551615"), Ok(u64::MAX));
        assert_eq!(parse_uint(b"18446744073709551616"), Err(NumberError::Range));
        assert_eq!(parse_uint(b"+7"), Err(NumberError::Syntax));
        assert_eq!(parse_uint(b"-7"), Err(NumberError::Syntax));
        assert_eq!(parse_float(b"1.5e3"), Ok(1500.0));
        assert_eq!(parse_float(b"-Inf"), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_float(b"+Infinity"), Ok(f64::INFINITY));
        assert!(parse_float(b"NaN").is_ok_and(f64::is_nan));
        assert_eq!(parse_float(b"1e400"), Err(NumberError::Range));
        assert_eq!(parse_float(b"abc"), Err(NumberError::Syntax));
        assert_eq!(parse_bool(b"True"), Some(true));
        assert_eq!(parse_bool(b"F"), Some(false));
        assert_eq!(parse_bool(b"yes"), None);
    }

    #[test]
    fn short_decimals_read_as_the_full_parse_reads_them() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut texts: Vec<String> = [
            "0",
            "-0",
            "-0.0",
            "0.1",
            "0.3",
            "9007199254740993",
            "999999999999999",
            "123456789012345.6",
            "1.",
            ".5",
            "-.5",
            "1..2",
            "1.2.3",
            "-",
            "00012.500",
            "0.000000000000001",
        ]
        .map(String::from)
        .to_vec();
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let digits = (seed % 10u64.pow((seed >> 60) as u32 % 16 + 1)).to_string();
            let point = (seed >> 40) as usize % (digits.len() + 1);
            let sign = if seed & 1 == 0 { "-" } else { "" };
            texts.push(format!("{sign}{}.{}", &digits[..point], &digits[point..]));
            texts.push(format!("{sign}{digits}"));
        }
        for text in texts {
            let full = text.parse::<f64>().ok();
            let short = parse_float(text.as_bytes()).ok();
            assert_eq!(short.map(f64::to_bits), full.map(f64::to_bits), "{text}");
        }
    }
}
