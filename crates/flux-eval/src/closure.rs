//! Closures: a function literal plus the scope it was created in.

use std::sync::Arc;

use flux_syntax::ast::FunctionLiteral;

/// A Flux function value created by evaluating a function literal.
#[derive(Debug)]
pub struct Closure {
    /// The literal, shared with the syntax tree.
    pub literal: Arc<FunctionLiteral>,
}
