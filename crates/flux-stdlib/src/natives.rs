//! Small helpers shared by the native packages.

use flux_eval::{ErrorKind, RuntimeError};
use flux_syntax::Span;

/// An error raised by a native; the evaluator adds the call's location.
pub(crate) fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}
