//! Runtime errors: kind, span and a message in Flux's wording. Rendered only at the edge.

use flux_syntax::Span;

/// What kind of failure a [`RuntimeError`] is; hosts can match on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The source did not parse.
    Syntax,
    /// An undefined identifier or unknown import.
    Name,
    /// A value of the wrong type.
    Type,
    /// A missing, unexpected or invalid argument.
    Argument,
    /// A failure while evaluating (division by zero, index out of range, `die`, …).
    Runtime,
    /// An HTTP request failed (connection, timeout, TLS, body too large, …).
    Http,
    /// A secret could not be read.
    Secret,
    /// A limit was reached (call depth, steps, wall time) or evaluation was interrupted.
    Limit,
    /// A bug in the interpreter.
    Internal,
}

/// An error raised while evaluating Flux.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// Where it happened (the innermost expression that failed).
    pub span: Span,
    /// The message, in Flux's wording where Flux has one.
    pub message: String,
}

impl RuntimeError {
    /// An error of `kind` at `span`.
    pub fn new(kind: ErrorKind, span: Span, message: impl Into<String>) -> Self {
        RuntimeError {
            kind,
            span,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuntimeError {}

/// Result of evaluation.
pub type Result<T, E = RuntimeError> = std::result::Result<T, E>;
