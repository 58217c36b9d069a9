//! Tables as JSON: one document per table, one per line (JSON Lines).
//!
//! ```json
//! {"result":"_result","table":0,"key":{"host":"a"},"columns":[{"label":"host","type":"string"},{"label":"_time","type":"time"},{"label":"_value","type":"float"}],"rows":[["a","2018-05-22T19:53:26Z",1.5],["a","2018-05-22T19:53:36Z",null]]}
//! ```
//!
//! - `result`: the result's name; `table`: the table's index in the result (0, 1, …), the same
//!   number annotated CSV writes in its `table` column.
//! - `key`: the group key as an object, key columns in key order.
//! - `columns`: every column in table order with its Flux type (`bool`, `int`, `uint`, `float`,
//!   `string`, `time`).
//! - `rows`: one array per row, cells in column order.
//! - Values: `int` and `uint` are JSON numbers (exact, not rounded to a double), `float` a number
//!   written as annotated CSV writes it, or the string `"NaN"`, `"+Inf"`, `"-Inf"` (JSON has no
//!   such numbers); `time` an RFC3339Nano string; null is `null`.

use std::io::{self, Write};

use crate::cells::{Cells, TimeStyle};
use crate::{Scalar, Stream, Table};

/// Write every table of a result named `name`, one JSON document per line.
pub fn write_result(out: &mut impl Write, name: &str, stream: &Stream) -> io::Result<()> {
    for (index, table) in stream.tables().iter().enumerate() {
        write_table(out, name, index, table)?;
    }
    Ok(())
}

/// Write one table as a JSON document and a newline.
pub fn write_table(out: &mut impl Write, result: &str, index: usize, table: &Table) -> io::Result<()> {
    let mut buf = Vec::new();
    buf.extend_from_slice(b"{\"result\":");
    write_string(&mut buf, result);
    buf.extend_from_slice(b",\"table\":");
    buf.extend_from_slice(itoa::Buffer::new().format(index).as_bytes());
    buf.extend_from_slice(b",\"key\":{");
    for (i, (c, v)) in table.key().columns().iter().zip(table.key().values()).enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        write_string(&mut buf, &c.label);
        buf.push(b':');
        write_scalar(&mut buf, v);
    }
    buf.extend_from_slice(b"},\"columns\":[");
    for (i, c) in table.columns().iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"label\":");
        write_string(&mut buf, &c.label);
        buf.extend_from_slice(b",\"type\":\"");
        buf.extend_from_slice(c.ty.flux_name().as_bytes());
        buf.extend_from_slice(b"\"}");
    }
    buf.extend_from_slice(b"],\"rows\":[");
    let cells: Vec<Cells> = table
        .columns()
        .iter()
        .zip(table.arrays())
        .map(|(c, a)| Cells::new(c.ty, a))
        .collect();
    for row in 0..table.num_rows() {
        if row > 0 {
            buf.push(b',');
        }
        buf.push(b'[');
        for (j, column) in cells.iter().enumerate() {
            if j > 0 {
                buf.push(b',');
            }
            write_cell(&mut buf, column, row);
        }
        buf.push(b']');
    }
    buf.extend_from_slice(b"]}\n");
    out.write_all(&buf)
}

fn write_cell(buf: &mut Vec<u8>, column: &Cells, row: usize) {
    if column.is_null(row) {
        buf.extend_from_slice(b"null");
        return;
    }
    match column {
        Cells::String(_) => write_string(buf, column.str(row).unwrap_or_default()),
        Cells::Float(a) if !a.value(row).is_finite() => {
            quoted(buf, |b| column.write(row, b, TimeStyle::Rfc3339Nano))
        }
        Cells::Time(_) => quoted(buf, |b| column.write(row, b, TimeStyle::Rfc3339Nano)),
        _ => column.write(row, buf, TimeStyle::Rfc3339Nano),
    }
}

fn write_scalar(buf: &mut Vec<u8>, value: &Scalar) {
    match value {
        Scalar::Null => buf.extend_from_slice(b"null"),
        Scalar::String(s) => write_string(buf, s),
        Scalar::Float(f) if !f.is_finite() => quoted(buf, |b| {
            crate::cells::write_scalar(b, value, TimeStyle::Rfc3339Nano)
        }),
        Scalar::Time(_) => quoted(buf, |b| {
            crate::cells::write_scalar(b, value, TimeStyle::Rfc3339Nano)
        }),
        _ => crate::cells::write_scalar(buf, value, TimeStyle::Rfc3339Nano),
    }
}

/// Text that needs no escaping (numbers' and times' text), in quotes.
fn quoted(buf: &mut Vec<u8>, write: impl FnOnce(&mut Vec<u8>)) {
    buf.push(b'"');
    write(buf);
    buf.push(b'"');
}

fn write_string(buf: &mut Vec<u8>, s: &str) {
    // serde_json escapes exactly what JSON requires; writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, s);
}
