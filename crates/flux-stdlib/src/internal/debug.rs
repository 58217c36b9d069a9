//! `import "internal/debug"`: streams passed through or dropped, typed nulls.

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};
use flux_table::Stream;

use crate::natives::error;

/// The package's natives (declarations in stdlib/internal/debug/debug.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("pass", pass),
    NativeFunction::new("opaque", pass),
    NativeFunction::new("slurp", pass),
    NativeFunction::new("sink", sink),
    NativeFunction::new("null", null),
];

/// The input stream, unchanged.
fn pass(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables: Stream = args.required("tables")?;
    Ok(Value::Stream(tables))
}

/// No tables.
fn sink(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let _: Stream = args.required("tables")?;
    Ok(Value::Stream(Stream::default()))
}

/// Null; an unknown `type` is Go's error.
fn null(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let ty: Option<String> = args.optional("type")?;
    match ty.as_deref() {
        None
        | Some("string" | "bytes" | "int" | "uint" | "float" | "bool" | "time" | "duration" | "regexp") => {
            Ok(Value::Null)
        }
        Some(other) => Err(error(
            ErrorKind::Argument,
            format!("Invalid null type `{other}`"),
        )),
    }
}
