//! Writing results as annotated CSV, byte-for-byte as InfluxDB's `/api/v2/query` does.

use std::io::{self, Write};

use arrow_array::Array;

use super::NamedStream;
use crate::cells::{Cells, TimeStyle, write_scalar};
use crate::time::write_rfc3339_nano;
use crate::{ColumnType, Scalar, Stream, Table};

/// Buffered output is handed to the writer in pieces of about this size.
const FLUSH_AT: usize = 1 << 20;

/// All `results` as annotated CSV, each followed by a blank line (as InfluxDB answers a query).
///
/// ```
/// use flux_table::csv::{decode, encode, Mode};
///
/// let input = "#datatype,string,long,string,double\r\n\
///              #group,false,false,true,false\r\n\
///              #default,_result,,,\r\n\
///              ,result,table,host,_value\r\n\
///              ,,0,a,1.5\r\n\
///              \r\n";
/// let results = decode(input.as_bytes(), Mode::Annotations)?;
/// assert_eq!(String::from_utf8_lossy(&encode(&results)), input);
/// # Ok::<(), flux_table::csv::CsvError>(())
/// ```
pub fn encode(results: &[NamedStream]) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_results(&mut out, results);
    out
}

/// Write `results` as annotated CSV, each followed by a blank line.
pub fn write_results(out: &mut impl Write, results: &[NamedStream]) -> io::Result<()> {
    for result in results {
        write_result(out, &result.name, &result.stream)?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

/// Write the tables of one result named `name` (without the blank line that ends a result).
pub fn write_result(out: &mut impl Write, name: &str, stream: &Stream) -> io::Result<()> {
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut previous: Option<&Table> = None;
    for (index, table) in stream.tables().iter().enumerate() {
        let mut id = itoa::Buffer::new();
        let id = id.format(index).as_bytes();
        let new_schema = match previous {
            None => true,
            Some(p) => p.is_empty() || table.is_empty() || schema_changed(p, table),
        };
        if new_schema {
            if previous.is_some() {
                buf.extend_from_slice(b"\r\n");
            }
            write_schema(&mut buf, name, id, table);
        }
        write_rows(out, &mut buf, id, table)?;
        previous = Some(table);
    }
    out.write_all(&buf)
}

/// Write an error as the error table InfluxDB sends when a query fails; `after_output` when
/// results were written before it (a blank line separates them).
pub fn write_error(out: &mut impl Write, message: &str, after_output: bool) -> io::Result<()> {
    let mut buf = Vec::new();
    if after_output {
        buf.extend_from_slice(b"\r\n");
    }
    buf.extend_from_slice(
        b"#datatype,string,string\r\n#group,true,true\r\n#default,,\r\n,error,reference\r\n,",
    );
    write_field(&mut buf, message);
    buf.extend_from_slice(b",\r\n");
    out.write_all(&buf)
}

/// Go's encoder writes the annotations again when the columns or the key columns change.
fn schema_changed(previous: &Table, table: &Table) -> bool {
    previous.columns() != table.columns() || previous.key().columns() != table.key().columns()
}

fn write_schema(buf: &mut Vec<u8>, name: &str, id: &[u8], table: &Table) {
    let columns = table.columns();
    buf.extend_from_slice(b"#datatype,string,long");
    for c in columns {
        buf.push(b',');
        buf.extend_from_slice(datatype(c.ty));
    }
    buf.extend_from_slice(b"\r\n#group,false,false");
    for c in columns {
        buf.extend_from_slice(if table.key().contains(&c.label) {
            b",true"
        } else {
            b",false"
        });
    }
    // An empty table has no rows to carry its id and key: the #default row does.
    let empty = table.is_empty();
    buf.extend_from_slice(b"\r\n#default,");
    write_field(buf, name);
    buf.push(b',');
    if empty {
        buf.extend_from_slice(id);
    }
    for c in columns {
        buf.push(b',');
        match table.key().value(&c.label) {
            Some(Scalar::String(s)) if empty => write_field(buf, s),
            Some(value) if empty => write_scalar(buf, value, TimeStyle::Rfc3339Nano),
            _ => {}
        }
    }
    buf.extend_from_slice(b"\r\n,result,table");
    for c in columns {
        buf.push(b',');
        write_field(buf, &c.label);
    }
    buf.extend_from_slice(b"\r\n");
}

fn datatype(ty: ColumnType) -> &'static [u8] {
    match ty {
        ColumnType::Bool => b"boolean",
        ColumnType::Int => b"long",
        ColumnType::UInt => b"unsignedLong",
        ColumnType::Float => b"double",
        ColumnType::String => b"string",
        ColumnType::Time => b"dateTime:RFC3339",
    }
}

fn write_rows(out: &mut impl Write, buf: &mut Vec<u8>, id: &[u8], table: &Table) -> io::Result<()> {
    let cells: Vec<Cells> = table
        .columns()
        .iter()
        .zip(table.arrays())
        .map(|(c, a)| Cells::new(c.ty, a))
        .collect();
    // The last time written in each column and its text: key columns repeat one time on every row.
    let mut last_times: Vec<(i64, Vec<u8>)> = vec![(0, Vec::new()); cells.len()];
    for row in 0..table.num_rows() {
        buf.extend_from_slice(b",,");
        buf.extend_from_slice(id);
        for (column, last) in cells.iter().zip(&mut last_times) {
            buf.push(b',');
            match column {
                Cells::String(_) => write_field(buf, column.str(row).unwrap_or_default()),
                Cells::Time(a) if a.is_valid(row) => {
                    let nanos = a.value(row);
                    if last.1.is_empty() || last.0 != nanos {
                        last.1.clear();
                        write_rfc3339_nano(&mut last.1, nanos);
                        last.0 = nanos;
                    }
                    buf.extend_from_slice(&last.1);
                }
                _ => column.write(row, buf, TimeStyle::Rfc3339Nano),
            }
        }
        buf.extend_from_slice(b"\r\n");
        if buf.len() >= FLUSH_AT {
            out.write_all(buf)?;
            buf.clear();
        }
    }
    Ok(())
}

/// Append a field, quoted when Go's `encoding/csv` quotes it: when it holds a comma, a quote or a
/// line break, starts with white space, or is `\.`. Inside quotes a quote doubles, `\n` becomes
/// CRLF and a lone `\r` is dropped (Go's writer in CRLF mode).
fn write_field(buf: &mut Vec<u8>, field: &str) {
    if !needs_quotes(field) {
        buf.extend_from_slice(field.as_bytes());
        return;
    }
    buf.push(b'"');
    for b in field.bytes() {
        match b {
            b'"' => buf.extend_from_slice(b"\"\""),
            b'\r' => {}
            b'\n' => buf.extend_from_slice(b"\r\n"),
            _ => buf.push(b),
        }
    }
    buf.push(b'"');
}

fn needs_quotes(field: &str) -> bool {
    field == "\\."
        || field.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        // Go: unicode.IsSpace of the first rune (the same set as Rust's char::is_whitespace).
        || field.chars().next().is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut buf = Vec::new();
        write_field(&mut buf, text);
        String::from_utf8_lossy(&buf).into_owned()
    }

    #[test]
    fn quotes_fields_as_go_does() {
        assert_eq!(field(""), "");
        assert_eq!(field("abc"), "abc");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\r\nlines\"");
        assert_eq!(field("cr\r\nlf"), "\"cr\r\nlf\"");
        assert_eq!(field(" lead"), "\" lead\"");
        assert_eq!(field("trail "), "trail ");
        assert_eq!(field("\u{a0}nbsp"), "\"\u{a0}nbsp\"");
        assert_eq!(field("\u{3000}x"), "\"\u{3000}x\"");
        assert_eq!(field("é"), "é");
        assert_eq!(field("\\."), "\"\\.\"");
    }
}
