//! The conversion rules of the universe functions `string()`, `bytes()`, `int()`,
//! `uint()`, `float()`, `bool()`, `time()` and `duration()` (typeconv.go), with
//! Flux's error texts. Each takes the `v` argument and gives the result or the
//! message; null converts to null except in `bytes()`; a dynamic value converts as
//! the value inside it.

use crate::display::format_float_string;
use crate::time::{format_duration, format_time, parse_duration, parse_time};
use crate::value::{Duration, Value};

/// Result of a conversion: the value or Flux's error message.
pub type ConvResult = std::result::Result<Value, String>;

fn cannot(v: &Value, to: &str) -> String {
    format!("cannot convert {} to {to}", v.type_string())
}

/// The text `string()` and string interpolation produce, for Stringable values.
pub fn stringify(v: &Value) -> Option<String> {
    Some(match v {
        Value::String(s) => s.to_string(),
        Value::Int(n) => n.to_string(),
        Value::UInt(n) => n.to_string(),
        Value::Float(f) => format_float_string(*f),
        Value::Bool(b) => b.to_string(),
        Value::Time(t) => format_time(*t),
        Value::Duration(d) => format_duration(d),
        _ => return None,
    })
}

/// `string(v:)`.
pub fn to_string(v: &Value) -> ConvResult {
    let v = v.undynamic();
    match v {
        Value::Null => Ok(Value::Null),
        Value::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::from(s)),
            Err(_) => Err("bytes contained non utf8 bytes, cannot be converted into a string".to_string()),
        },
        other => stringify(other)
            .map(Value::from)
            .ok_or_else(|| cannot(other, "string")),
    }
}

/// `bytes(v:)`: only strings convert.
pub fn to_bytes(v: &Value) -> ConvResult {
    let v = v.undynamic();
    match v {
        Value::String(s) => Ok(Value::Bytes(bytes::Bytes::copy_from_slice(s.as_bytes()))),
        other => Err(cannot(other, "bytes")),
    }
}

/// `int(v:)`.
pub fn to_int(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::Int(match v {
        Value::Null => return Ok(Value::Null),
        Value::Int(n) => *n,
        Value::UInt(n) => *n as i64,
        Value::Float(f) => float_to_int(*f),
        Value::Bool(b) => i64::from(*b),
        Value::Time(t) => *t,
        Value::Duration(d) => d.total_nanos(),
        Value::String(s) => parse_go_int(s)
            .ok_or_else(|| format!("cannot convert string {:?} to int due to invalid syntax", &**s))?,
        other => return Err(cannot(other, "int")),
    }))
}

/// `uint(v:)`.
pub fn to_uint(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::UInt(match v {
        Value::Null => return Ok(Value::Null),
        Value::Int(n) => *n as u64,
        Value::UInt(n) => *n,
        Value::Float(f) => float_to_int(*f) as u64,
        Value::Bool(b) => u64::from(*b),
        Value::Time(t) => *t as u64,
        Value::Duration(d) => d.total_nanos() as u64,
        Value::String(s) => parse_go_uint(s)
            .ok_or_else(|| format!("cannot convert string {:?} to uint due to invalid syntax", &**s))?,
        other => return Err(cannot(other, "uint")),
    }))
}

/// Truncation toward zero, saturating like Rust (Go leaves out-of-range results undefined).
fn float_to_int(f: f64) -> i64 {
    f as i64
}

fn parse_go_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_go_uint(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `float(v:)`.
pub fn to_float(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::Float(match v {
        Value::Null => return Ok(Value::Null),
        Value::Float(f) => *f,
        Value::Int(n) => *n as f64,
        Value::UInt(n) => *n as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::String(s) => parse_go_float(s)
            .ok_or_else(|| format!("cannot convert string {:?} to float due to invalid syntax", &**s))?,
        other => return Err(cannot(other, "float")),
    }))
}

/// Go's `strconv.ParseFloat`: decimal and exponent forms, `NaN`, `Inf`, `+Inf`,
/// `-Inf`, `Infinity` (case-insensitive); no surrounding spaces.
fn parse_go_float(s: &str) -> Option<f64> {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = unsigned.to_ascii_lowercase();
    let negative = s.starts_with('-');
    match lower.as_str() {
        "nan" => return Some(f64::NAN),
        "inf" | "infinity" => {
            return Some(if negative {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        _ => {}
    }
    let valid = !unsigned.is_empty()
        && unsigned
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-' | b'_'))
        && unsigned.bytes().any(|b| b.is_ascii_digit());
    if !valid {
        return None;
    }
    s.parse().ok()
}

/// `bool(v:)`.
pub fn to_bool(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::Bool(match v {
        Value::Null => return Ok(Value::Null),
        Value::Bool(b) => *b,
        Value::String(s) => match &**s {
            "true" => true,
            "false" => false,
            other => return Err(format!("cannot convert string {other:?} to bool")),
        },
        Value::Int(n) => match n {
            0 => false,
            1 => true,
            _ => return Err(format!("cannot convert int {n} to bool, must be 0 or 1")),
        },
        Value::UInt(n) => match n {
            0 => false,
            1 => true,
            _ => return Err(format!("cannot convert uint {n} to bool, must be 0 or 1")),
        },
        Value::Float(f) => {
            if *f == 0.0 {
                false
            } else if *f == 1.0 {
                true
            } else {
                return Err(format!("cannot convert float {f:.6} to bool, must be 0 or 1"));
            }
        }
        other => return Err(cannot(other, "bool")),
    }))
}

/// `time(v:)`.
pub fn to_time(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::Time(match v {
        Value::Null => return Ok(Value::Null),
        Value::Time(t) => *t,
        Value::Int(n) => *n,
        Value::UInt(n) => *n as i64,
        Value::String(s) => parse_time(s).ok_or_else(|| {
            format!(
                "cannot convert string {:?} to time due to invalid syntax: invalid date time literal",
                &**s
            )
        })?,
        other => return Err(cannot(other, "time")),
    }))
}

/// `duration(v:)`.
pub fn to_duration(v: &Value) -> ConvResult {
    let v = v.undynamic();
    Ok(Value::Duration(match v {
        Value::Null => return Ok(Value::Null),
        Value::Duration(d) => *d,
        Value::Int(n) => Duration::from_nanos(*n),
        Value::UInt(n) => Duration::from_nanos(*n as i64),
        Value::String(s) => parse_duration(s).ok_or_else(|| {
            format!(
                "cannot convert string {:?} to duration due to invalid syntax",
                &**s
            )
        })?,
        other => return Err(cannot(other, "duration")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(r: ConvResult) -> String {
        match r {
            Ok(v) => v.display(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn conversions_follow_typeconv() {
        assert_eq!(ok(to_int(&Value::Float(10.12))), "10");
        assert_eq!(ok(to_int(&Value::from("-541"))), "-541");
        assert_eq!(
            ok(to_int(&Value::from("notanumber"))),
            "error: cannot convert string \"notanumber\" to int due to invalid syntax"
        );
        assert_eq!(ok(to_uint(&Value::Int(-100))), "18446744073709551516");
        assert_eq!(ok(to_float(&Value::from("1.23e+20"))), "1.23e+20");
        assert_eq!(
            ok(to_float(&Value::from(" 1"))),
            "error: cannot convert string \" 1\" to float due to invalid syntax"
        );
        assert_eq!(
            ok(to_bool(&Value::Float(2.0))),
            "error: cannot convert float 2.000000 to bool, must be 0 or 1"
        );
        assert_eq!(
            ok(to_bool(&Value::UInt(2))),
            "error: cannot convert uint 2 to bool, must be 0 or 1"
        );
        assert_eq!(ok(to_duration(&Value::Int(4800000000000))), "1h20m");
        assert_eq!(ok(to_string(&Value::Float(1e6))), "1000000");
        assert_eq!(ok(to_bytes(&Value::Null)), "error: cannot convert null to bytes");
        assert_eq!(
            ok(to_string(&Value::array(vec![Value::Int(1)]))),
            "error: cannot convert [int] to string"
        );
        assert_eq!(
            ok(to_string(&Value::record([("a", Value::Int(1))]))),
            "error: cannot convert {a: int} to string"
        );
    }
}
