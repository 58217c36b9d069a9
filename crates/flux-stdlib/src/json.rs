//! `import "json"`: `json.encode(v:)`, with Go's `encoding/json` rules as Flux uses them.

use std::fmt::Write as _;

use base64::Engine as _;
use bytes::Bytes;
use flux_eval::time::{format_duration, format_time};
use flux_eval::{Args, Budget, CallContext, ErrorKind, NativeFunction, Result, RuntimeError, Value};

use crate::natives::error;

/// The package's natives (declarations in stdlib/json/json.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("encode", encode_native)];

fn encode_native(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    Ok(Value::Bytes(Bytes::from(encode_within(&v, cx.budget())?)))
}

/// Encode `v` as compact JSON: sorted keys, `<>&` escaped, bytes as base64,
/// durations as their string, times in RFC 3339 with a trimmed fraction,
/// dictionary keys as their display text.
pub fn encode(v: &Value) -> Result<String> {
    encode_within(v, Budget::unlimited())
}

/// [`encode`] within `budget`: the text may not pass its length (the memory limit's
/// error), and the work stops when its interrupt flag is raised.
pub fn encode_within(v: &Value, budget: Budget) -> Result<String> {
    let mut json = Json {
        out: String::new(),
        budget,
        dynamic: Dynamic::Refuse,
    };
    json.value(v)?;
    Ok(json.out)
}

/// [`encode`] for `dynamic.jsonEncode`: a dynamic value is encoded as the value inside.
pub fn encode_dynamic(v: &Value, budget: Budget) -> Result<String> {
    let mut json = Json {
        out: String::new(),
        budget,
        dynamic: Dynamic::Unwrap,
    };
    json.value(v)?;
    Ok(json.out)
}

/// What to do with a dynamic value: `json.encode` knows no such type (Go: `unknown
/// nature dynamic`), `dynamic.jsonEncode` encodes what it holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dynamic {
    Refuse,
    Unwrap,
}

/// JSON text being written, within its budget.
struct Json {
    out: String,
    budget: Budget,
    dynamic: Dynamic,
}

impl Json {
    /// Check that the text may grow by `more` bytes (and look at the interrupt flag).
    fn grow(&mut self, more: usize) -> Result<()> {
        self.budget
            .grow(self.out.len().saturating_add(more))
            .map_err(|stop| stop.error(flux_syntax::Span::default()))
    }

    fn value(&mut self, v: &Value) -> Result<()> {
        self.grow(0)?;
        match v {
            Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => {
                let _ = write!(self.out, "{n}");
            }
            Value::UInt(n) => {
                let _ = write!(self.out, "{n}");
            }
            Value::Float(x) => match json_float(*x) {
                Some(text) => self.out.push_str(&text),
                None => return Err(unsupported_float(*x)),
            },
            Value::String(s) => self.string(s)?,
            Value::Bytes(b) => {
                self.grow(b.len().saturating_mul(4) / 3 + 4)?;
                self.out.push('"');
                self.out
                    .push_str(&base64::engine::general_purpose::STANDARD.encode(b));
                self.out.push('"');
            }
            Value::Duration(d) => self.string(&format_duration(d))?,
            Value::Time(t) => self.string(&time_rfc3339_nano(*t))?,
            Value::Regex(r) => self.string(r.as_str())?,
            Value::Array(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value(item)?;
                }
                self.out.push(']');
            }
            Value::Record(record) => {
                let mut fields: Vec<(&str, &Value)> = record.fields.iter().map(|(k, v)| (&**k, v)).collect();
                fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                self.object(fields)?;
            }
            Value::Dict(dict) => {
                let keys: Vec<String> = dict.entries.iter().map(|(k, _)| k.display()).collect();
                let mut fields: Vec<(&str, &Value)> = keys
                    .iter()
                    .map(String::as_str)
                    .zip(dict.entries.iter().map(|(_, v)| v))
                    .collect();
                fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                self.object(fields)?;
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
            Value::Dynamic(inner) if self.dynamic == Dynamic::Unwrap || inner.is_null() => {
                self.value(inner)?;
            }
            Value::Dynamic(_) => return Err(error(ErrorKind::Runtime, "unknown nature dynamic")),
        }
        Ok(())
    }

    fn string(&mut self, s: &str) -> Result<()> {
        self.grow(s.len() + 2)?;
        write_string(&mut self.out, s);
        Ok(())
    }

    fn object(&mut self, fields: Vec<(&str, &Value)>) -> Result<()> {
        self.out.push('{');
        for (i, (key, value)) in fields.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.string(key)?;
            self.out.push(':');
            self.value(value)?;
        }
        self.out.push('}');
        Ok(())
    }
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
