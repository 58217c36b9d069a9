//! The universe package, in scope in every script without an import: the booleans,
//! conversions, `display`, `length`, `die` ([`values`]) and the table transformations,
//! by topic: [`tables`] (range, columns, grouping, sorting, windows, `yield`), [`aggregate`]
//! (aggregates, selectors, series functions), [`scalar`] (`today`, `linearBins`,
//! `logarithmicBins`, `contains`), [`closures`] (`map`, `filter`, with the
//! column-wise fast path of [`lambda`]) and [`find`] (`tableFind` & co: from tables back to
//! values). Declarations in stdlib/universe/universe.flux; the kernels themselves live in
//! `flux_table::ops`.

mod aggregate;
mod closures;
mod find;
mod join;
pub(crate) mod labels;
pub(crate) mod lambda;
mod reduce;
mod scalar;
mod series;
mod stats;
mod tables;
mod timefns;
mod values;
mod vectorize;
mod windows;

use std::sync::Arc;

use flux_eval::{Args, ErrorKind, NativeFunction, Result, RuntimeError, Value};
use flux_table::{Stream, TableError};

use crate::natives::error;

/// The universe's natives (declarations in stdlib/universe/universe.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("true", |_, _| Ok(Value::Bool(true))),
    NativeFunction::new("false", |_, _| Ok(Value::Bool(false))),
    NativeFunction::new("string", values::string),
    NativeFunction::new("bytes", values::bytes),
    NativeFunction::new("int", values::int),
    NativeFunction::new("uint", values::uint),
    NativeFunction::new("float", values::float),
    NativeFunction::new("bool", values::bool),
    NativeFunction::new("time", values::time),
    NativeFunction::new("duration", values::duration),
    NativeFunction::new("display", values::display),
    NativeFunction::new("_systemTime", values::system_time),
    NativeFunction::new("length", values::length),
    NativeFunction::new("die", values::die),
    NativeFunction::new("inf", |_, _| {
        Ok(Value::Duration(flux_eval::Duration::from_nanos(i64::MAX)))
    }),
    // Tables: rows and columns.
    NativeFunction::new("range", tables::range),
    NativeFunction::new("keep", tables::keep),
    NativeFunction::new("drop", tables::drop),
    NativeFunction::new("rename", tables::rename),
    NativeFunction::new("duplicate", tables::duplicate),
    NativeFunction::new("set", tables::set),
    NativeFunction::new("group", tables::group),
    NativeFunction::new("union", tables::union),
    NativeFunction::new("sort", tables::sort),
    NativeFunction::new("limit", tables::limit),
    NativeFunction::new("tail", tables::tail),
    NativeFunction::new("columns", tables::columns),
    NativeFunction::new("keys", tables::keys),
    NativeFunction::new("keyValues", tables::key_values),
    NativeFunction::new("fill", tables::fill),
    NativeFunction::new("pivot", tables::pivot),
    NativeFunction::new("_window", windows::window),
    NativeFunction::new("_fillEmpty", tables::fill_empty),
    NativeFunction::new("_aggregateWindowColumns", tables::aggregate_window_columns),
    NativeFunction::new("_aggregateWindow", windows::aggregate_window),
    NativeFunction::new("yield", tables::yield_),
    // Aggregates, selectors and series.
    NativeFunction::new("first", aggregate::first),
    NativeFunction::new("last", aggregate::last),
    NativeFunction::new("min", aggregate::min),
    NativeFunction::new("max", aggregate::max),
    NativeFunction::new("count", aggregate::count),
    NativeFunction::new("sum", aggregate::sum),
    NativeFunction::new("mean", aggregate::mean),
    NativeFunction::new("quantile", aggregate::quantile),
    NativeFunction::new("spread", aggregate::spread),
    NativeFunction::new("stddev", aggregate::stddev),
    NativeFunction::new("distinct", aggregate::distinct),
    NativeFunction::new("unique", aggregate::unique),
    NativeFunction::new("mode", aggregate::mode),
    NativeFunction::new("difference", aggregate::difference),
    NativeFunction::new("derivative", aggregate::derivative),
    NativeFunction::new("cumulativeSum", aggregate::cumulative_sum),
    NativeFunction::new("elapsed", aggregate::elapsed),
    NativeFunction::new("movingAverage", aggregate::moving_average),
    // Row functions.
    NativeFunction::new("map", closures::map),
    NativeFunction::new("filter", closures::filter),
    // From tables back to values.
    NativeFunction::new("tableFind", find::table_find),
    NativeFunction::new("getColumn", find::get_column),
    NativeFunction::new("getRecord", find::get_record),
    NativeFunction::new("findColumn", find::find_column),
    NativeFunction::new("findRecord", find::find_record),
    // Date and value helpers: today, the bins, contains.
    NativeFunction::new("today", scalar::today),
    NativeFunction::new("linearBins", scalar::linear_bins),
    NativeFunction::new("logarithmicBins", scalar::logarithmic_bins),
    NativeFunction::new("contains", scalar::contains),
    // Time columns, state tracking and more series (issue 13).
    NativeFunction::new("timeShift", timefns::time_shift),
    NativeFunction::new("truncateTimeColumn", timefns::truncate_time_column),
    NativeFunction::new("_hourSelection", timefns::hour_selection),
    NativeFunction::new("stateTracking", timefns::state_tracking),
    NativeFunction::new("integral", series::integral),
    NativeFunction::new("exponentialMovingAverage", series::exponential_moving_average),
    NativeFunction::new(
        "tripleExponentialDerivative",
        series::triple_exponential_derivative,
    ),
    NativeFunction::new("chandeMomentumOscillator", series::chande_momentum_oscillator),
    NativeFunction::new("relativeStrengthIndex", series::relative_strength_index),
    NativeFunction::new("kaufmansAMA", series::kaufmans_ama),
    NativeFunction::new("holtWinters", series::holt_winters),
    // Statistics (issue 13).
    NativeFunction::new("skew", stats::skew),
    NativeFunction::new("covariance", stats::covariance),
    NativeFunction::new("histogram", stats::histogram),
    NativeFunction::new("histogramQuantile", stats::histogram_quantile),
    NativeFunction::new("sample", stats::sample),
    // Folding and joining.
    NativeFunction::new("reduce", reduce::reduce),
    NativeFunction::new("join", join::join),
];

/// A table kernel's failure as a runtime error (its message is already Flux's).
pub(crate) fn table_error(e: TableError) -> RuntimeError {
    error(ErrorKind::Runtime, e.message)
}

/// The piped stream (`<-tables`).
pub(crate) fn piped(args: &mut Args) -> Result<Stream> {
    args.required("tables")
}

/// The value of a transformation: its output, keeping the input's query bounds (as Go's
/// planner hands `range`'s bounds down the pipeline).
pub(crate) fn output(input: &Stream, result: std::result::Result<Stream, TableError>) -> Result<Value> {
    Ok(Value::Stream(
        result.map_err(table_error)?.with_bounds(input.bounds()),
    ))
}

/// An optional string argument, `default` when absent.
pub(crate) fn string_or(args: &mut Args, name: &str, default: &str) -> Result<Arc<str>> {
    Ok(args.optional::<Arc<str>>(name)?.unwrap_or_else(|| default.into()))
}

/// An array-of-strings argument (`columns: ["a", "b"]`), `None` when absent.
pub(crate) fn strings(args: &mut Args, name: &str) -> Result<Option<Vec<Arc<str>>>> {
    let Some(items) = args.optional::<Arc<Vec<Value>>>(name)? else {
        return Ok(None);
    };
    items
        .iter()
        .map(|v| match v {
            Value::String(s) => Ok(s.clone()),
            other => Err(error(
                ErrorKind::Type,
                format!(
                    "keyword argument {name:?} should be of type [string], but got [{}]",
                    other.type_name()
                ),
            )),
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

/// `&str` views of owned labels, for the kernels.
pub(crate) fn strs(labels: &[Arc<str>]) -> Vec<&str> {
    labels.iter().map(|s| &**s).collect()
}

/// Calls universe's native `name` with the arguments `params` taken from `args`, plus
/// `extra`: the experimental package's forms of universe functions (`experimental.count`
/// is universe `count` without its `column` parameter).
pub(crate) fn forward(
    name: &str,
    args: &mut Args,
    cx: &mut flux_eval::CallContext,
    params: &[&str],
    extra: Vec<(&str, Value)>,
) -> Result<Value> {
    let Some(native) = NATIVES.iter().find(|n| n.name() == name) else {
        return Err(error(
            ErrorKind::Internal,
            format!("universe has no native {name:?}"),
        ));
    };
    let mut entries: Vec<(Arc<str>, Value)> = params
        .iter()
        .filter_map(|p| args.take(p).map(|v| (Arc::from(*p), v)))
        .collect();
    entries.extend(extra.into_iter().map(|(k, v)| (Arc::from(k), v)));
    native.call(&mut Args::new(entries), cx)
}
