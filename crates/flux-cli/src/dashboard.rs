//! The dashboard record `v` that the InfluxDB UI and Grafana give every query, so that
//! dashboard queries run unchanged: `v.timeRangeStart` (an hour ago), `v.timeRangeStop`
//! (now), `v.windowPeriod` (derived from the range as the InfluxDB UI derives it: the
//! range over 360 points, in whole milliseconds) and `v.bucket` (with `--bucket`).
//! `--var NAME=VALUE` sets a field (or adds one); VALUE is read as a Flux literal (an int,
//! a float, a duration, a time, a quoted string, true or false), anything else as a string.

use std::sync::Arc;

use flux::Value;
use flux::syntax::ast::{ExprKind, StatementKind, StringPart, UnaryOp};
use flux::value::Duration;

/// Points per graph the InfluxDB UI aims at when it derives `windowPeriod`.
const POINTS_PER_GRAPH: i64 = 360;
/// The default range: the last hour.
const DEFAULT_RANGE_NANOS: i64 = 3_600_000_000_000;
const NANOS_PER_MS: i64 = 1_000_000;

/// One `--var NAME=VALUE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarFlag {
    /// The field of `v`.
    pub name: String,
    /// Its value as written.
    pub value: String,
}

impl std::str::FromStr for VarFlag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, value) = s
            .split_once('=')
            .ok_or_else(|| format!("{s:?} is not NAME=VALUE"))?;
        let name = name.trim();
        let identifier = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !identifier {
            return Err(format!("{name:?} is not a Flux identifier"));
        }
        Ok(VarFlag {
            name: name.to_string(),
            value: value.to_string(),
        })
    }
}

/// The value of `--var NAME=TEXT`: TEXT evaluated when it is a literal, else TEXT as a string.
pub fn literal_value(text: &str) -> Value {
    let source = format!("x = {text}");
    let parsed = flux::syntax::parse(&source);
    let is_literal = parsed.errors.is_empty()
        && matches!(parsed.file.body.as_slice(), [stmt] if match &stmt.kind {
            StatementKind::Variable(v) => literal(&v.init.kind),
            _ => false,
        });
    if is_literal
        && let Ok(mut values) = flux::Runtime::new().eval(text)
        && let Some(value) = values.pop()
    {
        return value;
    }
    Value::string(text)
}

fn literal(kind: &ExprKind) -> bool {
    match kind {
        ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::Duration(_) | ExprKind::DateTime(_) => true,
        ExprKind::String(parts) => parts.iter().all(|p| matches!(p, StringPart::Text(_))),
        ExprKind::Identifier(name) => matches!(&**name, "true" | "false"),
        ExprKind::Unary {
            op: UnaryOp::Neg | UnaryOp::Plus,
            argument,
        } => matches!(
            argument.kind,
            ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::Duration(_)
        ),
        _ => false,
    }
}

/// The record `v` at time `now` (nanoseconds since the epoch).
pub fn v_record(vars: &[VarFlag], bucket: Option<&str>, now: i64) -> Value {
    let given: Vec<(String, Value)> = vars
        .iter()
        .map(|var| (var.name.clone(), literal_value(&var.value)))
        .collect();
    let lookup = |name: &str| {
        given
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let start = lookup("timeRangeStart").unwrap_or(Value::Time(now - DEFAULT_RANGE_NANOS));
    let stop = lookup("timeRangeStop").unwrap_or(Value::Time(now));
    let window = lookup("windowPeriod").unwrap_or_else(|| {
        let span = match (instant(&start, now), instant(&stop, now)) {
            (Some(a), Some(b)) if b > a => b - a,
            _ => DEFAULT_RANGE_NANOS,
        };
        let ms = ((span / NANOS_PER_MS) as f64 / POINTS_PER_GRAPH as f64).round() as i64;
        Value::Duration(Duration::from_nanos(ms.max(1) * NANOS_PER_MS))
    });
    let mut fields: Vec<(Arc<str>, Value)> = vec![
        ("timeRangeStart".into(), start),
        ("timeRangeStop".into(), stop),
        ("windowPeriod".into(), window),
    ];
    if let Some(bucket) = bucket {
        fields.push(("bucket".into(), Value::string(bucket)));
    }
    for (name, value) in given {
        match fields.iter_mut().find(|(n, _)| **n == *name) {
            Some(field) => field.1 = value,
            None => fields.push((name.into(), value)),
        }
    }
    Value::record(fields)
}

/// A time, or a duration relative to `now` (months counted as Flux counts them), as
/// nanoseconds since the epoch.
fn instant(value: &Value, now: i64) -> Option<i64> {
    match value {
        Value::Time(t) => Some(*t),
        Value::Duration(d) => {
            let length = d
                .months
                .checked_mul(flux::value::NANOS_PER_MONTH)?
                .checked_add(d.nanos)?;
            if d.negative {
                now.checked_sub(length)
            } else {
                now.checked_add(length)
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000_000_000_000;

    fn v(vars: &[&str], bucket: Option<&str>) -> Result<String, String> {
        let vars: Vec<VarFlag> = vars.iter().map(|s| s.parse()).collect::<Result<_, _>>()?;
        Ok(v_record(&vars, bucket, NOW).display())
    }

    #[test]
    fn defaults_are_the_last_hour_in_ten_second_windows() -> Result<(), String> {
        assert_eq!(
            v(&[], None)?,
            "{timeRangeStart: 2023-11-14T21:13:20.000000000Z, timeRangeStop: 2023-11-14T22:13:20.000000000Z, windowPeriod: 10s}"
        );
        assert!(v(&[], Some("b"))?.contains("bucket: b"));
        Ok(())
    }

    #[test]
    fn vars_set_fields_and_the_window_follows_the_range() -> Result<(), String> {
        let text = v(
            &["timeRangeStart=-24h", "answer=42", "name=\"x\"", "host=web 1"],
            None,
        )?;
        assert!(text.contains("timeRangeStart: -1d"), "{text}");
        assert!(text.contains("windowPeriod: 4m"), "{text}");
        assert!(text.contains("answer: 42") && text.contains("name: x"), "{text}");
        assert!(text.contains("host: web 1"), "{text}");
        let text = v(&["windowPeriod=1m", "timeRangeStop=2023-11-14T22:00:00Z"], None)?;
        assert!(text.contains("windowPeriod: 1m"), "{text}");
        assert!(
            text.contains("timeRangeStop: 2023-11-14T22:00:00.000000000Z"),
            "{text}"
        );
        Ok(())
    }

    #[test]
    fn literals() {
        assert_eq!(literal_value("5"), Value::Int(5));
        assert_eq!(literal_value("-5"), Value::Int(-5));
        assert_eq!(literal_value("true"), Value::Bool(true));
        assert_eq!(literal_value("now()"), Value::string("now()"));
        assert_eq!(literal_value("\"${x}\""), Value::string("\"${x}\""));
        assert_eq!(literal_value("my-bucket"), Value::string("my-bucket"));
    }

    #[test]
    fn bad_flags() {
        assert!("novalue".parse::<VarFlag>().is_err());
        assert!("1x=2".parse::<VarFlag>().is_err());
        assert!("a.b=2".parse::<VarFlag>().is_err());
    }
}
