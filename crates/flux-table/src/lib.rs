//! Flux's table streams.
//!
//! A [`Stream`] is a sequence of [`Table`]s. A table has a [`GroupKey`] (the key columns and
//! the value every row shares in them) and typed, nullable columns stored as arrow arrays, as
//! the Go engine stores them. Columns are `Arc`-shared: a transformation that does not change
//! a column (keep, rename, a filter that keeps every row, a regrouping that keeps rows) hands
//! the same array on instead of copying it.
//!
//! This crate knows nothing of the evaluator: group-key values are [`Scalar`]s, and errors are
//! [`TableError`]s carrying Flux's wording, which the evaluator places at a span.
//!
//! Streams in and out:
//! - [`csv`]: annotated CSV read as `csv.from` reads it and written as InfluxDB's
//!   `/api/v2/query` writes it (results by name, error tables, raw mode);
//! - [`format`](mod@format): tables printed as the Go `flux` command prints them;
//! - [`json`]: one JSON document per table (JSON Lines);
//! - [`time`] and [`text`]: times and numbers as text, exactly as Go writes and reads them.
//!
//! ```
//! use flux_table::{ColumnType, GroupKey, Scalar, Table, ColumnBuilder};
//!
//! let mut value = ColumnBuilder::new(ColumnType::Float, 2);
//! value.push(&Scalar::Float(1.5))?;
//! value.push(&Scalar::Null)?;
//! let table = Table::from_builders(GroupKey::empty(), vec![("_value".into(), value)])?;
//! assert_eq!(table.num_rows(), 2);
//! assert_eq!(table.cell(0, 0), Scalar::Float(1.5));
//! assert_eq!(table.cell(0, 1), Scalar::Null);
//! # Ok::<(), flux_table::TableError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod builder;
mod cells;
pub mod csv;
pub mod format;
pub mod json;
mod model;
pub mod ops;
pub mod text;
pub mod time;

pub use builder::ColumnBuilder;
pub use model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
