//! `import "experimental"`: its functions on values (`objectKeys`).

use std::sync::Arc;

use flux_eval::{NativeFunction, Record, Value};

/// The package's natives (declarations in stdlib/experimental/experimental.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("objectKeys", |args, _| {
    let o: Arc<Record> = args.required("o")?;
    Ok(Value::array(
        o.fields.keys().map(|k| Value::String(k.clone())).collect(),
    ))
})];
