//! Flux's table transformations as plain functions over streams and tables.
//!
//! Each function takes its input stream and plain Rust parameters and returns a new stream or
//! a [`TableError`] in Flux's wording. Functions that call Flux closures (`map`, `filter`,
//! `reduce`) live in the standard library; [`rows`] gives them what they need (rows as
//! scalars, tables from rows, filtering by a mask, replacing columns).
//!
//! Columns a transformation does not change are shared with its input (the same arrow array).

pub mod aggregate;
pub mod convert;
pub mod diff;
pub mod distinct;
pub mod fill;
pub mod group;
pub mod holt_winters;
pub mod integral;
pub mod join;
mod kernels;
pub mod keys;
pub mod meta;
pub mod pivot;
pub mod range;
pub mod rows;
pub mod schema;
pub mod select;
pub mod series;
pub mod sort;
pub mod stats;
mod tdigest;
pub mod technical;
pub mod window;
pub mod window_aggregate;

pub use aggregate::{QuantileMethod, count, mean, median, quantile, spread, stddev, sum};
pub use convert::{to_bool, to_float, to_int, to_string, to_time, to_uint};
pub use diff::diff;
pub use distinct::{distinct, mode, unique};
pub use fill::{fill_previous, fill_value};
pub use group::{GroupMode, group, union};
pub use holt_winters::{HoltWintersOptions, holt_winters};
pub use integral::{IntegralOptions, integral};
pub use kernels::filter_by_mask;
pub use meta::{columns, key_values, keys};
pub use pivot::pivot;
pub use range::range;
pub use schema::{drop, drop_by, duplicate, keep, keep_by, rename, rename_by, set};
pub use select::{first, last, max, min};
pub use series::{
    DerivativeOptions, DifferenceOptions, cumulative_sum, derivative, difference, elapsed, increase,
    moving_average,
};
pub use sort::{bottom, limit, sort, tail, top};
pub use stats::{
    HistogramOptions, HistogramQuantileOptions, OnNonmonotonic, covariance, histogram, histogram_quantile,
    sample, skew,
};
pub use technical::{
    chande_momentum_oscillator, exponential_moving_average, kaufmans_ama, relative_strength_index,
    triple_exponential_derivative,
};
pub use window::{WindowSpec, aggregate_window, fill_empty, window};
pub use window_aggregate::{WindowAggregate, aggregate_window_fused};

use crate::model::{Stream, Table, TableError};

/// Applies `f` to every table of `stream`, in order.
pub fn each(
    stream: &Stream,
    f: impl FnMut(&Table) -> Result<Table, TableError>,
) -> Result<Stream, TableError> {
    stream
        .tables()
        .iter()
        .map(f)
        .collect::<Result<Vec<_>, _>>()
        .map(Stream::new)
}

/// Applies `f` to every table, then merges tables that end up with equal keys (their rows one
/// after another, in stream order), as Go Flux does after a key-changing transformation.
pub fn each_merged(
    stream: &Stream,
    f: impl FnMut(&Table) -> Result<Table, TableError>,
) -> Result<Stream, TableError> {
    let tables = stream.tables().iter().map(f).collect::<Result<Vec<_>, _>>()?;
    merge_equal_keys(tables)
}

/// One table per distinct key, keeping the order in which keys first appear.
pub(crate) fn merge_equal_keys(tables: Vec<Table>) -> Result<Stream, TableError> {
    let mut groups = keys::KeyedTables::new();
    for t in &tables {
        groups.add(t.key().clone(), t);
    }
    if groups.groups.len() == tables.len() {
        return Ok(Stream::new(tables));
    }
    groups
        .groups
        .into_iter()
        .map(|(key, parts)| kernels::concat(key, &parts))
        .collect::<Result<Vec<_>, _>>()
        .map(Stream::new)
}
