//! Universe functions on plain values: conversions, `display`, `length`, `die` and the
//! system clock. The conversion rules themselves live in `flux_eval::convert`.

use flux_eval::convert::{self, ConvResult};
use flux_eval::{Args, CallContext, ErrorKind, Result, Value};

use crate::natives::error;

fn converted(result: ConvResult) -> Result<Value> {
    result.map_err(|m| error(ErrorKind::Type, m))
}

fn convert_with(args: &mut Args, f: fn(&Value) -> ConvResult) -> Result<Value> {
    let v: Value = args.required("v")?;
    converted(f(&v))
}

pub(super) fn string(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_string)
}

pub(super) fn bytes(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_bytes)
}

pub(super) fn int(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_int)
}

pub(super) fn uint(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_uint)
}

pub(super) fn float(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_float)
}

pub(super) fn bool(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_bool)
}

pub(super) fn time(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_time)
}

pub(super) fn duration(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    convert_with(args, convert::to_duration)
}

pub(super) fn display(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let v: Value = args.required("v")?;
    let text = v
        .display_within(cx.budget())
        .map_err(|stop| stop.error(cx.span()))?;
    Ok(Value::from(text))
}

pub(super) fn length(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    match args.required::<Value>("arr")? {
        Value::Array(items) => Ok(Value::Int(items.len() as i64)),
        other => Err(error(
            ErrorKind::Type,
            format!("expected [A] (array) but found {}", other.type_string()),
        )),
    }
}

/// Nanoseconds since the epoch now.
pub(super) fn system_nanos() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

pub(super) fn system_time(_: &mut Args, _: &mut CallContext) -> Result<Value> {
    Ok(Value::Time(system_nanos()))
}

pub(super) fn die(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let msg: String = args.required("msg")?;
    Err(error(ErrorKind::Runtime, msg))
}
