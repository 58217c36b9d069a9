//! Universe aggregates (`count`, `sum`, `mean`, `quantile`, ...), selectors (`first`, `last`,
//! `min`, `max`, `distinct`, `unique`, `mode`) and series functions (`difference`,
//! `derivative`, `cumulativeSum`, `elapsed`, `movingAverage`): each reads its arguments with
//! Go's defaults and runs the `flux_table::ops` kernel.

use std::sync::Arc;

use flux_eval::{Args, CallContext, Duration, ErrorKind, Result, Value};
use flux_table::ops::{self, DerivativeOptions, DifferenceOptions, QuantileMethod};
use flux_table::{Stream, TableError};

use super::{output, piped, string_or, strings, strs};
use crate::natives::error;

/// A function of the stream and one column (`column`, `"_value"` by default).
fn by_column(
    args: &mut Args,
    kernel: fn(&Stream, &str) -> std::result::Result<Stream, TableError>,
) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    output(&tables, kernel(&tables, &column))
}

pub(super) fn first(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::first)
}

pub(super) fn last(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::last)
}

pub(super) fn min(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::min)
}

pub(super) fn max(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::max)
}

pub(super) fn count(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::count)
}

pub(super) fn sum(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::sum)
}

pub(super) fn mean(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::mean)
}

pub(super) fn spread(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::spread)
}

pub(super) fn distinct(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::distinct)
}

pub(super) fn unique(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::unique)
}

pub(super) fn mode(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    by_column(args, ops::mode)
}

pub(super) fn quantile(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    let q: f64 = args.required("q")?;
    let compression = args.optional::<f64>("compression")?.unwrap_or(0.0);
    let method = string_or(args, "method", "estimate_tdigest")?;
    let method = QuantileMethod::parse(&method, compression).map_err(super::table_error)?;
    output(&tables, ops::quantile(&tables, &column, q, method))
}

pub(super) fn stddev(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    let population = match &*string_or(args, "mode", "sample")? {
        "sample" => false,
        "population" => true,
        other => {
            return Err(error(
                ErrorKind::Argument,
                format!("{other:?} is not a valid standard deviation mode"),
            ));
        }
    };
    output(&tables, ops::stddev(&tables, &column, population))
}

/// The `columns` argument of the series functions, `["_value"]` by default.
fn value_columns(args: &mut Args) -> Result<Vec<Arc<str>>> {
    Ok(strings(args, "columns")?.unwrap_or_else(|| vec!["_value".into()]))
}

fn flag(args: &mut Args, name: &str) -> Result<bool> {
    Ok(args.optional::<bool>(name)?.unwrap_or(false))
}

/// A duration argument in nanoseconds (`default` when absent).
fn nanos_or(args: &mut Args, name: &str, default: i64) -> Result<i64> {
    Ok(args
        .optional::<Duration>(name)?
        .map_or(default, |d| d.total_nanos()))
}

pub(super) fn difference(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns = value_columns(args)?;
    let options = DifferenceOptions {
        non_negative: flag(args, "nonNegative")?,
        keep_first: flag(args, "keepFirst")?,
        initial_zero: flag(args, "initialZero")?,
    };
    output(&tables, ops::difference(&tables, &strs(&columns), options))
}

pub(super) fn derivative(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns = value_columns(args)?;
    let time_column = string_or(args, "timeColumn", "_time")?;
    let options = DerivativeOptions {
        unit: nanos_or(args, "unit", 1_000_000_000)?,
        non_negative: flag(args, "nonNegative")?,
        initial_zero: flag(args, "initialZero")?,
        time_column: &time_column,
    };
    output(&tables, ops::derivative(&tables, &strs(&columns), &options))
}

pub(super) fn cumulative_sum(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns = value_columns(args)?;
    output(&tables, ops::cumulative_sum(&tables, &strs(&columns)))
}

pub(super) fn elapsed(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let unit = nanos_or(args, "unit", 1_000_000_000)?;
    let time_column = string_or(args, "timeColumn", "_time")?;
    let column_name = string_or(args, "columnName", "elapsed")?;
    output(&tables, ops::elapsed(&tables, unit, &time_column, &column_name))
}

pub(super) fn moving_average(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    output(&tables, ops::moving_average(&tables, n))
}
