//! Syntax errors: plain data (span + message) until the edge renders them.

use crate::span::Span;

/// One syntax error, with its message in Flux's wording where Flux has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the error is.
    pub span: Span,
    /// What is wrong, e.g. `expected RPAREN, got EOF`.
    pub message: String,
}

impl SyntaxError {
    /// An error at `span`.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        SyntaxError {
            span,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}
