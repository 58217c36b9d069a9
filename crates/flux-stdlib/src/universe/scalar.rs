//! Universe functions on plain values: `today`, `linearBins`, `logarithmicBins`,
//! `contains` (declarations in stdlib/universe/universe.flux).

use std::sync::Arc;

use flux_eval::{Args, CallContext, Duration, ErrorKind, Result, Value};

use crate::date;
use crate::natives::error;

/// The most elements `linearBins` and `logarithmicBins` build.
pub const MAX_BINS: i64 = 1 << 24;

/// `today()`: `now()` truncated to the day on the clock of the `location` option.
pub fn today(_: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let now = date::now(cx)?;
    let location = date::option_location(cx)?;
    let day = Duration::from_nanos(86_400_000_000_000);
    date::truncate(now, day, &location).map(Value::Time)
}

/// `linearBins(start:, width:, count:, infinity: true)`.
pub fn linear_bins(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let start: f64 = args.required("start")?;
    let width: f64 = args.required("width")?;
    bins(args, start, |bound| bound + width)
}

/// `logarithmicBins(start:, factor:, count:, infinity: true)`.
pub fn logarithmic_bins(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let start: f64 = args.required("start")?;
    let factor: f64 = args.required("factor")?;
    bins(args, start, |bound| bound * factor)
}

/// `count` bounds from `start`, each the `next` of the one before, then `+Inf` when
/// `infinity` (the default) is set.
fn bins(args: &mut Args, start: f64, next: impl Fn(f64) -> f64) -> Result<Value> {
    let count: i64 = args.required("count")?;
    let infinity = args.optional::<bool>("infinity")?.unwrap_or(true);
    if count < 0 {
        return Err(error(
            ErrorKind::Runtime,
            format!("count must not be negative, got {count}"),
        ));
    }
    if count > MAX_BINS {
        return Err(error(
            ErrorKind::Limit,
            format!("count {count} is over the limit of {MAX_BINS} bins"),
        ));
    }
    let mut bounds = Vec::with_capacity(count as usize + 1);
    let mut bound = start;
    for _ in 0..count {
        bounds.push(Value::Float(bound));
        bound = next(bound);
    }
    if infinity {
        bounds.push(Value::Float(f64::INFINITY));
    }
    Ok(Value::Array(Arc::new(bounds)))
}

/// `contains(value:, set:)`: whether `set` holds a value equal to `value`.
pub fn contains(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let value: Value = args.required("value")?;
    let set: Arc<Vec<Value>> = args.required("set")?;
    if !nullable(&value) {
        return Err(error(
            ErrorKind::Type,
            format!(
                "{} ({}) is not Nullable (argument set)",
                value.type_string(),
                value.type_name()
            ),
        ));
    }
    if value.is_null() {
        return Ok(Value::Bool(false));
    }
    for member in set.iter().filter(|m| !m.is_null()) {
        if std::mem::discriminant(member) != std::mem::discriminant(&value) {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "expected {} but found {} (argument value)",
                    member.type_string(),
                    value.type_string()
                ),
            ));
        }
        if *member == value {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// Flux's `Nullable` kind: the basic types (not records, arrays, dictionaries, functions).
fn nullable(v: &Value) -> bool {
    !matches!(
        v,
        Value::Record(_) | Value::Array(_) | Value::Dict(_) | Value::Function(_) | Value::Stream(_)
    )
}
