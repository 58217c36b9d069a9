//! Universe series functions beyond the basic ones of [`super::aggregate`]: `integral`
//! and the technical-analysis family (`exponentialMovingAverage`,
//! `chandeMomentumOscillator`, `relativeStrengthIndex`, `kaufmansAMA`,
//! `tripleExponentialDerivative`, `holtWinters`). Kernels in `flux_table::ops`.

use flux_eval::{Args, CallContext, Duration, Result, Value};
use flux_table::ops::{self, IntegralOptions};

use super::{output, piped, string_or};

pub(super) fn integral(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let unit = args
        .optional::<Duration>("unit")?
        .map_or(1_000_000_000, |d| d.total_nanos());
    let time_column = string_or(args, "timeColumn", "_time")?;
    let column = string_or(args, "column", "_value")?;
    // Go interpolates for "linear" and ignores any other value.
    let interpolate = &*string_or(args, "interpolate", "")? == "linear";
    let options = IntegralOptions {
        unit,
        time_column: &time_column,
        column: &column,
        interpolate,
    };
    output(&tables, ops::integral(&tables, &options))
}

pub(super) fn exponential_moving_average(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    output(&tables, ops::exponential_moving_average(&tables, n))
}

pub(super) fn triple_exponential_derivative(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    output(&tables, ops::triple_exponential_derivative(&tables, n))
}

/// The `columns` argument, `["_value"]` by default.
fn value_columns(args: &mut Args) -> Result<Vec<std::sync::Arc<str>>> {
    Ok(super::strings(args, "columns")?.unwrap_or_else(|| vec!["_value".into()]))
}

pub(super) fn chande_momentum_oscillator(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    let columns = value_columns(args)?;
    output(
        &tables,
        ops::chande_momentum_oscillator(&tables, n, &super::strs(&columns)),
    )
}

pub(super) fn relative_strength_index(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    let columns = value_columns(args)?;
    output(
        &tables,
        ops::relative_strength_index(&tables, n, &super::strs(&columns)),
    )
}

pub(super) fn kaufmans_ama(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    let column = string_or(args, "column", "_value")?;
    output(&tables, ops::kaufmans_ama(&tables, n, &column))
}

pub(super) fn holt_winters(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let n: i64 = args.required("n")?;
    let interval: Duration = args.required("interval")?;
    let with_fit = args.optional::<bool>("withFit")?.unwrap_or(false);
    let column = string_or(args, "column", "_value")?;
    let time_column = string_or(args, "timeColumn", "_time")?;
    let seasonality = args.optional::<i64>("seasonality")?.unwrap_or(0);
    let with_min_sse = args.optional::<bool>("withMinSSE")?.unwrap_or(false);
    let options = ops::HoltWintersOptions {
        n,
        interval: interval.total_nanos(),
        with_fit,
        column: &column,
        time_column: &time_column,
        seasonality,
        with_min_sse,
    };
    output(&tables, ops::holt_winters(&tables, &options))
}
