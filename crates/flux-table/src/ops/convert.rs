//! Type conversions of a column (`toString`, `toInt`, `toUInt`, `toFloat`, `toBool`,
//! `toTime` convert `_value`), with the rules and messages of Flux's `string()`, `int()`, …

use crate::builder::ColumnBuilder;
use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError, scalar_at};
use crate::ops::each;
use crate::time::{format_rfc3339_nano as format_rfc3339, parse_rfc3339};

/// A float as Go's `strconv.FormatFloat(v, 'f', -1, 64)`: shortest digits, no exponent.
pub fn float_to_string(v: f64) -> String {
    let mut out = Vec::with_capacity(24);
    crate::text::write_float(&mut out, v);
    String::from_utf8_lossy(&out).into_owned()
}

/// 2^63 as a float.
const TWO_63: f64 = (1u64 << 63) as f64;

/// Go's `int64(f)` on amd64: truncation, and the minimum int for NaN or out of range.
fn float_to_i64(f: f64) -> i64 {
    if f.is_nan() || !(-TWO_63..TWO_63).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// Go's `uint64(f)` on amd64 (values of 2^63 and more are converted offset by 2^63).
fn float_to_u64(f: f64) -> u64 {
    if f >= TWO_63 {
        (float_to_i64(f - TWO_63) as u64) ^ (1 << 63)
    } else {
        float_to_i64(f) as u64
    }
}

fn cannot(value: &Scalar, to: &str) -> TableError {
    let from = value.column_type().map_or("null", ColumnType::flux_name);
    TableError::new(format!("cannot convert {from} to {to}"))
}

/// One value converted to `to` as Flux's conversion functions do (null stays null).
pub fn convert_scalar(value: &Scalar, to: ColumnType) -> Result<Scalar, TableError> {
    use Scalar as S;
    Ok(match (to, value) {
        (_, S::Null) => S::Null,
        (ColumnType::String, v) => S::String(
            match v {
                S::String(s) => return Ok(S::String(s.clone())),
                S::Int(n) => n.to_string(),
                S::UInt(n) => n.to_string(),
                S::Float(f) => float_to_string(*f),
                S::Bool(b) => b.to_string(),
                S::Time(t) => format_rfc3339(*t),
                S::Null => return Ok(S::Null),
            }
            .into(),
        ),
        (ColumnType::Int, v) => S::Int(match v {
            S::String(s) => s.parse().map_err(|_| {
                TableError::new(format!(
                    "cannot convert string {s:?} to int due to invalid syntax"
                ))
            })?,
            S::Int(n) | S::Time(n) => *n,
            S::UInt(n) => *n as i64,
            S::Float(f) => float_to_i64(*f),
            S::Bool(b) => i64::from(*b),
            S::Null => return Ok(S::Null),
        }),
        (ColumnType::UInt, v) => S::UInt(match v {
            S::String(s) => (!s.starts_with('+'))
                .then(|| s.parse::<u64>().ok())
                .flatten()
                .ok_or_else(|| {
                    TableError::new(format!(
                        "cannot convert string {s:?} to uint due to invalid syntax"
                    ))
                })?,
            S::Int(n) | S::Time(n) => *n as u64,
            S::UInt(n) => *n,
            S::Float(f) => float_to_u64(*f),
            S::Bool(b) => u64::from(*b),
            S::Null => return Ok(S::Null),
        }),
        (ColumnType::Float, v) => S::Float(match v {
            S::String(s) => parse_go_float(s).ok_or_else(|| {
                TableError::new(format!(
                    "cannot convert string {s:?} to float due to invalid syntax"
                ))
            })?,
            S::Int(n) => *n as f64,
            S::UInt(n) => *n as f64,
            S::Float(f) => *f,
            S::Bool(b) => f64::from(u8::from(*b)),
            other => return Err(cannot(other, "float")),
        }),
        (ColumnType::Bool, v) => S::Bool(match v {
            S::String(s) => match &**s {
                "true" => true,
                "false" => false,
                _ => return Err(TableError::new(format!("cannot convert string {s:?} to bool"))),
            },
            S::Int(n @ (0 | 1)) => *n == 1,
            S::Int(n) => {
                return Err(TableError::new(format!(
                    "cannot convert int {n} to bool, must be 0 or 1"
                )));
            }
            S::UInt(n @ (0 | 1)) => *n == 1,
            S::UInt(n) => {
                return Err(TableError::new(format!(
                    "cannot convert uint {n} to bool, must be 0 or 1"
                )));
            }
            S::Float(f) if *f == 0.0 || *f == 1.0 => *f == 1.0,
            S::Float(f) => {
                return Err(TableError::new(format!(
                    "cannot convert float {f:.6} to bool, must be 0 or 1"
                )));
            }
            S::Bool(b) => *b,
            other => return Err(cannot(other, "bool")),
        }),
        (ColumnType::Time, v) => S::Time(match v {
            S::String(s) => parse_flux_time(s).ok_or_else(|| {
                let what = if s.contains('T') { "date time" } else { "date" };
                TableError::new(format!(
                    "cannot convert string {s:?} to time due to invalid syntax: cannot parse {what}"
                ))
            })?,
            S::Int(n) | S::Time(n) => *n,
            S::UInt(n) => *n as i64,
            other => return Err(cannot(other, "time")),
        }),
    })
}

/// A time as Flux's time literals and `time(v:)` read it: RFC 3339 when the text has a `T`,
/// else a bare `YYYY-MM-DD` date (midnight UTC).
fn parse_flux_time(s: &str) -> Option<i64> {
    if s.contains('T') {
        return parse_rfc3339(s).ok();
    }
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    parse_rfc3339(&format!("{s}T00:00:00Z")).ok()
}

/// Go's `strconv.ParseFloat(s, 64)` for the forms Flux data holds (decimal, exponent,
/// `Inf`/`Infinity`/`NaN` in any case with an optional sign).
fn parse_go_float(s: &str) -> Option<f64> {
    if s.is_empty() || s.contains('_') {
        return None;
    }
    s.parse().ok()
}

/// Column `column` of every table converted to `to` (a key column's key value too). A table
/// without the column gets it, all null.
pub fn convert(stream: &Stream, column: &str, to: ColumnType) -> Result<Stream, TableError> {
    each(stream, |t| convert_table(t, column, to))
}

fn convert_table(table: &Table, column: &str, to: ColumnType) -> Result<Table, TableError> {
    let mut columns = table.columns().to_vec();
    let mut data = table.arrays().to_vec();
    let Some(c) = table.column_index(column) else {
        columns.push(Column::new(column, to));
        data.push(crate::ops::kernels::nulls(to, table.num_rows()));
        return Table::new(table.key().clone(), columns, data);
    };
    let from = columns[c].ty;
    if from != to {
        let array = &data[c];
        let mut b = ColumnBuilder::new(to, array.len());
        for row in 0..array.len() {
            b.push(&convert_scalar(&scalar_at(from, array, row), to)?)?;
        }
        data[c] = b.finish();
        columns[c] = Column::new(columns[c].label.clone(), to);
    }
    let key = table.key();
    let key = if key.contains(column) {
        let (cols, values): (Vec<Column>, Vec<Scalar>) = key
            .columns()
            .iter()
            .zip(key.values())
            .map(|(kc, v)| {
                if *kc.label == *column {
                    convert_scalar(v, to).map(|v| (Column::new(kc.label.clone(), to), v))
                } else {
                    Ok((kc.clone(), v.clone()))
                }
            })
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .unzip();
        GroupKey::new(cols, values)?
    } else {
        key.clone()
    };
    Table::new(key, columns, data)
}

/// `toString()`: `_value` as strings.
pub fn to_string(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::String)
}

/// `toInt()`: `_value` as ints.
pub fn to_int(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::Int)
}

/// `toUInt()`: `_value` as uints.
pub fn to_uint(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::UInt)
}

/// `toFloat()`: `_value` as floats.
pub fn to_float(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::Float)
}

/// `toBool()`: `_value` as bools.
pub fn to_bool(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::Bool)
}

/// `toTime()`: `_value` as times.
pub fn to_time(stream: &Stream) -> Result<Stream, TableError> {
    convert(stream, "_value", ColumnType::Time)
}
