//! `import "experimental"`: its functions on values (`objectKeys`, `catch`).

use std::sync::Arc;

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
