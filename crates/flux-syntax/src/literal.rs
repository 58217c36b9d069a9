//! Decoding of literal text: integers, durations, date-times, regexes and strings.
//!
//! Every function here reports problems as messages in Flux's wording and never panics.

use std::borrow::Cow;

use crate::ast::{DurationMagnitude, DurationUnit, StringPart};
use crate::error::SyntaxError;
use crate::span::Span;

/// `int_lit`: decimal digits, no leading zero, must fit in an `i64`.
pub(crate) fn int(text: &str) -> Result<i64, String> {
    if text.len() > 1 && text.starts_with('0') {
        return Err(format!(
            "invalid integer literal {text:?}: nonzero value cannot start with 0"
        ));
    }
    text.parse::<i64>()
        .map_err(|_| format!("invalid integer literal {text:?}: value out of range"))
}

/// `float_lit`: `1.5`, `1.`, `.5`.
pub(crate) fn float(text: &str) -> Result<f64, String> {
    let normalised;
    let text = if text.ends_with('.') {
        normalised = format!("{text}0");
        normalised.as_str()
    } else {
        text
    };
    text.parse::<f64>()
        .map_err(|_| format!("invalid float literal {text:?}"))
}

/// Length of an exponent (`e9`, `E-3`, `e+10`) at the start of `rest`, the text right
/// after a number literal, when nothing that continues a name follows it. Flux has no
/// exponent form: `1.7e9` is the float `1.7` and then the name `e9`.
pub(crate) fn exponent_extent(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    if !matches!(b.first(), Some(b'e' | b'E')) {
        return None;
    }
    let sign = usize::from(matches!(b.get(1), Some(b'+' | b'-')));
    let digits = b[1 + sign..].iter().take_while(|d| d.is_ascii_digit()).count();
    let end = 1 + sign + digits;
    let continues = rest[end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
    (digits > 0 && !continues).then_some(end)
}

/// The error for a number written with an exponent (`1.7e9`): what to write instead.
pub(crate) fn exponent_error(number: &str, exponent: &str) -> String {
    let instead = match exponent[1..].parse::<i32>() {
        Ok(power) if power.abs() <= 30 => format!("write {}", shift_point(number, power)),
        _ => "write the number out in full".to_string(),
    };
    format!("invalid number literal \"{number}{exponent}\": Flux has no exponent form; {instead}")
}

/// `number` × 10^`power` written out in decimal (`1.7`, 9 → `1700000000.0`; `1`, 9 →
/// `1000000000`; `15`, -3 → `0.015`).
fn shift_point(number: &str, power: i32) -> String {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let is_float = number.contains('.') || power < 0;
    let digits = format!("{whole}{fraction}");
    let point = i64::try_from(whole.len()).unwrap_or(0) + i64::from(power);
    let (int_part, frac_part) = if point <= 0 {
        let zeros = usize::try_from(-point).unwrap_or(0);
        (String::new(), format!("{}{digits}", "0".repeat(zeros)))
    } else {
        let point = usize::try_from(point).unwrap_or(0);
        if point >= digits.len() {
            (
                format!("{digits}{}", "0".repeat(point - digits.len())),
                String::new(),
            )
        } else {
            (digits[..point].to_string(), digits[point..].to_string())
        }
    };
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    let frac_part = frac_part.trim_end_matches('0');
    match (is_float, frac_part.is_empty()) {
        (false, _) => int_part.to_string(),
        (true, true) => format!("{int_part}.0"),
        (true, false) => format!("{int_part}.{frac_part}"),
    }
}

/// `duration_lit`: one or more `magnitude unit` pairs (`1h30m`, `1mo2d`, `2µs`).
pub(crate) fn duration(text: &str) -> Result<Vec<DurationMagnitude>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (number, tail) = rest.split_at(digits);
        let units = tail
            .chars()
            .take_while(|c| !c.is_ascii_digit())
            .map(char::len_utf8)
            .sum::<usize>();
        let (unit, tail) = tail.split_at(units);
        let unit = match unit {
            "y" => DurationUnit::Year,
            "mo" => DurationUnit::Month,
            "w" => DurationUnit::Week,
            "d" => DurationUnit::Day,
            "h" => DurationUnit::Hour,
            "m" => DurationUnit::Minute,
            "s" => DurationUnit::Second,
            "ms" => DurationUnit::Millisecond,
            "us" | "µs" => DurationUnit::Microsecond,
            "ns" => DurationUnit::Nanosecond,
            _ => {
                return Err(format!(
                    "invalid duration literal {text:?}: unknown unit {unit:?}"
                ));
            }
        };
        let magnitude = number
            .parse::<i64>()
            .map_err(|_| format!("invalid duration literal {text:?}: value out of range"))?;
        out.push(DurationMagnitude { magnitude, unit });
        rest = tail;
    }
    Ok(out)
}

/// `date_time_lit`: `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`, as
/// nanoseconds since the Unix epoch (UTC).
pub(crate) fn date_time(text: &str) -> Result<i64, String> {
    let out_of_range = || format!("invalid date time literal {text:?}: value out of range");
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> i64 {
        b.get(range)
            .unwrap_or_default()
            .iter()
            .fold(0i64, |n, d| n * 10 + i64::from(d.wrapping_sub(b'0')))
    };
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(out_of_range());
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    let mut nanos = 0i64;
    if b.len() > 10 {
        let (hour, minute, second) = (num(11..13), num(14..16), num(17..19));
        if hour > 23 || minute > 59 || second > 60 {
            return Err(out_of_range());
        }
        seconds += hour * 3600 + minute * 60 + second;
        let mut i = 19;
        if b.get(i) == Some(&b'.') {
            let frac: Vec<u8> = b[i + 1..]
                .iter()
                .copied()
                .take_while(u8::is_ascii_digit)
                .collect();
            i += 1 + frac.len();
            for k in 0..9 {
                nanos = nanos * 10 + frac.get(k).map_or(0, |d| i64::from(d - b'0'));
            }
        }
        match b.get(i) {
            Some(b'Z') => {}
            Some(sign @ (b'+' | b'-')) => {
                let offset = num(i + 1..i + 3) * 3600 + num(i + 4..i + 6) * 60;
                seconds -= if *sign == b'+' { offset } else { -offset };
            }
            _ => return Err("invalid date time literal, missing time offset".to_string()),
        }
    }
    // The instant must fit in i64 nanoseconds; `seconds` alone may be just outside it
    // (1677-09-21T00:12:43.145224193Z is -9223372037 s plus 854775807 ns).
    let total = i128::from(seconds) * 1_000_000_000 + i128::from(nanos);
    i64::try_from(total).map_err(|_| out_of_range())
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The pattern a `regexp_lit` body (the text between the slashes) stands for, as Flux
/// reads it: `\/` is a slash and `\xHH` the byte HH, so consecutive `\xHH` that form
/// UTF-8 are that character (`/^\xe6\x97\xa5/` is `^日`). Every other escape is kept
/// for the regex engine. The bytes must form UTF-8; the error texts are Flux's.
pub fn regex_pattern(body: &str) -> Result<Cow<'_, str>, String> {
    if !body.contains("\\/") && !body.contains("\\x") && !body.ends_with('\\') {
        return Ok(Cow::Borrowed(body));
    }
    let mut bytes = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('/') => bytes.push(b'/'),
            Some('x') => {
                let hi = chars.next().ok_or(r"\x followed by 0 char, must be 2")?;
                let lo = chars.next().ok_or(r"\x followed by 1 char, must be 2")?;
                match (hi.to_digit(16), lo.to_digit(16)) {
                    (Some(h), Some(l)) => bytes.push((h * 16 + l) as u8),
                    _ => return Err("invalid byte value".to_string()),
                }
            }
            Some(other) => {
                let mut buf = [0; 4];
                bytes.push(b'\\');
                bytes.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
            }
            None => return Err("unterminated regex sequence".to_string()),
        }
    }
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|e| e.utf8_error().to_string())
}

/// The pattern of a `regexp_lit` body for the AST: [`regex_pattern`], or the body as
/// written when it is invalid (the lexer has reported that error already).
pub(crate) fn regex(body: &str) -> Cow<'_, str> {
    regex_pattern(body).unwrap_or(Cow::Borrowed(body))
}

/// Checks the syntax of a regex literal's body (as written, `\/` included) the way
/// Flux does when it parses one: an invalid pattern is a syntax error. Only the syntax
/// is read here (which is cheap); the rare patterns that parse but cannot be compiled
/// (an unknown Unicode class such as `\p{Foo}`) fail when the literal is evaluated.
pub(crate) fn check_regex(body: &str) -> Result<(), String> {
    let pattern = regex_pattern(body)?;
    match regex_syntax::ast::parse::Parser::new().parse(&pattern) {
        Ok(_) => Ok(()),
        Err(error) => Err(regex_error_message(&error.to_string())),
    }
}

/// Flux's one-line form of a regex error: the multi-line text the regex crates print
/// (`regex parse error:`, the pattern, a caret line, `error: …`) without the caret
/// line, on one line: `regex parse error: * error: repetition operator missing expression`.
pub fn regex_error_message(error: &str) -> String {
    let words: Vec<&str> = error
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.chars().all(|c| c == '^' || c == '~' || c == ' '))
        .collect();
    let text = words.join(" ");
    if text.starts_with("regex parse error:") {
        text
    } else {
        format!("regex parse error: {text}")
    }
}

/// Decodes the body of a string literal (between the quotes) into text and
/// interpolation parts. `offset` is the byte offset of `body` in the source;
/// `parse_expr(start, end, errors)` parses the source text `start..end` of a `${…}`.
pub(crate) fn string(
    body: &str,
    offset: u32,
    errors: &mut Vec<SyntaxError>,
    parse_expr: &mut dyn FnMut(u32, u32, &mut Vec<SyntaxError>) -> crate::ast::Expr,
) -> Vec<StringPart> {
    if !body.contains('\\') && !body.contains("${") {
        // The common case: plain text, decoded as it is.
        return if body.is_empty() {
            Vec::new()
        } else {
            vec![StringPart::Text(body.into())]
        };
    }
    let bytes = body.as_bytes();
    let mut parts = Vec::new();
    let mut text: Vec<u8> = Vec::with_capacity(body.len());
    let mut text_start = 0usize;
    let mut i = 0usize;
    let at = |start: usize, end: usize| Span::new(offset + start as u32, offset + end as u32);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                let esc = bytes.get(i + 1).copied();
                match esc {
                    Some(b'n') => text.push(b'\n'),
                    Some(b'r') => text.push(b'\r'),
                    Some(b't') => text.push(b'\t'),
                    Some(b'"') => text.push(b'"'),
                    Some(b'\\') => text.push(b'\\'),
                    Some(b'$') if bytes.get(i + 2) == Some(&b'{') => {
                        text.extend_from_slice(b"${");
                        i += 1;
                    }
                    Some(b'x') => {
                        // `\x` is ASCII, so `i + 2` is a char boundary; take whole chars after it
                        // so that spans never end inside a multi-byte character.
                        let digits: String = body[i + 2..].chars().take(2).collect();
                        let is_hex = digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_hexdigit());
                        match u8::from_str_radix(&digits, 16).ok().filter(|_| is_hex) {
                            Some(byte) => text.push(byte),
                            None => errors.push(SyntaxError::new(
                                at(i, i + 2 + digits.len()),
                                "invalid byte escape: expected two hex digits after \\x",
                            )),
                        }
                        i += digits.len();
                    }
                    _ => {
                        let shown = body[i + 1..].chars().next().map_or(String::new(), String::from);
                        let end = i + 1 + shown.len();
                        errors.push(SyntaxError::new(
                            at(i, end),
                            format!(
                                "invalid escape sequence \"\\{shown}\" in string literal \
                                 (allowed: \\n \\r \\t \\\" \\\\ \\${{ \\xHH)"
                            ),
                        ));
                    }
                }
                i += 2;
            }
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                flush_text(&mut parts, &mut text, at(text_start, i), errors);
                let inner_start = i + 2;
                let inner_len = interpolation_extent(&bytes[inner_start..]);
                let inner_end = inner_start + inner_len;
                let expr = parse_expr(offset + inner_start as u32, offset + inner_end as u32, errors);
                parts.push(StringPart::Interpolation(expr));
                if inner_end >= bytes.len() {
                    errors.push(SyntaxError::new(
                        at(bytes.len(), bytes.len()),
                        "expected RBRACE, got EOF",
                    ));
                }
                i = inner_end + 1;
                text_start = i;
            }
            _ => {
                text.push(bytes[i]);
                i += 1;
            }
        }
    }
    flush_text(
        &mut parts,
        &mut text,
        at(text_start, bytes.len().max(text_start)),
        errors,
    );
    parts
}

fn flush_text(parts: &mut Vec<StringPart>, text: &mut Vec<u8>, span: Span, errors: &mut Vec<SyntaxError>) {
    if text.is_empty() {
        return;
    }
    let bytes = std::mem::take(text);
    match String::from_utf8(bytes) {
        Ok(s) => parts.push(StringPart::Text(s.into())),
        Err(e) => {
            errors.push(SyntaxError::new(
                span,
                "invalid string literal: \\x escapes must form valid UTF-8",
            ));
            parts.push(StringPart::Text(String::from_utf8_lossy(e.as_bytes()).into()));
        }
    }
}

/// Length of the expression text of an interpolation up to (not including) its
/// closing brace, skipping nested strings and braces. `rest` starts after `${`.
fn interpolation_extent(rest: &[u8]) -> usize {
    let mut braces = 0u32;
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'"' => {
                let (len, _) = crate::token::string_extent(&rest[i + 1..]);
                i += len;
            }
            b'{' => braces += 1,
            b'}' if braces == 0 => return i,
            b'}' => braces -= 1,
            _ => {}
        }
        i += 1;
    }
    rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for days in [-1_000_000, -1, 0, 1, 17_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn date_times() {
        assert_eq!(date_time("1970-01-01"), Ok(0));
        assert_eq!(date_time("1970-01-01T00:00:01.5Z"), Ok(1_500_000_000));
        assert_eq!(
            date_time("2018-08-15T13:36:23-07:00"),
            date_time("2018-08-15T20:36:23Z")
        );
        assert!(date_time("2018-02-30").is_err());
        assert_eq!(date_time("1677-09-21T00:12:43.145224192Z"), Ok(i64::MIN));
        assert_eq!(date_time("1677-09-21T00:12:43.145224194Z"), Ok(i64::MIN + 2));
        assert_eq!(date_time("2262-04-11T23:47:16.854775807Z"), Ok(i64::MAX));
        assert_eq!(
            date_time("1677-09-21T00:12:43.145224191Z"),
            Err(
                r#"invalid date time literal "1677-09-21T00:12:43.145224191Z": value out of range"#
                    .to_string()
            )
        );
        assert!(date_time("2262-04-11T23:47:16.854775808Z").is_err());
        assert_eq!(date_time("2262-04-12T00:47:16.854775807+01:00"), Ok(i64::MAX));
        assert_eq!(
            date_time("2018-11-29T09:00:00"),
            Err("invalid date time literal, missing time offset".to_string())
        );
    }

    #[test]
    fn exponents_get_a_decimal_instead() {
        assert_eq!(exponent_extent("e9"), Some(2));
        assert_eq!(exponent_extent("E-3 + 1"), Some(3));
        assert_eq!(exponent_extent("e+10)"), Some(4));
        assert_eq!(exponent_extent("e9x"), None);
        assert_eq!(exponent_extent("e"), None);
        assert_eq!(exponent_extent("else"), None);
        assert_eq!(shift_point("1.7", 9), "1700000000.0");
        assert_eq!(shift_point("1", 9), "1000000000");
        assert_eq!(shift_point("1.5", 1), "15.0");
        assert_eq!(shift_point("1.25", 1), "12.5");
        assert_eq!(shift_point("15", -3), "0.015");
        assert_eq!(shift_point(".5", -1), "0.05");
        assert_eq!(shift_point("2.", 0), "2.0");
        assert_eq!(
            exponent_error("1.7", "e9"),
            "invalid number literal \"1.7e9\": Flux has no exponent form; write 1700000000.0"
        );
        assert!(exponent_error("1", "e400").ends_with("write the number out in full"));
    }

    #[test]
    fn integers() {
        assert_eq!(int("0"), Ok(0));
        assert!(int("0123").is_err());
        assert!(int("100000000000000000000000000000").is_err());
    }
}
