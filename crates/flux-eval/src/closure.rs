//! Closures: a function literal plus the scope it was created in.

use std::sync::Arc;

use flux_syntax::Span;
use flux_syntax::ast::{ExprKind, FunctionLiteral};

use crate::scope::Scope;

/// The text a piece of syntax came from: the user's script or a package's source.
/// Spans are byte offsets into `text`.
pub struct Source {
    /// `main` for scripts, the import path for packages.
    pub name: Arc<str>,
    /// The source text.
    pub text: Arc<str>,
    /// The types a type checker gave its function literals (a function value displays
    /// as its type), when it was checked.
    pub types: Option<Arc<dyn FunctionTypes>>,
}

/// The types of a source's function literals, by the literal's span, in Flux's
/// notation (`(x: int) => int`).
pub trait FunctionTypes: Send + Sync {
    /// The type of the function literal at `span`.
    fn function_type(&self, span: Span) -> Option<String>;
}

impl Source {
    /// A source without types.
    pub fn new(name: impl Into<Arc<str>>, text: impl Into<Arc<str>>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            types: None,
        }
    }
}

/// Two sources are the same when their names and texts are.
impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        self.name == other.name && self.text == other.text
    }
}

impl Eq for Source {}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("name", &self.name)
            .field("text", &self.text)
            .finish_non_exhaustive()
    }
}

/// A Flux function value created by evaluating a function literal.
pub struct Closure {
    /// The literal, shared with the syntax tree.
    pub literal: Arc<FunctionLiteral>,
    /// The scope the literal was evaluated in (bindings visible at that point).
    pub scope: Scope,
    /// The source text the literal's spans point into.
    pub source: Arc<Source>,
    /// The name it was first bound to (`f = (x) => …` gives `f`), for messages.
    pub name: Option<Arc<str>>,
}

/// Its name and source only: the captured scope holds every binding visible where the
/// literal was evaluated (whole packages of closures), which would print without end.
impl std::fmt::Debug for Closure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Closure")
            .field("name", &self.name)
            .field("source", &self.source.name)
            .field("span", &self.literal.span)
            .finish_non_exhaustive()
    }
}

impl Closure {
    /// The parameter declared with `=<-`, if any.
    pub fn pipe_param(&self) -> Option<&str> {
        self.literal
            .params
            .iter()
            .find(|p| matches!(p.default.as_ref().map(|d| &d.kind), Some(ExprKind::PipeLiteral)))
            .map(|p| &*p.key.name)
    }
}
