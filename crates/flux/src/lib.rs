//! Embed Flux in a Rust program.
//!
//! ```no_run
//! let runtime = flux::Runtime::new();
//! let values = runtime.eval("x = 40\nx + 2").unwrap();
//! assert_eq!(values[0].display(), "42");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod error;
mod runtime;
mod session;

pub use error::Error;
pub use flux_eval::{ErrorKind, Limits, PackageSource, RuntimeError, Value};
pub use flux_stdlib::{self as stdlib, Capabilities, InfluxContext};
pub use flux_syntax::SyntaxError;
pub use runtime::{Runtime, RuntimeBuilder};
pub use session::Session;
