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
    NativeFunction::new("getOption", get_option),
];

/// The value of option `name` of the package at import path `pkg`: the script's setting,
/// else the package's default.
fn get_option(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let pkg: String = args.required("pkg")?;
    let name: String = args.required("name")?;
    if let Some(value) = cx.option(&format!("{pkg}.{name}")) {
        return Ok(value.clone());
    }
    let missing = || error(ErrorKind::Argument, "option does not exist");
    let loaded = cx.import(&pkg).map_err(|_| missing())?;
    loaded
        .bindings
        .iter()
        .rev()
        .find(|(k, _)| **k == *name)
        .map(|(_, v)| v.clone())
        .ok_or_else(missing)
}

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
        Some(other) => Err(error(ErrorKind::Argument, format!("Invalid null type `{other}`"))),
    }
}
