//! Small helpers shared by the native packages.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, RuntimeError, Value};
use flux_syntax::Span;

/// A native function named `name`.
pub(crate) fn native(
    name: &str,
    func: impl Fn(&mut Args, &CallContext) -> Result<Value> + Send + Sync + 'static,
) -> Arc<NativeFunction> {
    Arc::new(NativeFunction {
        name: name.into(),
        func: Arc::new(func),
    })
}

/// An error raised by a native; the evaluator adds the call's location.
pub(crate) fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}
