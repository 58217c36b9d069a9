//! Small helpers shared by the native packages.

use flux_eval::{ErrorKind, RuntimeError};
use flux_syntax::Span;

/// An error raised by a native; the evaluator adds the call's location.
pub(crate) fn error(kind: ErrorKind, message: impl Into<String>) -> RuntimeError {
    RuntimeError::new(kind, Span::default(), message)
}

/// The script's current time in nanoseconds: what its `option now = ...` function returns,
/// else the system clock (what `now()` returns when no script sets the option).
pub fn now(cx: &mut flux_eval::CallContext) -> flux_eval::Result<i64> {
    if let Some(flux_eval::Value::Function(f)) = cx.option("now").cloned() {
        return match cx.call(&f, [])? {
            flux_eval::Value::Time(t) => Ok(t),
            other => Err(error(
                ErrorKind::Type,
                format!("option now must return a time, got {}", other.type_name()),
            )),
        };
    }
    Ok(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0))
}

/// `value` as a table cell, or Flux's error for a value no column can hold (a record, an
/// array, a function...), naming the property as `what "label"` (`map object property "x"`).
pub(crate) fn table_cell(
    what: &str,
    label: &str,
    value: &flux_eval::Value,
) -> Result<flux_table::Scalar, RuntimeError> {
    flux_eval::stream::scalar_of(value).ok_or_else(|| {
        error(
            ErrorKind::Type,
            format!(
                "{what} \"{label}\" is {} type which is not supported in a flux table",
                value.type_name()
            ),
        )
    })
}
