//! The native-function interface: how Rust code is called from Flux.
//!
//! A native is a closure `Fn(&mut Args, &CallContext) -> Result<Value>`. It reads its
//! named arguments through [`Args`] (`args.required::<String>("key")?`); the evaluator
//! has already bound a piped value to the parameter declared with `<-` in the
//! builtin's type. Errors a native returns are wrapped by the evaluator as
//! `error calling function "NAME" @L:C-L:C: MESSAGE` with the span of the call.

use std::sync::Arc;

use crate::error::Result;
use crate::value::Value;

/// The Rust side of a native function.
pub type NativeFn = dyn Fn(&mut Args, &CallContext) -> Result<Value> + Send + Sync;

/// A function implemented in Rust, registered under (package path, name).
#[derive(Clone)]
pub struct NativeFunction {
    /// The Flux name, e.g. `api`.
    pub name: Arc<str>,
    /// The implementation.
    pub func: Arc<NativeFn>,
}

impl NativeFunction {
    /// A native named `name` implemented by `func`.
    pub fn new(
        name: impl Into<Arc<str>>,
        func: impl Fn(&mut Args, &CallContext) -> Result<Value> + Send + Sync + 'static,
    ) -> Self {
        NativeFunction {
            name: name.into(),
            func: Arc::new(func),
        }
    }
}

impl std::fmt::Debug for NativeFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NativeFunction({})", self.name)
    }
}

/// Named arguments of one call, read by a native with typed accessors.
#[derive(Debug, Default)]
pub struct Args {
    /// `(name, value)` pairs as passed (after defaults and the pipe are bound).
    pub(crate) entries: Vec<(Arc<str>, Value)>,
}

/// What a native may ask of the running evaluation (interruption, limits, calling back).
pub struct CallContext {
    pub(crate) interrupt: Option<Arc<std::sync::atomic::AtomicBool>>,
}

impl CallContext {
    /// A context for calling a native outside any evaluation (tests, hosts).
    pub fn detached() -> Self {
        CallContext { interrupt: None }
    }

    /// True once the host asked evaluation to stop (Ctrl-C, a deadline).
    /// Long-running natives (HTTP requests) poll this and give up early.
    pub fn interrupted(&self) -> bool {
        self.interrupt
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
    }
}

impl Args {
    /// Arguments from `(name, value)` pairs.
    pub fn new(entries: Vec<(Arc<str>, Value)>) -> Self {
        Args { entries }
    }

    /// Take the raw value of argument `name`, if it was passed.
    pub fn take(&mut self, name: &str) -> Option<Value> {
        let i = self.entries.iter().position(|(k, _)| &**k == name)?;
        Some(self.entries.swap_remove(i).1)
    }

    /// A required argument converted to `T`;
    /// missing → `missing required keyword argument "NAME"`.
    pub fn required<T: FromValue>(&mut self, name: &str) -> Result<T> {
        match self.take(name) {
            Some(v) => T::from_value(v).map_err(|found| argument_type_error(name, T::TYPE_NAME, &found)),
            None => Err(crate::error::RuntimeError::new(
                crate::error::ErrorKind::Argument,
                flux_syntax::Span::default(),
                format!("missing required keyword argument {name:?}"),
            )),
        }
    }

    /// An optional argument converted to `T` (`None` when absent).
    pub fn optional<T: FromValue>(&mut self, name: &str) -> Result<Option<T>> {
        match self.take(name) {
            Some(v) => T::from_value(v)
                .map(Some)
                .map_err(|found| argument_type_error(name, T::TYPE_NAME, &found)),
            None => Ok(None),
        }
    }

    /// Names of arguments nobody read yet.
    pub fn remaining(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }
}

fn argument_type_error(name: &str, expected: &str, found: &Value) -> crate::error::RuntimeError {
    crate::error::RuntimeError::new(
        crate::error::ErrorKind::Type,
        flux_syntax::Span::default(),
        format!(
            "keyword argument {name:?} should be of type {expected}, but got {}",
            found.type_name()
        ),
    )
}

/// Conversion from a Flux [`Value`] to a Rust type, for reading arguments.
pub trait FromValue: Sized {
    /// The Flux type name used in error messages (`string`, `bytes`, …).
    const TYPE_NAME: &'static str;
    /// Convert, or give the value back when it has the wrong type.
    fn from_value(v: Value) -> std::result::Result<Self, Value>;
}

impl FromValue for Value {
    const TYPE_NAME: &'static str = "any";
    fn from_value(v: Value) -> std::result::Result<Self, Value> {
        Ok(v)
    }
}

macro_rules! from_value {
    ($t:ty, $name:literal, $pat:pat => $out:expr) => {
        impl FromValue for $t {
            const TYPE_NAME: &'static str = $name;
            fn from_value(v: Value) -> std::result::Result<Self, Value> {
                match v {
                    $pat => Ok($out),
                    other => Err(other),
                }
            }
        }
    };
}

from_value!(bool, "bool", Value::Bool(b) => b);
from_value!(i64, "int", Value::Int(n) => n);
from_value!(u64, "uint", Value::UInt(n) => n);
from_value!(f64, "float", Value::Float(n) => n);
from_value!(Arc<str>, "string", Value::String(s) => s);
from_value!(String, "string", Value::String(s) => s.to_string());
from_value!(bytes::Bytes, "bytes", Value::Bytes(b) => b);
from_value!(crate::value::Duration, "duration", Value::Duration(d) => d);
from_value!(Arc<crate::value::Record>, "record", Value::Record(r) => r);
from_value!(Arc<crate::value::Dict>, "dict", Value::Dict(d) => d);
from_value!(Arc<Vec<Value>>, "array", Value::Array(a) => a);
from_value!(crate::value::Function, "function", Value::Function(f) => f);
