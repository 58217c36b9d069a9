//! Universe statistics: `skew`, `covariance`, `histogram`, `histogramQuantile` and
//! `sample` (`cov` and `pearsonr` are Flux, over `join` and `covariance`). Kernels in
//! `flux_table::ops::stats`.

use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, Result, Value};
use flux_table::ops::{self, HistogramOptions, HistogramQuantileOptions, OnNonmonotonic};

use super::{output, piped, string_or, strings};
use crate::natives::error;

pub(super) fn skew(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    output(&tables, ops::skew(&tables, &column))
}

pub(super) fn covariance(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let pearsonr = args.optional::<bool>("pearsonr")?.unwrap_or(false);
    let value_dst = string_or(args, "valueDst", "_value")?;
    let columns = strings(args, "columns")?.unwrap_or_default();
    let [x, y] = columns.as_slice() else {
        return Err(error(ErrorKind::Argument, "must provide exactly two columns"));
    };
    output(&tables, ops::covariance(&tables, x, y, pearsonr, &value_dst))
}

pub(super) fn histogram(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    let upper_bound_column = string_or(args, "upperBoundColumn", "le")?;
    let count_column = string_or(args, "countColumn", "_value")?;
    let bins: Arc<Vec<Value>> = args.required("bins")?;
    let bins = bins
        .iter()
        .map(|b| match b {
            Value::Float(f) => Ok(*f),
            other => Err(error(
                ErrorKind::Type,
                format!(
                    "keyword argument \"bins\" should be of type [float], but got [{}]",
                    other.type_name()
                ),
            )),
        })
        .collect::<Result<Vec<f64>>>()?;
    let normalize = args.optional::<bool>("normalize")?.unwrap_or(false);
    let options = HistogramOptions {
        column: &column,
        upper_bound_column: &upper_bound_column,
        count_column: &count_column,
        bins,
        normalize,
    };
    output(&tables, ops::histogram(&tables, &options))
}

pub(super) fn histogram_quantile(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let quantile: f64 = args.required("quantile")?;
    let count_column = string_or(args, "countColumn", "_value")?;
    let upper_bound_column = string_or(args, "upperBoundColumn", "le")?;
    let value_column = string_or(args, "valueColumn", "_value")?;
    let min_value = args.optional::<f64>("minValue")?.unwrap_or(0.0);
    let on_nonmonotonic = match &*string_or(args, "onNonmonotonic", "error")? {
        "error" => OnNonmonotonic::Error,
        "drop" => OnNonmonotonic::Drop,
        "force" => OnNonmonotonic::Force,
        _ => {
            return Err(error(
                ErrorKind::Argument,
                "value provided to histogramQuantile parameter onNonmonotonic is invalid; must be one of \"error\", \"force\" or \"drop\"",
            ));
        }
    };
    let options = HistogramQuantileOptions {
        quantile,
        count_column: &count_column,
        upper_bound_column: &upper_bound_column,
        value_column: &value_column,
        min_value,
        on_nonmonotonic,
    };
    output(&tables, ops::histogram_quantile(&tables, &options))
}

pub(super) fn sample(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    if n <= 0 {
        return Err(error(
            ErrorKind::Argument,
            format!("n must be a positive integer, but was {n}"),
        ));
    }
    let pos = args.optional::<i64>("pos")?;
    if let Some(pos) = pos
        && pos >= n
    {
        return Err(error(
            ErrorKind::Argument,
            format!("pos must be less than n, but {pos} >= {n}"),
        ));
    }
    let column = string_or(args, "column", "_value")?;
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    // A negative `pos` is Go's "random", as is an absent one.
    let pos = pos.and_then(|p| usize::try_from(p).ok());
    let random = RandomState::new();
    let mut draws = 0u64;
    let random_pos = || {
        draws += 1;
        (random.hash_one(draws) % n as u64) as usize
    };
    output(&tables, ops::sample(&tables, n, pos, &column, random_pos))
}
