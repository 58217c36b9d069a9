//! `import "experimental"`: its functions on values (`objectKeys`, `catch`); its table
//! functions are in [`super::tables`].

use std::sync::Arc;

use super::tables;
use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFunction, Record, Result, Value};

/// The package's natives (declarations in stdlib/experimental/experimental.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("objectKeys", |args, _| {
        let o: Arc<Record> = args.required("o")?;
        Ok(Value::array(
            o.fields.keys().map(|k| Value::String(k.clone())).collect(),
        ))
    }),
    NativeFunction::new("catch", catch),
    NativeFunction::new("group", tables::group),
    NativeFunction::new("set", tables::set),
    NativeFunction::new("join", tables::join),
    NativeFunction::new("chain", tables::chain),
    NativeFunction::new("_alignTime", tables::align_time),
    NativeFunction::new("_window", tables::window),
    NativeFunction::new("count", tables::count),
    NativeFunction::new("mean", tables::mean),
    NativeFunction::new("mode", tables::mode),
    NativeFunction::new("quantile", tables::quantile),
    NativeFunction::new("spread", tables::spread),
    NativeFunction::new("stddev", tables::stddev),
    NativeFunction::new("sum", tables::sum),
    NativeFunction::new("distinct", tables::distinct),
    NativeFunction::new("fill", tables::fill),
    NativeFunction::new("skew", tables::skew),
    NativeFunction::new("histogram", tables::histogram),
    NativeFunction::new("histogramQuantile", tables::histogram_quantile),
    NativeFunction::new("integral", tables::integral),
    NativeFunction::new("kaufmansAMA", tables::kaufmans_ama),
    NativeFunction::new("first", tables::first),
    NativeFunction::new("last", tables::last),
    NativeFunction::new("max", tables::max),
    NativeFunction::new("min", tables::min),
    NativeFunction::new("unique", tables::unique),
    NativeFunction::new("preview", tables::preview),
    NativeFunction::new("unpivot", tables::unpivot),
    NativeFunction::new("diff", tables::diff),
];

/// `experimental.catch(fn:)`: `{value, code, msg}`; a limit or an interrupt is not caught.
fn catch(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let f: Function = args.required("fn")?;
    match cx.call(&f, []) {
        Ok(value) => Ok(Value::record([
            ("value", value),
            ("code", Value::Null),
            ("msg", Value::Null),
        ])),
        Err(e) if e.kind == ErrorKind::Limit => Err(e),
        Err(e) => Ok(Value::record([
            ("value", Value::Null),
            ("code", Value::UInt(flux_code(e.kind))),
            ("msg", Value::from(e.flux_message())),
        ])),
    }
}

/// The code Go Flux gives an error of this kind (its `codes` numbering, from gRPC's):
/// most failures of a script are `Invalid` (3).
fn flux_code(kind: ErrorKind) -> u64 {
    match kind {
        ErrorKind::Secret => 5,
        ErrorKind::Http => 2,
        ErrorKind::Limit => 8,
        ErrorKind::Internal => 13,
        ErrorKind::Syntax | ErrorKind::Name | ErrorKind::Type | ErrorKind::Argument | ErrorKind::Runtime => 3,
    }
}
