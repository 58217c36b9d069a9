//! Syntax errors: plain data (span + message, and maybe a second labelled place)
//! until the edge renders them.

use crate::span::Span;

/// One syntax error, with its message in Flux's wording where Flux has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the error is.
    pub span: Span,
    /// What is wrong, e.g. `expected RPAREN, got EOF`.
    pub message: String,
    /// A second place that explains the error, e.g. the bracket that is never closed
    /// (`this ( is never closed`). Flux's one-line form leaves it out; snippets show it.
    pub related: Option<Related>,
}

/// A second labelled place of a [`SyntaxError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// What to say there.
    pub message: String,
}

impl SyntaxError {
    /// An error at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        SyntaxError {
            span,
            message: message.into(),
            related: None,
        }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}
