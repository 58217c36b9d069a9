//! `to()` outside InfluxDB: each row of the piped stream becomes a line of line protocol
//! (measurement from `measurementColumn`, tags from `tagColumns`, fields from `_field`/`_value`
//! or from `fieldFn`, the time from `timeColumn`), sent to the server's `/api/v2/write`. The
//! stream is passed on without the rows whose time is null (they are not written), as Go does.

use std::fmt::Write as _;

use flux_eval::stream::row_record;
use flux_eval::{Args, CallContext, ErrorKind, Function, Result, Value};
use flux_table::ops::rows::{from_rows, row_values};
use flux_table::{ColumnType, Scalar, Stream, Table};

use super::remote;
use crate::natives::error;

/// How a row's columns become a point.
struct Layout {
    time: String,
    measurement: String,
    /// Sorted; `None` = every string column but `_measurement`, `_field` and `_value`.
    tags: Option<Vec<String>>,
    field_fn: Option<Function>,
}

/// `to(bucket:/bucketID:, org:/orgID:, host:, token:, timeColumn:, measurementColumn:,
/// tagColumns:, fieldFn:)`.
pub fn to(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables: Stream = args.required("tables")?;
    let bucket = match remote::name_or_id(args, "bucket", "bucketID") {
        Err(_) => {
            return Err(error(
                ErrorKind::Argument,
                "cannot provide both `bucket` and `bucketID` parameters to the `to` function",
            ));
        }
        Ok(Some(bucket)) => bucket,
        Ok(None) => {
            return Err(error(
                ErrorKind::Argument,
                "missing required keyword argument \"bucketID\"",
            ));
        }
    };
    let server = remote::server(args, cx, "to requires a remote host to be specified")?;
    let time: Option<String> = args.optional("timeColumn")?;
    let measurement: Option<String> = args.optional("measurementColumn")?;
    let tags: Option<std::sync::Arc<Vec<Value>>> = args.optional("tagColumns")?;
    let field_fn: Option<Function> = args.optional("fieldFn")?;
    let tags = match tags {
        None => None,
        Some(list) => {
            let mut names = Vec::with_capacity(list.len());
            for v in list.iter() {
                match v {
                    Value::String(s) => names.push(s.to_string()),
                    other => {
                        return Err(error(
                            ErrorKind::Type,
                            format!("expected string but found {}", other.type_name()),
                        ));
                    }
                }
            }
            names.sort();
            Some(names)
        }
    };
    let layout = Layout {
        time: time.unwrap_or_else(|| "_time".into()),
        measurement: measurement.unwrap_or_else(|| "_measurement".into()),
        tags,
        field_fn,
    };
    let mut lines = String::new();
    for table in tables.tables() {
        write_table(&mut lines, table, &layout, cx)?;
    }
    if !lines.is_empty() {
        remote::write(&server, &bucket, lines, cx)?;
    }
    Ok(Value::Stream(without_null_times(&tables, &layout.time)?))
}

fn write_table(out: &mut String, table: &Table, layout: &Layout, cx: &mut CallContext) -> Result<()> {
    let columns = table.columns();
    let Some(m) = table.column_index(&layout.measurement) else {
        return Err(error(
            ErrorKind::Runtime,
            format!("no column with label {} exists", layout.measurement),
        ));
    };
    if columns[m].ty != ColumnType::String {
        return Err(error(
            ErrorKind::Runtime,
            format!(
                "column {} of type {} is not of type string",
                layout.measurement,
                columns[m].ty.flux_name()
            ),
        ));
    }
    let Some(t) = table.column_index(&layout.time) else {
        return Err(error(ErrorKind::Runtime, "no time column detected"));
    };
    if columns[t].ty != ColumnType::Time {
        return Err(error(
            ErrorKind::Runtime,
            format!(
                "column {} of type {} is not of type time",
                layout.time,
                columns[t].ty.flux_name()
            ),
        ));
    }
    let mut tags: Vec<usize> = match &layout.tags {
        Some(names) => names.iter().filter_map(|n| table.column_index(n)).collect(),
        None => (0..columns.len())
            .filter(|&i| {
                let label = &*columns[i].label;
                columns[i].ty == ColumnType::String
                    && !matches!(label, "_value" | "_field")
                    && label != layout.measurement
            })
            .collect(),
    };
    tags.retain(|&i| i != m && i != t);
    tags.sort_by(|&a, &b| columns[a].label.cmp(&columns[b].label));
    for &i in &tags {
        if columns[i].ty != ColumnType::String {
            return Err(error(ErrorKind::Runtime, "invalid type for tag column"));
        }
    }
    for row in 0..table.num_rows() {
        let Scalar::Time(time) = table.cell(t, row) else {
            continue;
        };
        let fields = match &layout.field_fn {
            Some(f) => match cx.call(f, [("r", row_record(table, row))])? {
                Value::Record(r) => r.fields.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
                other => {
                    return Err(error(
                        ErrorKind::Type,
                        format!("fieldFn must return a record, got {}", other.type_name()),
                    ));
                }
            },
            None => default_fields(table, row)?,
        };
        let mut line = String::new();
        if let Scalar::String(name) = table.cell(m, row) {
            escape_into(&mut line, &name, &[',', ' ']);
        }
        for &i in &tags {
            if let Scalar::String(value) = table.cell(i, row) {
                if value.is_empty() {
                    continue;
                }
                line.push(',');
                escape_into(&mut line, &columns[i].label, &[',', '=', ' ']);
                line.push('=');
                escape_into(&mut line, &value, &[',', '=', ' ']);
            }
        }
        let mut written = 0;
        for (key, value) in fields {
            let Some(text) = field_value(&value)? else {
                continue;
            };
            line.push(if written == 0 { ' ' } else { ',' });
            escape_into(&mut line, &key, &[',', '=', ' ']);
            line.push('=');
            line.push_str(&text);
            written += 1;
        }
        if written > 0 {
            let _ = writeln!(out, "{line} {time}");
        }
    }
    Ok(())
}

/// `{(_field): _value}` of a row.
fn default_fields(table: &Table, row: usize) -> Result<Vec<(String, Value)>> {
    let field = table
        .column_index("_field")
        .ok_or_else(|| error(ErrorKind::Runtime, "table has no _field column"))?;
    let value = table
        .column_index("_value")
        .ok_or_else(|| error(ErrorKind::Runtime, "table has no _value column"))?;
    let name = match table.cell(field, row) {
        Scalar::String(s) => s.to_string(),
        _ => String::new(),
    };
    Ok(vec![(name, Value::from(table.cell(value, row)))])
}

/// A field value as line protocol writes it; `None` for values not written (null, NaN, ±Inf).
fn field_value(value: &Value) -> Result<Option<String>> {
    Ok(Some(match value {
        Value::Null => return Ok(None),
        Value::Float(f) if !f.is_finite() => return Ok(None),
        Value::Float(f) => {
            let mut out = Vec::new();
            flux_table::text::write_float(&mut out, *f);
            String::from_utf8_lossy(&out).into_owned()
        }
        Value::Int(n) => format!("{n}i"),
        Value::UInt(n) => format!("{n}u"),
        Value::Time(n) => format!("{n}i"),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => {
            let mut out = String::from("\"");
            for c in s.chars() {
                if matches!(c, '"' | '\\') {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
            out
        }
        other => {
            return Err(error(
                ErrorKind::Runtime,
                format!("unsupported field type {}", other.type_name()),
            ));
        }
    }))
}

/// Line protocol's escaping: a backslash before each of `special` (and before a backslash
/// that would otherwise escape one).
fn escape_into(out: &mut String, text: &str, special: &[char]) {
    for c in text.chars() {
        if special.contains(&c) {
            out.push('\\');
        }
        if c == '\n' {
            out.push_str("\\n");
            continue;
        }
        out.push(c);
    }
}

/// `tables` without the rows whose `time` column is null.
fn without_null_times(tables: &Stream, time: &str) -> Result<Stream> {
    let mut out = Vec::with_capacity(tables.len());
    for table in tables.tables() {
        let Some(t) = table.column_index(time) else {
            out.push(table.clone());
            continue;
        };
        let keep: Vec<usize> = (0..table.num_rows())
            .filter(|&row| !matches!(table.cell(t, row), Scalar::Null))
            .collect();
        if keep.len() == table.num_rows() {
            out.push(table.clone());
        } else {
            let rows = keep.iter().map(|&row| row_values(table, row));
            out.push(
                from_rows(table.key().clone(), table.columns().to_vec(), rows)
                    .map_err(|e| error(ErrorKind::Runtime, e.to_string()))?,
            );
        }
    }
    Ok(Stream::new(out))
}

#[cfg(test)]
mod tests {
    use super::{escape_into, field_value};
    use flux_eval::Value;

    #[test]
    fn field_values() -> flux_eval::Result<()> {
        assert_eq!(field_value(&Value::Int(3))?, Some("3i".into()));
        assert_eq!(field_value(&Value::UInt(3))?, Some("3u".into()));
        assert_eq!(field_value(&Value::Float(1.5))?, Some("1.5".into()));
        assert_eq!(field_value(&Value::Float(f64::NAN))?, None);
        assert_eq!(field_value(&Value::string("a\"b"))?, Some("\"a\\\"b\"".into()));
        assert_eq!(field_value(&Value::Null)?, None);
        Ok(())
    }

    #[test]
    fn escapes() {
        let mut out = String::new();
        escape_into(&mut out, "a b,c=d", &[',', '=', ' ']);
        assert_eq!(out, "a\\ b\\,c\\=d");
    }
}
