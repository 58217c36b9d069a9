//! Embed Flux in a Rust program: build a [`Runtime`] with the capabilities scripts
//! may use (secrets, an HTTP client, an InfluxDB context), limits and your own
//! packages, then evaluate sources and get [`Value`]s back.
//!
//! ```
//! use std::time::Duration;
//! use flux::{JsonExt, MemorySecrets, Package, Runtime, Value};
//!
//! let tools = Package::new("myorg/tools").function("greet", "(name: string) => string", |args, _| {
//!     let name: String = args.required("name")?;
//!     Ok(Value::from(format!("hello, {name}")))
//! });
//! let runtime = Runtime::builder()
//!     .secrets(MemorySecrets::new().with("GREETEE", "world"))
//!     .package(tools)
//!     .max_steps(100_000)
//!     .time_limit(Duration::from_secs(2))
//!     .build();
//!
//! let values = runtime.eval(r#"
//! import "myorg/tools"
//! import "influxdata/influxdb/secrets"
//! tools.greet(name: secrets.get(key: "GREETEE"))
//! {answer: 40 + 2, tags: ["a", "b"]}
//! "#)?;
//! assert_eq!(values[0], Value::from("hello, world"));
//! assert_eq!(values[1].to_json().map(|j| j.to_string()).as_deref(), Ok(r#"{"answer":42,"tags":["a","b"]}"#));
//!
//! let error = runtime.eval("1 + \"a\"").unwrap_err();
//! assert_eq!(error.kind(), flux::ErrorKind::Type);
//! # Ok::<(), flux::Error>(())
//! ```
//!
//! - [`Runtime::eval`] gives the values of the top-level expression statements;
//!   [`Runtime::run`] streams them; [`Runtime::session`] keeps bindings across inputs.
//! - Errors are data ([`Error::kind`], [`Error::messages`] with spans) until you
//!   render them ([`Error::render_plain`]).
//! - [`Value`] converts from and into Rust types (`Value::from(vec![1, 2])`,
//!   `i64::try_from(value)`) and JSON ([`JsonExt`]).
//! - From async code: [`Runtime::eval_async`] or `tokio::task::spawn_blocking`
//!   (see [`asynchronous`]).
//! - Untrusted scripts: [`RuntimeBuilder::allow_hosts`], [`RuntimeBuilder::max_steps`],
//!   [`RuntimeBuilder::time_limit`], [`RuntimeBuilder::max_body_bytes`], and
//!   [`Runtime::interrupt_flag`] to stop an evaluation from another thread.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod asynchronous;
mod builder;
pub mod diagnostic;
pub mod docs;
mod error;
pub mod json;
mod package;
mod redact;
mod runtime;
mod session;
pub mod testcase;
mod typing;
mod watchdog;

pub use asynchronous::EvalFuture;
pub use builder::RuntimeBuilder;
pub use error::Error;
pub use flux_eval::value;
pub use flux_eval::{
    Args, Budget, CallContext, ConversionError, ErrorKind, FromValue, Limits, NativeFunction, PackageSource,
    RuntimeError, Stop, Value,
};
/// The type checker: [`Runtime::check`] gives its [`semantic::Types`].
pub use flux_semantic as semantic;
#[cfg(feature = "http")]
pub use flux_stdlib::ReqwestClient;
pub use flux_stdlib::{
    self as stdlib, Capabilities, ChainSecrets, EnvSecrets, FileSecrets, HttpClient, HttpLimits,
    InfluxContext, MemorySecrets, NoSecrets, SecretStore, SecretString,
};
/// The parser: `flux::syntax::parse(source)` gives the AST and every syntax error.
pub use flux_syntax as syntax;
pub use flux_syntax::{Span, SyntaxError};
pub use flux_table as table;
pub use json::{JsonError, JsonExt};
pub use package::Package;
pub use runtime::Runtime;
pub use session::Session;
pub use typing::value_type;

#[cfg(test)]
mod tests {
    #[test]
    fn runtime_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<crate::Runtime>();
        check::<crate::Session>();
        check::<crate::Error>();
    }
}
