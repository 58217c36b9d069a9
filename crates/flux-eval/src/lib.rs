//! Flux evaluation: the [`Value`] model, scopes, closures, calls with named, default
//! and pipe arguments, imports through a package registry, and the native-function
//! interface. Knows nothing about HTTP: capabilities reach natives through the
//! closures the host registers.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod closure;
pub mod convert;
pub mod display;
pub mod error;
pub mod native;
pub mod package;
pub mod scope;
pub mod signature;
pub mod time;
pub mod value;

pub use error::{ErrorKind, Result, RuntimeError};
pub use native::{Args, CallContext, FromValue, NativeFn, NativeFunction};
pub use package::PackageSource;
pub use value::{Dict, Duration, Function, Record, Regex, Value, compare_keys};
