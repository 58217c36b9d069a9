//! Runtime errors as data: kind, span, message in Flux's wording, the source the span
//! points into and the calls that led to it. Rendered only at the edge: Flux's one-line
//! form (`error calling function "f" @1:1-1:17: msg`) is built by [`RuntimeError::flux_message`],
//! never stored in the message.

use std::sync::Arc;

use flux_syntax::{LineIndex, Span};

use crate::closure::Source;

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
    /// Where it happened (the innermost expression that failed, or the call of the
    /// native that failed), in [`RuntimeError::source`].
    pub span: Span,
    /// The message, in Flux's wording where Flux has one, without any location.
    pub message: String,
    /// Where the span points and the calls that led here (read them with
    /// [`RuntimeError::source`] and [`RuntimeError::frames`]); boxed, as errors are
    /// rare and every `Result` of the evaluator carries the error's size.
    pub trace: Option<Box<Trace>>,
}

/// The rarely needed part of a [`RuntimeError`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trace {
    /// The text the error's span points into.
    pub source: Option<Arc<Source>>,
    /// The calls that led to the error, innermost first.
    pub frames: Vec<Frame>,
}

/// One call on the way to an error: `name(...)` at `span` in `source`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The function's name as the call spells it (`f`, `toUpper` for `strings.toUpper`,
    /// `<anonymous function>` otherwise).
    pub function: Arc<str>,
    /// The call expression.
    pub span: Span,
    /// The text the call is in.
    pub source: Arc<Source>,
}

impl Frame {
    /// `@L:C-L:C` of the call in its own source.
    pub fn location(&self) -> String {
        LineIndex::new(&self.source.text).location(self.span)
    }
}

impl RuntimeError {
    /// An error of `kind` at `span`.
    pub fn new(kind: ErrorKind, span: Span, message: impl Into<String>) -> Self {
        RuntimeError {
            kind,
            span,
            message: message.into(),
            trace: None,
        }
    }

    /// The text [`RuntimeError::span`] points into: the script or a package. The
    /// evaluator sets it as the error leaves the code it happened in; `None` only for
    /// errors made outside any evaluation.
    pub fn source(&self) -> Option<&Arc<Source>> {
        self.trace.as_ref()?.source.as_ref()
    }

    /// The calls that led here, innermost first: each call expression that was running
    /// a function when the error happened, as Flux reports them.
    pub fn frames(&self) -> &[Frame] {
        self.trace.as_ref().map_or(&[], |t| &t.frames)
    }

    /// Mutable access to the source and the frames (hosts re-point them, for example
    /// at a masked copy of the program).
    pub fn trace_mut(&mut self) -> (&mut Option<Arc<Source>>, &mut Vec<Frame>) {
        let trace = self.trace.get_or_insert_with(Box::default);
        (&mut trace.source, &mut trace.frames)
    }

    /// Record a call the error is leaving (innermost first).
    pub(crate) fn push_frame(&mut self, frame: Frame) {
        self.trace_mut().1.push(frame);
    }

    /// Forget where the span pointed (it is being moved to another source).
    pub(crate) fn clear_source(&mut self) {
        *self.trace_mut().0 = None;
    }

    /// Flux's one-line wording of the error without its own location:
    /// `error calling function "f" @2:1-2:9: error calling function "die" @1:12-1:25: msg`
    /// for an error inside calls, the bare message otherwise.
    pub fn flux_message(&self) -> String {
        let mut out = String::new();
        for frame in self.frames().iter().rev() {
            out.push_str(&format!(
                "error calling function {:?} @{}: ",
                frame.function,
                frame.location()
            ));
        }
        out.push_str(&self.message);
        out
    }

    /// True when the error's own span points into a package's code rather than the
    /// evaluated program (`main_source`).
    pub fn in_other_source(&self, main_source: &Source) -> bool {
        self.source().is_some_and(|s| **s != *main_source)
    }

    /// Set the source the span points into unless already known.
    pub(crate) fn in_source(mut self, source: &Arc<Source>) -> Self {
        let (own, _) = self.trace_mut();
        if own.is_none() {
            *own = Some(source.clone());
        }
        self
    }
}

impl std::fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.flux_message())
    }
}

impl std::error::Error for RuntimeError {}

/// Result of evaluation.
pub type Result<T, E = RuntimeError> = std::result::Result<T, E>;
