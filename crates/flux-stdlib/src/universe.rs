//! The universe package: `true`, `false`, conversions, `display`, `length` and `die`, in scope in
//! every script. Declarations in stdlib/universe/universe.flux; the conversion
//! rules themselves live in `flux_eval::convert`.

use flux_eval::convert::{self, ConvResult};
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, PackageSource, Result, RuntimeError, Value};
use flux_syntax::Span;

/// The universe package's Flux source.
pub const SOURCE: &str = include_str!("../../../stdlib/universe/universe.flux");

/// The universe package: its source and natives.
pub fn package() -> PackageSource {
    PackageSource {
        path: "universe".into(),
        source: SOURCE.into(),
        natives: natives(),
    }
}

type Conversion = fn(&Value) -> ConvResult;

fn natives() -> Vec<NativeFunction> {
    let conversions: [(&str, Conversion); 9] = [
        ("string", convert::to_string),
        ("bytes", convert::to_bytes),
        ("int", convert::to_int),
        ("uint", convert::to_uint),
        ("float", convert::to_float),
        ("bool", convert::to_bool),
        ("time", convert::to_time),
        ("duration", convert::to_duration),
        ("display", |v| Ok(Value::from(v.display()))),
    ];
    let mut natives: Vec<NativeFunction> = conversions
        .into_iter()
        .map(|(name, conv)| NativeFunction::from_closure(name, move |args, _| convert_arg(args, conv)))
        .collect();
    natives.push(NativeFunction::new("true", |_, _| Ok(Value::Bool(true))));
    natives.push(NativeFunction::new("false", |_, _| Ok(Value::Bool(false))));
    natives.push(NativeFunction::new("_systemTime", system_time));
    natives.push(NativeFunction::new("length", length));
    natives.push(NativeFunction::new("die", die));
    natives
}

fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}

fn convert_arg(args: &mut Args, conv: Conversion) -> Result<Value> {
    let v = args
        .take("v")
        .ok_or_else(|| error(ErrorKind::Argument, "missing argument \"v\""))?;
    conv(&v).map_err(|m| error(ErrorKind::Type, m))
}

fn length(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    match args.take("arr") {
        Some(Value::Array(items)) => Ok(Value::Int(items.len() as i64)),
        Some(other) => Err(error(
            ErrorKind::Type,
            format!("expected [A] (array) but found {}", other.type_string()),
        )),
        None => Err(error(ErrorKind::Argument, "missing argument \"arr\"")),
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
