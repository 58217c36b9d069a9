//! `display()`: the text Flux prints for a value (values/display.go), and the
//! float formats of `display()` (Go `%v`) and `string()` (never an exponent).

use std::fmt::Write;

use flux_syntax::ast::ExprKind;

use crate::memory::{Budget, Stop};
use crate::time::{format_duration, format_time};
use crate::value::{Function, Value};

/// Composites with more items than this are printed one item per line.
const MAX_INLINE_ITEMS: usize = 3;
const INDENT: &str = "    ";

impl Value {
    /// The value as Flux's `display()` prints it.
    pub fn display(&self) -> String {
        let mut text = Text {
            out: String::new(),
            budget: Budget::unlimited(),
        };
        // Without a limit or an interrupt flag the text is always written in full.
        let _ = text.value(self, 0);
        text.out
    }

    /// [`Value::display`] within `budget`: the text may not pass its length, and the
    /// work stops when its interrupt flag is raised.
    pub fn display_within(&self, budget: Budget) -> Result<String, Stop> {
        let mut text = Text {
            out: String::new(),
            budget,
        };
        text.value(self, 0)?;
        Ok(text.out)
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

/// Display text being written, within its budget.
struct Text {
    out: String,
    budget: Budget,
}

impl Text {
    fn push(&mut self, s: &str) -> Result<(), Stop> {
        self.budget.grow(self.out.len().saturating_add(s.len()))?;
        self.out.push_str(s);
        Ok(())
    }

    /// A new line indented `depth` levels.
    fn line(&mut self, depth: usize) -> Result<(), Stop> {
        let more = 1 + INDENT.len().saturating_mul(depth);
        self.budget.grow(self.out.len().saturating_add(more))?;
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str(INDENT);
        }
        Ok(())
    }

    fn value(&mut self, v: &Value, depth: usize) -> Result<(), Stop> {
        match v {
            Value::Null => self.push("<null>"),
            Value::Bool(b) => self.push(if *b { "true" } else { "false" }),
            Value::Int(n) => self.push(&n.to_string()),
            Value::UInt(n) => self.push(&n.to_string()),
            Value::Float(f) => self.push(&format_float_display(*f)),
            Value::String(s) => self.push(s),
            Value::Duration(d) => self.push(&format_duration(d)),
            Value::Time(t) => self.push(&format_time(*t)),
            Value::Bytes(b) => {
                self.budget.grow(self.out.len().saturating_add(2 + 2 * b.len()))?;
                self.out.push_str("0x");
                for byte in b.iter() {
                    let _ = write!(self.out, "{byte:02x}");
                }
                Ok(())
            }
            Value::Regex(r) => self.push(r.as_str()),
            Value::Array(items) => {
                let items: Vec<&Value> = items.iter().collect();
                self.items("[", "]", ",", &items, depth, |text, v, d| text.value(v, d))
            }
            Value::Record(r) => {
                let keys = r.sorted_keys();
                self.items("{", "}", ",", &keys, depth, |text, k, d| {
                    text.push(k)?;
                    text.push(": ")?;
                    match r.fields.get(&**k) {
                        Some(v) => text.value(v, d),
                        None => Ok(()),
                    }
                })
            }
            Value::Dict(dict) if dict.is_empty() => self.push("[:]"),
            Value::Dict(dict) => {
                let entries: Vec<&(Value, Value)> = dict.entries.iter().collect();
                self.items("[", "]", ", ", &entries, depth, |text, (k, v), d| {
                    text.value(k, d)?;
                    text.push(": ")?;
                    text.value(v, d)
                })
            }
            Value::Function(f) => self.push(&function_type(f)),
            Value::Stream(_) | Value::Unbounded(_) => self.push("<stream>"),
            Value::Dynamic(inner) => {
                self.push("dynamic(")?;
                self.value(inner, depth)?;
                self.push(")")
            }
        }
    }

    /// `open item, item close`, or one item per line (indented) when there are more than three.
    fn items<T>(
        &mut self,
        open: &str,
        close: &str,
        multiline_separator: &str,
        items: &[T],
        depth: usize,
        mut write_item: impl FnMut(&mut Text, &T, usize) -> Result<(), Stop>,
    ) -> Result<(), Stop> {
        self.push(open)?;
        let multiline = items.len() > MAX_INLINE_ITEMS;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(if multiline { multiline_separator } else { ", " })?;
            }
            if multiline {
                self.line(depth + 1)?;
            }
            write_item(self, item, depth + 1)?;
        }
        if multiline {
            self.line(depth)?;
        }
        self.push(close)
    }
}

/// What `display()` prints for a function: the declared type of a builtin, and
/// for a closure its parameters (`?` marks a default, `<-` the pipe parameter).
pub fn function_type(f: &Function) -> String {
    match f {
        Function::Builtin(b) => b.type_text().to_string(),
        Function::Closure(c) => {
            if let Some(ty) = c
                .source
                .types
                .as_ref()
                .and_then(|t| t.function_type(c.literal.span))
            {
                return ty;
            }
            let params: Vec<String> = c
                .literal
                .params
                .iter()
                .map(|p| match p.default.as_ref().map(|d| &d.kind) {
                    Some(ExprKind::PipeLiteral) => format!("<-{}", p.key.name),
                    Some(_) => format!("?{}", p.key.name),
                    None => p.key.name.to_string(),
                })
                .collect();
            format!("({}) => <function>", params.join(", "))
        }
    }
}

/// Go's `%v` for a float64: shortest digits, exponent form when the decimal
/// exponent is below -4 or at least 6 (`1e+06`, `1.5e-05`).
pub fn format_float_display(f: f64) -> String {
    if let Some(s) = non_finite(f) {
        return s.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-trip digits, e.g. `1.2345e-7`.
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&exp) {
        format_float_string(f)
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.unsigned_abs())
    }
}

/// Go's `strconv.FormatFloat(f, 'f', -1, 64)`: shortest digits, never an exponent.
pub fn format_float_string(f: f64) -> String {
    match non_finite(f) {
        Some(s) => s.to_string(),
        None => format!("{f}"),
    }
}

fn non_finite(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some("NaN")
    } else if f.is_infinite() {
        Some(if f > 0.0 { "+Inf" } else { "-Inf" })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_display_like_go() {
        let cases = [
            (1.1, "1.1"),
            (1.0, "1"),
            (100000.0, "100000"),
            (1000000.0, "1e+06"),
            (123456789.0, "1.23456789e+08"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e10, "1.5e+10"),
            (-2.5e-7, "-2.5e-07"),
            (1e100, "1e+100"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "+Inf"),
        ];
        for (f, want) in cases {
            assert_eq!(format_float_display(f), want, "{f}");
        }
    }

    #[test]
    fn floats_as_strings_never_use_exponents() {
        assert_eq!(format_float_string(1e21), "1000000000000000000000");
        assert_eq!(format_float_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(format_float_string(1.5e10), "15000000000");
        assert_eq!(format_float_string(f64::NEG_INFINITY), "-Inf");
    }

    #[test]
    fn composites() {
        let four = Value::array((1..=4).map(Value::Int).collect());
        assert_eq!(four.display(), "[\n    1,\n    2,\n    3,\n    4\n]");
        let d = Value::dict((1..=4).map(|i| (Value::Int(i), Value::Int(0))));
        assert_eq!(d.display(), "[\n    1: 0, \n    2: 0, \n    3: 0, \n    4: 0\n]");
        let nested = Value::record([("b", four), ("a", Value::Int(1))]);
        assert_eq!(
            nested.display(),
            "{a: 1, b: [\n        1,\n        2,\n        3,\n        4\n    ]}"
        );
        assert_eq!(Value::record(Vec::<(&str, Value)>::new()).display(), "{}");
        assert_eq!(Value::dict([]).display(), "[:]");
        assert_eq!(Value::Bytes(bytes::Bytes::new()).display(), "0x");
        assert_eq!(Value::Null.display(), "<null>");
    }
}
