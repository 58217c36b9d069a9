//! The one error type of the facade: syntax errors, type errors or a runtime error,
//! with the source they point into so they can be rendered with locations.

use std::sync::Arc;

use flux_eval::{ErrorKind, RuntimeError};
use flux_syntax::{Span, SyntaxError};

use crate::diagnostic::{self, Diagnostic};

/// Why evaluating a source failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// The source did not parse; every syntax error found, in source order.
    Syntax {
        /// The errors.
        errors: Vec<SyntaxError>,
        /// The source text they point into.
        source: Arc<str>,
    },
    /// The source parsed but does not type-check (nothing ran); every type error
    /// found, in the order Flux finds them.
    Type {
        /// The errors.
        errors: Vec<flux_semantic::TypeError>,
        /// The source text they point into.
        source: Arc<str>,
    },
    /// Evaluation failed.
    Runtime {
        /// The error.
        error: RuntimeError,
        /// The source text its span points into.
        source: Arc<str>,
    },
}

impl Error {
    /// What kind of failure (`Syntax` for parse errors).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Syntax { .. } => ErrorKind::Syntax,
            // `Name` when the first error is an undefined name or a bad import.
            Error::Type { errors, .. } => errors
                .first()
                .map_or(ErrorKind::Type, |e| Diagnostic::from(e).kind),
            Error::Runtime { error, .. } => error.kind,
        }
    }

    /// Each problem as `(span, message)`.
    pub fn messages(&self) -> Vec<(Span, &str)> {
        match self {
            Error::Syntax { errors, .. } => errors.iter().map(|e| (e.span, e.message.as_str())).collect(),
            Error::Type { errors, .. } => errors.iter().map(|e| (e.span, e.message.as_str())).collect(),
            Error::Runtime { error, .. } => vec![(error.span, error.message.as_str())],
        }
    }

    /// The source text the spans point into.
    pub fn source_text(&self) -> &str {
        match self {
            Error::Syntax { source, .. } | Error::Type { source, .. } | Error::Runtime { source, .. } => {
                source
            }
        }
    }

    /// Each problem as a [`Diagnostic`], ready to render.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            Error::Syntax { errors, .. } => errors.iter().map(Diagnostic::from).collect(),
            Error::Type { errors, .. } => errors.iter().map(Diagnostic::from).collect(),
            Error::Runtime { error, source } => {
                let program = flux_eval::Source {
                    name: "main".into(),
                    text: source.clone(),
                    types: None,
                };
                vec![Diagnostic::from_runtime(error, &program)]
            }
        }
    }

    /// Flux's plain form: `error @L:C-L:C: message`, several joined by a blank line.
    pub fn render_plain(&self) -> String {
        diagnostic::short(&self.diagnostics(), self.source_text())
    }

    /// Labelled source snippets (ariadne); `name` names the source (a file name,
    /// `<stdin>`, `<repl>`), `color` turns on ANSI colours.
    pub fn render(&self, name: &str, color: bool) -> String {
        diagnostic::render(&self.diagnostics(), self.source_text(), name, color)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render_plain())
    }
}

impl std::error::Error for Error {}
