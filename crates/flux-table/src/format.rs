//! Tables as the Go `flux` command prints them.
//!
//! ```text
//! Result: _result
//! Table: keys: [host]
//!            host:string                  _value:float
//! ----------------------  ----------------------------
//!                      a                           1.5
//! ```
//!
//! - `Result: NAME`, then per table `Table: keys: [k1, k2]`, a header of `label:type`, a dashed
//!   line and the rows. Every cell is right-aligned in its column and followed by two spaces (the
//!   last one too).
//! - A table without rows is not printed (the Go `flux` command skips it), so a result whose
//!   tables are all empty is its `Result:` line alone.
//! - Key columns come first, in key order; the other columns keep their order.
//! - A column is as wide as its widest cell or header, and at least as wide as its type's minimum
//!   (bool 12, int 26, uint 27, float 28, string 22, time 30). Widths count bytes, as Go does.
//! - Times print with nine fraction digits (`2018-05-22T19:53:26.000000000Z`), floats in Go's
//!   shortest form without exponent, nulls as nothing.

use std::io::{self, Write};

use crate::cells::{Cells, TimeStyle};
use crate::{ColumnType, Stream, Table};

/// Print a result named `name`: `Result: NAME` and its tables that have rows.
pub fn write_result(out: &mut impl Write, name: &str, stream: &Stream) -> io::Result<()> {
    writeln!(out, "Result: {name}")?;
    for table in stream.tables().iter().filter(|t| t.num_rows() > 0) {
        write_table(out, table)?;
    }
    Ok(())
}

/// Print one table: `Table: keys: [...]`, header, separator and rows.
pub fn write_table(out: &mut impl Write, table: &Table) -> io::Result<()> {
    let mut buf = Vec::new();
    buf.extend_from_slice(b"Table: keys: [");
    for (i, c) in table.key().columns().iter().enumerate() {
        if i > 0 {
            buf.extend_from_slice(b", ");
        }
        buf.extend_from_slice(c.label.as_bytes());
    }
    buf.extend_from_slice(b"]\n");

    let order = column_order(table);
    let columns = table.columns();
    let cells: Vec<Cells> = columns
        .iter()
        .zip(table.arrays())
        .map(|(c, a)| Cells::new(c.ty, a))
        .collect();
    // Every cell's text, row by row in display order (one pass to size, one to print).
    let mut texts: Vec<Vec<u8>> = Vec::with_capacity(table.num_rows() * order.len());
    let mut widths: Vec<usize> = order
        .iter()
        .map(|&j| {
            (columns[j].label.len() + 1 + columns[j].ty.flux_name().len()).max(min_width(columns[j].ty))
        })
        .collect();
    for row in 0..table.num_rows() {
        for (o, &j) in order.iter().enumerate() {
            let mut text = Vec::new();
            cells[j].write(row, &mut text, TimeStyle::FixedNanos);
            widths[o] = widths[o].max(text.len());
            texts.push(text);
        }
    }

    for (o, &j) in order.iter().enumerate() {
        let header = format!("{}:{}", columns[j].label, columns[j].ty.flux_name());
        pad_cell(&mut buf, header.as_bytes(), widths[o]);
    }
    buf.push(b'\n');
    for &width in &widths {
        buf.resize(buf.len() + width, b'-');
        buf.extend_from_slice(b"  ");
    }
    buf.push(b'\n');
    if !order.is_empty() {
        for row in texts.chunks(order.len()) {
            for (text, &width) in row.iter().zip(&widths) {
                pad_cell(&mut buf, text, width);
            }
            buf.push(b'\n');
        }
    }
    out.write_all(&buf)
}

fn pad_cell(buf: &mut Vec<u8>, text: &[u8], width: usize) {
    buf.resize(buf.len() + width.saturating_sub(text.len()), b' ');
    buf.extend_from_slice(text);
    buf.extend_from_slice(b"  ");
}

/// Column indexes in display order: key columns in key order, then the rest as they are.
fn column_order(table: &Table) -> Vec<usize> {
    let key = table.key();
    let mut order: Vec<usize> = key
        .columns()
        .iter()
        .filter_map(|k| table.column_index(&k.label))
        .collect();
    order.extend((0..table.columns().len()).filter(|&j| !key.contains(&table.columns()[j].label)));
    order
}

fn min_width(ty: ColumnType) -> usize {
    match ty {
        ColumnType::Bool => 12,
        ColumnType::Int => 26,
        ColumnType::UInt => 27,
        ColumnType::Float => 28,
        ColumnType::String => 22,
        ColumnType::Time => 30,
    }
}
