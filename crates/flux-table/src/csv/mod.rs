//! Annotated CSV: reading it as Flux's `csv.from` does, writing it as InfluxDB's `/api/v2/query`
//! does.
//!
//! ```text
//! #datatype,string,long,dateTime:RFC3339,double,string
//! #group,false,false,false,false,true
//! #default,_result,,,,
//! ,result,table,_time,_value,host
//! ,,0,2018-05-22T19:53:26Z,1.5,a
//! ,,1,2018-05-22T19:53:26Z,2.5,b
//! ```
//!
//! **Reading** ([`decode`] from a slice, [`decode_reader`] from a file or any reader, a buffer at a
//! time) follows Go Flux's decoder line for line:
//! - A block of annotation rows (`#datatype`, `#group`, `#default`, all three required; other
//!   `#…` rows are ignored) and a header row describe the tables after them. The first three
//!   columns are the annotation, `result` and `table` columns.
//! - A data row whose `table` cell differs from the row before starts a new table; so does a new
//!   annotation block. Blank lines are skipped (they are not what separates tables).
//! - The result's name is the `result` cell of `#default`; a block with another name starts a new
//!   result. [`decode`] returns every result, in order.
//! - An empty cell takes the column's `#default` value, else it is null. A group-key column's
//!   value comes from the table's first row; a table without rows takes the `#default` values and
//!   the `#default` row's table id.
//! - Types: `boolean`, `long`, `unsignedLong`, `double`, `string`, `dateTime:RFC3339`,
//!   `dateTime:RFC3339Nano` (both read any RFC3339 time, with or without a fraction). Go Flux
//!   knows no others (`duration` and `base64Binary` are `influx write` types): they are errors.
//!   Two small extensions: a bare `dateTime` reads RFC3339 and `dateTime:number` reads integer
//!   nanoseconds (Go would take the text after the colon as a Go time layout).
//! - A header whose second cell is `error` is an error table: decoding fails with the error it
//!   holds ([`CsvError::Reported`]).
//! - [`Mode::Raw`] reads plain CSV: the first row is the header, every column is a string, empty
//!   cells are null, and everything is one table of one result named `_result`.
//! - A UTF-8 byte-order mark at the start is skipped, as `csv.from` does.
//!
//! Anything malformed (a row with the wrong number of cells, a cell that does not read as its
//! type, a missing annotation or header) is a [`CsvError::Invalid`] naming the line.
//!
//! **Writing** ([`write_results`], [`encode`]) is byte-for-byte InfluxDB's default dialect:
//! CRLF line endings; before each table whose schema differs from the one before (or that is
//! empty, or follows an empty one) a blank line (except at the start) and the `#datatype`,
//! `#group`, `#default` rows and a header; rows `,,TABLE_ID,cells…`; times in RFC3339Nano, floats
//! in Go's shortest form without exponent; fields quoted as Go's `encoding/csv` quotes them; and
//! a blank line after each result.

mod decode;
mod encode;

pub use decode::{decode, decode_reader};
pub use encode::{encode, write_error, write_result, write_results};

use std::fmt;

use crate::Stream;

/// How [`decode`] reads its input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Annotated CSV (`mode: "annotations"`, the default of `csv.from`).
    #[default]
    Annotations,
    /// Plain CSV with a header row: all columns are strings (`mode: "raw"`).
    Raw,
}

/// One result of a query: its name (`_result`, or the name given to `yield`) and its tables.
#[derive(Clone, Debug, Default)]
pub struct NamedStream {
    /// The result's name.
    pub name: String,
    /// Its tables, in order.
    pub stream: Stream,
}

/// Why annotated CSV could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// The CSV is malformed: what is wrong, on which line (1-based).
    Invalid {
        /// The line the problem is on.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// The CSV is an error table (`error` and `reference` columns): the error it reports.
    Reported {
        /// The error's text, as the `error` cell holds it.
        message: String,
        /// The `reference` cell (often empty).
        reference: String,
    },
}

impl CsvError {
    pub(crate) fn invalid(line: u64, message: impl Into<String>) -> Self {
        CsvError::Invalid {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::Invalid { line, message } => write!(f, "line {line}: {message}"),
            CsvError::Reported { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for CsvError {}

impl From<CsvError> for crate::TableError {
    fn from(e: CsvError) -> Self {
        crate::TableError::new(e.to_string())
    }
}
