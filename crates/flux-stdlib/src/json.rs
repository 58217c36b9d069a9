//! `import "json"`: `json.encode(v:)`, with Go's `encoding/json` rules as Flux uses them.

use std::fmt::Write as _;

use base64::Engine as _;
use bytes::Bytes;
use flux_eval::time::{format_duration, format_time};
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, RuntimeError, Value};

use crate::natives::error;

/// The package's natives (declarations in stdlib/json/json.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("encode", encode_native)];

fn encode_native(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    Ok(Value::Bytes(Bytes::from(encode(&v)?)))
}

/// Encode `v` as compact JSON: sorted keys, `<>&` escaped, bytes as base64,
/// durations as their string, times in RFC 3339 with a trimmed fraction,
/// dictionary keys as their display text.
pub fn encode(v: &Value) -> Result<String> {
    let mut out = String::new();
    write_value(&mut out, v, Dynamic::Refuse)?;
    Ok(out)
}

/// [`encode`] for `dynamic.jsonEncode`: a dynamic value is encoded as the value inside.
pub fn encode_dynamic(v: &Value) -> Result<String> {
    let mut out = String::new();
    write_value(&mut out, v, Dynamic::Unwrap)?;
    Ok(out)
}

/// What to do with a dynamic value: `json.encode` knows no such type (Go: `unknown
/// nature dynamic`), `dynamic.jsonEncode` encodes what it holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dynamic {
    Refuse,
    Unwrap,
}

fn write_value(out: &mut String, v: &Value, dynamic: Dynamic) -> Result<()> {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::UInt(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Float(x) => match json_float(*x) {
            Some(text) => out.push_str(&text),
            None => return Err(unsupported_float(*x)),
        },
        Value::String(s) => write_string(out, s),
        Value::Bytes(b) => {
            out.push('"');
            out.push_str(&base64::engine::general_purpose::STANDARD.encode(b));
            out.push('"');
        }
        Value::Duration(d) => write_string(out, &format_duration(d)),
        Value::Time(t) => write_string(out, &time_rfc3339_nano(*t)),
        Value::Regex(r) => write_string(out, r.as_str()),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item, dynamic)?;
            }
            out.push(']');
        }
        Value::Record(record) => {
            let mut fields: Vec<(&str, &Value)> = record.fields.iter().map(|(k, v)| (&**k, v)).collect();
            fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            write_object(out, fields, dynamic)?;
        }
        Value::Dict(dict) => {
            let keys: Vec<String> = dict.entries.iter().map(|(k, _)| k.display()).collect();
            let mut fields: Vec<(&str, &Value)> = keys
                .iter()
                .map(String::as_str)
                .zip(dict.entries.iter().map(|(_, v)| v))
                .collect();
            fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            write_object(out, fields, dynamic)?;
        }
        Value::Function(_) => {
            return Err(error(ErrorKind::Type, "cannot encode a function value"));
        }
        Value::Stream(_) | Value::Unbounded(_) => {
            return Err(error(
                ErrorKind::Type,
                "got table stream instead of array. Try using tableFind() or findRecord() to extract data from stream",
            ));
        }
        // A dynamic null is null to both.
        Value::Dynamic(inner) if dynamic == Dynamic::Unwrap || inner.is_null() => {
            write_value(out, inner, dynamic)?;
        }
        Value::Dynamic(_) => return Err(error(ErrorKind::Runtime, "unknown nature dynamic")),
    }
    Ok(())
}

fn write_object(out: &mut String, fields: Vec<(&str, &Value)>, dynamic: Dynamic) -> Result<()> {
    out.push('{');
    for (i, (key, value)) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(out, key);
        out.push(':');
        write_value(out, value, dynamic)?;
    }
    out.push('}');
    Ok(())
}

fn unsupported_float(x: f64) -> RuntimeError {
    let text = if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "+Inf"
    } else {
        "-Inf"
    };
    error(ErrorKind::Runtime, format!("json: unsupported value: {text}"))
}

/// A JSON string literal escaped as Go's `encoding/json` does (HTML-safe).
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `2019-08-14T10:03:12Z`, `2019-08-14T10:03:12.5Z`: RFC 3339 with the fraction's
/// trailing zeros trimmed (Go's `RFC3339Nano`).
pub fn time_rfc3339_nano(nanos_since_epoch: i64) -> String {
    let fixed = format_time(nanos_since_epoch);
    let without_zone = fixed.strip_suffix('Z').unwrap_or(&fixed);
    let trimmed = without_zone.trim_end_matches('0').trim_end_matches('.');
    format!("{trimmed}Z")
}

/// A float as Go's `encoding/json` writes it: shortest digits, plain decimal unless
/// |x| < 1e-6 or |x| >= 1e21 (`1e+21`, `1e-7`). `None` for NaN and infinities.
pub fn json_float(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let abs = x.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let scientific = format!("{x:e}");
        Some(match scientific.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => format!("{mantissa}e+{exponent}"),
            _ => scientific,
        })
    } else {
        Some(format!("{x}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            time_rfc3339_nano(1_565_776_992_000_000_100),
            "2019-08-14T10:03:12.0000001Z"
        );
        assert_eq!(time_rfc3339_nano(0), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn floats() {
        assert_eq!(json_float(1.0).as_deref(), Some("1"));
        assert_eq!(json_float(1.1).as_deref(), Some("1.1"));
        assert_eq!(json_float(1e21).as_deref(), Some("1e+21"));
        assert_eq!(json_float(1e20).as_deref(), Some("100000000000000000000"));
        assert_eq!(json_float(1.5e-7).as_deref(), Some("1.5e-7"));
        assert_eq!(json_float(0.000001).as_deref(), Some("0.000001"));
        assert_eq!(json_float(-0.0).as_deref(), Some("-0"));
        assert_eq!(json_float(f64::NAN), None);
    }
}
