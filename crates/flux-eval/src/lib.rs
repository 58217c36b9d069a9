//! Flux evaluation: the [`Value`] model, scopes, closures, calls with named, default
//! and pipe arguments, imports through a package registry, and the native-function
//! interface ([`native`]). Knows nothing about HTTP: capabilities reach natives
//! through the host data of the call context ([`Evaluator::with_host`],
//! [`CallContext::host`]).
//!
//! A host builds a [`Registry`] from a shared [`Library`] (the standard library,
//! loaded once per process) and its own [`PackageSource`]s, then runs parsed files
//! with an [`Evaluator`]: `Evaluator::new(registry).prelude()` gives the starting
//! scope and `eval_file` the values of the top-level expression statements.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod call;
pub mod closure;
pub mod convert;
pub mod display;
pub mod error;
mod expr;
pub mod interop;
pub mod interp;
pub mod memory;
pub mod native;
pub mod ops;
pub mod package;
mod package_types;
pub mod regex;
pub mod registry;
pub mod scope;
pub mod signature;
pub mod stream;
pub mod time;
pub mod unbounded;
pub mod value;

pub use closure::{FunctionTypes, Source};
pub use error::{ErrorKind, Frame, Result, RuntimeError, Trace};
pub use interop::ConversionError;
pub use interp::{Evaluator, Limits, Mode, TopLevel};
pub use memory::{Budget, Stop};
pub use native::{Args, CallContext, FromValue, NativeClosure, NativeFn, NativeFunction};
pub use package::PackageSource;
pub use registry::{Library, LoadedPackage, Registry, check_package};
pub use scope::Scope;
pub use value::{Dict, Duration, Function, Record, Regex, Time, Value, compare_keys};
