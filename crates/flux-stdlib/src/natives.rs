//! Small helpers shared by the native packages.

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, RuntimeError, Value};
use flux_syntax::Span;

/// A native function named `name`.
pub(crate) fn native(
    name: &str,
    func: impl Fn(&mut Args, &mut CallContext) -> Result<Value> + Send + Sync + 'static,
) -> NativeFunction {
    NativeFunction::from_closure(name, func)
}

/// An error raised by a native; the evaluator adds the call's location.
pub(crate) fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}
