//! Tests of the transformation kernels. Tables are written in a compact text form that reads
//! like the annotated CSV of Flux's testcases:
//!
//! ```text
//! *host:string,_time:time,_value:float     header: label:type, `*` marks a key column
//! a,1s,1.5                                 one line per row; an empty cell is null,
//! a,2s,                                    `""` an empty string, `Ns` N seconds after the epoch
//! ```
//!
//! A key column of a table without rows takes its value from the header: `*host:string=a`.
//! Several tables are separated by a blank line.

mod aggregate;
mod convert;
mod diff;
mod distinct;
mod fill;
mod group;
mod join;
mod meta;
mod pivot;
mod range;
mod rows;
mod schema;
mod select;
mod series;
mod sort;
mod window;

use flux_table::time::{format_rfc3339_nano as format_rfc3339, parse_rfc3339};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table, TableError};

pub type Result<T = (), E = TableError> = std::result::Result<T, E>;

fn column_type(name: &str) -> Result<ColumnType> {
    Ok(match name {
        "bool" => ColumnType::Bool,
        "int" => ColumnType::Int,
        "uint" => ColumnType::UInt,
        "float" => ColumnType::Float,
        "string" => ColumnType::String,
        "time" => ColumnType::Time,
        other => return Err(TableError::new(format!("test literal: unknown type {other}"))),
    })
}

fn cell(ty: ColumnType, text: &str) -> Result<Scalar> {
    let bad = || TableError::new(format!("test literal: bad {} cell {text:?}", ty.flux_name()));
    if text.is_empty() {
        return Ok(Scalar::Null);
    }
    Ok(match ty {
        ColumnType::Bool => Scalar::Bool(text.parse().map_err(|_| bad())?),
        ColumnType::Int => Scalar::Int(text.parse().map_err(|_| bad())?),
        ColumnType::UInt => Scalar::UInt(text.parse().map_err(|_| bad())?),
        ColumnType::Float => Scalar::Float(text.parse().map_err(|_| bad())?),
        ColumnType::String if text == "\"\"" => Scalar::String("".into()),
        ColumnType::String => Scalar::String(text.into()),
        ColumnType::Time => Scalar::Time(match text.strip_suffix('s') {
            Some(secs) => secs.parse::<i64>().map_err(|_| bad())? * 1_000_000_000,
            None => parse_rfc3339(text).map_err(|_| bad())?,
        }),
    })
}

/// One table from its text form.
pub fn table(text: &str) -> Result<Table> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let header = lines
        .next()
        .ok_or_else(|| TableError::new("test literal: no header"))?;
    let mut columns = Vec::new();
    let mut key_defaults = Vec::new();
    for part in header.split(',') {
        let (keyed, part) = match part.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, part),
        };
        let (label, rest) = part
            .split_once(':')
            .ok_or_else(|| TableError::new("test literal: no type"))?;
        let (ty, default) = match rest.split_once('=') {
            Some((ty, v)) => (column_type(ty)?, Some(v)),
            None => (column_type(rest)?, None),
        };
        columns.push((Column::new(label, ty), keyed));
        key_defaults.push(default.map(|d| cell(ty, d)).transpose()?);
    }
    let mut builders: Vec<ColumnBuilder> = columns.iter().map(|(c, _)| ColumnBuilder::new(c.ty, 4)).collect();
    let mut first_row: Option<Vec<Scalar>> = None;
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        if cells.len() != columns.len() {
            return Err(TableError::new(format!(
                "test literal: row {line:?} has {} cells",
                cells.len()
            )));
        }
        let row = cells
            .iter()
            .zip(&columns)
            .map(|(text, (c, _))| cell(c.ty, text.trim()))
            .collect::<Result<Vec<_>>>()?;
        for (b, v) in builders.iter_mut().zip(&row) {
            b.push(v)?;
        }
        first_row.get_or_insert(row);
    }
    let mut key_columns = Vec::new();
    let mut key_values = Vec::new();
    for (i, (c, keyed)) in columns.iter().enumerate() {
        if *keyed {
            key_columns.push(c.clone());
            let from_row = first_row.as_ref().map(|r| r[i].clone());
            key_values.push(key_defaults[i].clone().or(from_row).unwrap_or(Scalar::Null));
        }
    }
    let key = GroupKey::new(key_columns, key_values)?;
    let labelled = columns.into_iter().map(|(c, _)| c.label).zip(builders).collect();
    Table::from_builders(key, labelled)
}

/// A stream from tables in text form, separated by blank lines.
pub fn stream(text: &str) -> Result<Stream> {
    let mut tables = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                tables.push(table(&current)?);
            }
            current.clear();
        } else {
            current.push_str(line);
            current.push('\n');
        }
    }
    if !current.trim().is_empty() {
        tables.push(table(&current)?);
    }
    Ok(Stream::new(tables))
}

fn render_cell(value: &Scalar) -> String {
    match value {
        Scalar::Null => String::new(),
        Scalar::Bool(v) => v.to_string(),
        Scalar::Int(v) => v.to_string(),
        Scalar::UInt(v) => v.to_string(),
        Scalar::Float(v) => v.to_string(),
        Scalar::String(v) if v.is_empty() => "\"\"".into(),
        Scalar::String(v) => v.to_string(),
        Scalar::Time(v) if v % 1_000_000_000 == 0 && (0..=1_000_000_000_000_000).contains(v) => {
            format!("{}s", v / 1_000_000_000)
        }
        Scalar::Time(v) => format_rfc3339(*v),
    }
}

/// A table in the text form (key values in the header when the table has no rows; key
/// columns that are not in key order are listed after the header as `# key: a,b`).
pub fn render_table(t: &Table) -> String {
    let key = t.key();
    let header: Vec<String> = t
        .columns()
        .iter()
        .map(|c| {
            let mark = if key.contains(&c.label) { "*" } else { "" };
            let default = match key.value(&c.label) {
                Some(v) if t.is_empty() => format!("={}", render_cell(v)),
                _ => String::new(),
            };
            format!("{mark}{}:{}{default}", c.label, c.ty.flux_name())
        })
        .collect();
    let mut out = header.join(",");
    let key_order: Vec<&str> = key.columns().iter().map(|c| &*c.label).collect();
    let table_order: Vec<&str> = t
        .columns()
        .iter()
        .filter(|c| key.contains(&c.label))
        .map(|c| &*c.label)
        .collect();
    if key_order != table_order {
        out.push_str(&format!("\n# key: {}", key_order.join(",")));
    }
    for row in 0..t.num_rows() {
        let cells: Vec<String> = (0..t.columns().len())
            .map(|c| render_cell(&t.cell(c, row)))
            .collect();
        out.push('\n');
        out.push_str(&cells.join(","));
    }
    out
}

/// A stream in the text form, tables separated by a blank line.
pub fn render(s: &Stream) -> String {
    s.tables()
        .iter()
        .map(render_table)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Lines trimmed, blank lines at the ends removed.
fn normalize(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let start = lines.iter().position(|l| !l.is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.is_empty()).map_or(start, |e| e + 1);
    lines[start..end].join("\n")
}

/// Asserts that `got` renders as `want`.
#[track_caller]
pub fn eq(got: Result<Stream>, want: &str) {
    match got {
        Ok(s) => assert_eq!(render(&s), normalize(want)),
        Err(e) => panic!("expected tables, got the error: {e}"),
    }
}

/// Asserts that `got` is the error `want`.
#[track_caller]
pub fn fails(got: Result<Stream>, want: &str) {
    match got {
        Ok(s) => panic!("expected the error {want:?}, got tables:\n{}", render(&s)),
        Err(e) => assert_eq!(e.message, want),
    }
}

#[test]
fn the_literal_form_round_trips() -> Result {
    let text = "*host:string,_time:time,_value:float\na,1s,1.5\na,2020-01-01T00:00:00.5Z,\n\n*host:string=b,_value:string";
    assert_eq!(render(&stream(text)?), text);
    Ok(())
}
