//! Flux's type system: name resolution and type inference over flux-syntax's AST.
//!
//! Hindley–Milner with let-polymorphism, extensible records (rows, `{A with a: T}`),
//! named, optional and pipe parameters, and kinds (`Addable`, `Comparable`, …), with
//! libflux's rules and messages. Package types come from each package's own source
//! (its `builtin` declarations and Flux code), loaded lazily by import path through a
//! loader the host supplies.
//!
//! ```
//! use std::sync::Arc;
//! use flux_semantic::Checker;
//!
//! let universe: Arc<str> = "package universe\nbuiltin true : bool\n".into();
//! let checker = Checker::new(move |path| (path == "universe").then(|| universe.clone()), &["universe"]);
//! let env = checker.prelude().map_err(|e| e.message)?;
//! let types = checker.check_source("f = (x) => x + 1\nb = true", &env).map_err(|e| e[0].message.clone())?;
//! assert_eq!(types.bindings()[0].1, "(x: int) => int");
//! let err = checker.check_source("1 + \"a\"", &env).unwrap_err();
//! assert_eq!(err[0].message, "expected int but found string");
//! # Ok::<(), String>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod checker;
mod convert;
mod display;
mod env;
mod error;
mod infer;
mod sub;
mod summary;
mod types;

pub use checker::{Checker, FLUX_PRELUDE, Loader, Summaries, Types};
pub use display::canonical;
pub use env::{Binding, Env, PackageTypes};
pub use error::{TypeError, TypeErrorKind};
pub use types::{Basic, Collection, Function, Kind, PolyType, Record, Type};

/// A `builtin` declaration's type as Go Flux displays a value of it (see [`canonical`]);
/// `None` when the type expression is invalid.
pub fn canonical_type_expression(ty: &flux_syntax::ast::TypeExpression) -> Option<String> {
    let mut errors = Vec::new();
    let p = convert::polytype(ty, &mut errors);
    errors.is_empty().then(|| canonical(&p.ty))
}
