//! `import "experimental/record"`: `any` (the empty record) and `get`, a property
//! read with a default.

use std::sync::Arc;

use flux_eval::{NativeFunction, Record, Value};

/// The package's natives (declarations in stdlib/experimental/record/record.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("any", |_, _| Ok(Value::record(Vec::<(&str, Value)>::new()))),
    NativeFunction::new("get", |args, _| {
        let r: Arc<Record> = args.required("r")?;
        let key: String = args.required("key")?;
        let default: Value = args.required("default")?;
        Ok(r.get(&key).cloned().unwrap_or(default))
    }),
];
