//! `import "testing/expect"`: planner expectations, which flux-rs (without a query planner)
//! accepts and does not check.

use std::sync::Arc;

use flux_eval::{Args, CallContext, Dict, ErrorKind, NativeFunction, Result, Value};

use crate::natives::error;

/// The package's natives (declarations in stdlib/testing/expect/expect.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("planner", planner)];

/// `expect.planner(rules:)`: the rules must map strings to ints; the result is `{}`.
fn planner(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let rules: Arc<Dict> = args.required("rules")?;
    for (key, value) in &rules.entries {
        if !matches!(key, Value::String(_)) {
            return Err(error(
                ErrorKind::Type,
                format!("key type must be a string, got {}", key.type_name()),
            ));
        }
        if !matches!(value, Value::Int(_)) {
            return Err(error(
                ErrorKind::Type,
                format!("value type must be an int, got {}", value.type_name()),
            ));
        }
    }
    Ok(Value::record(Vec::<(&str, Value)>::new()))
}
