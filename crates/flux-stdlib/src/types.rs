//! `import "types"`: `isType`, which tells a value's basic type at run time.

use flux_eval::{NativeFunction, Value};

/// The package's natives (declarations in stdlib/types/types.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("isType", |args, _| {
    let v: Value = args.required("v")?;
    let name: String = args.required("type")?;
    Ok(Value::Bool(is_type(&v, &name)))
})];

/// Whether `v` is of the basic type named `name` (never true for records, arrays,
/// dictionaries, functions or null).
fn is_type(v: &Value, name: &str) -> bool {
    let basic = match v {
        Value::String(_) => "string",
        Value::Bytes(_) => "bytes",
        Value::Int(_) => "int",
        Value::UInt(_) => "uint",
        Value::Float(_) => "float",
        Value::Bool(_) => "bool",
        Value::Time(_) => "time",
        Value::Duration(_) => "duration",
        Value::Regex(_) => "regexp",
        _ => return false,
    };
    basic == name
}
