//! The universe package: `true`, `false`, conversions, `display`, `length` and `die`, in scope in
//! every script. Declarations in stdlib/universe/universe.flux; the conversion
//! rules themselves live in `flux_eval::convert`.

use flux_eval::convert::{self, ConvResult};
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, RuntimeError, Value, native};
use flux_syntax::Span;

/// The universe's natives (declarations in stdlib/universe/universe.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("true", |_, _| Ok(Value::Bool(true))),
    NativeFunction::new("false", |_, _| Ok(Value::Bool(false))),
    native!("string", |v: Value| converted(convert::to_string(&v))?),
    native!("bytes", |v: Value| converted(convert::to_bytes(&v))?),
    native!("int", |v: Value| converted(convert::to_int(&v))?),
    native!("uint", |v: Value| converted(convert::to_uint(&v))?),
    native!("float", |v: Value| converted(convert::to_float(&v))?),
    native!("bool", |v: Value| converted(convert::to_bool(&v))?),
    native!("time", |v: Value| converted(convert::to_time(&v))?),
    native!("duration", |v: Value| converted(convert::to_duration(&v))?),
    native!("display", |v: Value| v.display()),
    NativeFunction::new("_systemTime", system_time),
    NativeFunction::new("length", length),
    NativeFunction::new("die", die),
    // --- scalar: date and value helpers (code in universe_scalar.rs) ---
    NativeFunction::new("today", crate::universe_scalar::today),
    NativeFunction::new("linearBins", crate::universe_scalar::linear_bins),
    NativeFunction::new("logarithmicBins", crate::universe_scalar::logarithmic_bins),
    NativeFunction::new("contains", crate::universe_scalar::contains),
    // --- end scalar ---
];

fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}

fn converted(result: ConvResult) -> Result<Value> {
    result.map_err(|m| error(ErrorKind::Type, m))
}

fn length(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    match args.required::<Value>("arr")? {
        Value::Array(items) => Ok(Value::Int(items.len() as i64)),
        other => Err(error(
            ErrorKind::Type,
            format!("expected [A] (array) but found {}", other.type_string()),
        )),
    }
}

fn system_time(_: &mut Args, _: &mut CallContext) -> Result<Value> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    Ok(Value::Time(nanos))
}

fn die(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let msg: String = args.required("msg")?;
    Err(error(ErrorKind::Runtime, msg))
}
