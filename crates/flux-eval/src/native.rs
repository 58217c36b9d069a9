//! The native-function interface: how Rust code is called from Flux, and how it
//! calls Flux back.
//!
//! A native has the signature [`NativeFn`]:
//!
//! ```
//! use flux_eval::{Args, CallContext, Function, NativeFunction, Result, Value};
//!
//! /// `apply(f: (x: A) => B, v: A) => B`
//! fn apply(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
//!     let f: Function = args.required("f")?;
//!     let v: Value = args.required("v")?;
//!     cx.call(&f, [("x", v)])
//! }
//! const APPLY: NativeFunction = NativeFunction::new("apply", apply);
//! ```
//!
//! It reads its named arguments through [`Args`] (`args.required::<String>("key")?`);
//! the evaluator has already checked them against the `builtin` declaration and bound
//! a piped value to the parameter declared with `<-`. [`CallContext::call`] calls a
//! Flux function (closure or builtin) under the evaluation's limits.
//! Errors a native returns get the call's location from the evaluator.

use std::any::Any;
use std::borrow::Cow;
use std::sync::Arc;

use flux_syntax::Span;

use crate::error::{ErrorKind, Result, RuntimeError};
use crate::interp::Evaluator;
use crate::value::{Function, Time, Value};

/// The Rust side of a native function.
pub type NativeFn = fn(&mut Args, &mut CallContext) -> Result<Value>;

/// A native that captures state (host packages); the standard library uses [`NativeFn`].
pub type NativeClosure = dyn Fn(&mut Args, &mut CallContext) -> Result<Value> + Send + Sync;

/// A function implemented in Rust, bound to the `builtin` of the same name in its package.
#[derive(Clone)]
pub struct NativeFunction {
    name: Cow<'static, str>,
    func: Implementation,
}

#[derive(Clone)]
enum Implementation {
    Fn(NativeFn),
    Closure(Arc<NativeClosure>),
}

impl NativeFunction {
    /// A native named `name` (its Flux name, e.g. `fromList`) implemented by `func`.
    /// A `const fn`, so packages can list their natives in a `const` table.
    pub const fn new(name: &'static str, func: NativeFn) -> Self {
        NativeFunction {
            name: Cow::Borrowed(name),
            func: Implementation::Fn(func),
        }
    }

    /// A native implemented by a closure that captures state.
    pub fn from_closure(
        name: impl Into<String>,
        func: impl Fn(&mut Args, &mut CallContext) -> Result<Value> + Send + Sync + 'static,
    ) -> Self {
        NativeFunction {
            name: Cow::Owned(name.into()),
            func: Implementation::Closure(Arc::new(func)),
        }
    }

    /// The Flux name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this native is implemented by `func` (how a native recognises another
    /// builtin passed to it, e.g. `aggregateWindow`'s `fn: mean`).
    pub fn is(&self, func: NativeFn) -> bool {
        matches!(&self.func, Implementation::Fn(f) if std::ptr::fn_addr_eq(*f, func))
    }

    /// Run the native. Hosts and tests outside an evaluation get a context from
    /// [`Evaluator::call_context`].
    pub fn call(&self, args: &mut Args, cx: &mut CallContext) -> Result<Value> {
        match &self.func {
            Implementation::Fn(f) => f(args, cx),
            Implementation::Closure(f) => f(args, cx),
        }
    }
}

impl std::fmt::Debug for NativeFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NativeFunction({})", self.name)
    }
}

/// What a native may ask of the running evaluation: call a Flux function, read the
/// host's capabilities, see whether it should stop.
pub struct CallContext<'e> {
    pub(crate) ev: &'e mut Evaluator,
    pub(crate) span: Span,
}

impl CallContext<'_> {
    /// Call `f` (a closure or a builtin) with named arguments, under the evaluation's
    /// limits (steps, call depth, stack, time, interrupt). Arguments are `(name, value)`
    /// pairs, e.g. `cx.call(&f, [("r", row)])`; nothing else is allocated for them
    /// beyond what the call itself needs, so calling once per row is fine.
    pub fn call<'a>(
        &mut self,
        f: &Function,
        args: impl IntoIterator<Item = (&'a str, Value)>,
    ) -> Result<Value> {
        self.ev.check_interrupt(self.span)?;
        let args = args.into_iter().collect();
        self.ev.call_function(f, args, None, self.span)
    }

    /// Call `f` with `piped` as its pipe argument (`piped |> f(args)`).
    pub fn call_piped<'a>(
        &mut self,
        f: &Function,
        piped: Value,
        args: impl IntoIterator<Item = (&'a str, Value)>,
    ) -> Result<Value> {
        self.ev.check_interrupt(self.span)?;
        let args = args.into_iter().collect();
        self.ev.call_function(f, args, Some(piped), self.span)
    }

    /// Check, before building a value of about `bytes` bytes, that it fits in the
    /// evaluation's memory limit beside what the script keeps; the `Limit` error
    /// otherwise. A native's result is measured after it returns anyway: call this
    /// first when the value could be far bigger than the arguments (`strings.repeat`).
    pub fn reserve(&self, bytes: u64) -> Result<()> {
        self.ev.check_memory(self.span, bytes)
    }

    /// The bounds of long work on one value (writing text, comparing): text may grow
    /// up to what is left of the memory limit, and the work stops when the
    /// evaluation is interrupted. Turn a [`crate::Stop`] into the error with
    /// `stop.error(cx.span())`.
    pub fn budget(&self) -> crate::memory::Budget {
        self.ev.budget()
    }

    /// True once the host asked evaluation to stop (Ctrl-C, a deadline).
    /// Long-running natives (HTTP requests) poll this and give up early.
    pub fn interrupted(&self) -> bool {
        self.ev.interrupted()
    }

    /// What the host attached to the evaluation ([`Evaluator::with_host`]) if it is a
    /// `T`: the standard library finds its capabilities (secrets, HTTP client) here.
    pub fn host<T: Any>(&self) -> Option<&T> {
        self.ev
            .host
            .as_deref()
            .and_then(|h| (h as &dyn Any).downcast_ref::<T>())
    }

    /// The value a script gave an option at its top level (`option location = ...`),
    /// or `None` when it did not set it. Options are global to an evaluation, so a
    /// package's native sees the script's `location` or `now` this way. A package's
    /// option is named by the package's import path: `option("internal/debug.vectorize")`
    /// after `option debug.vectorize = true`.
    pub fn option(&self, name: &str) -> Option<&Value> {
        self.ev.options.get(name)
    }

    /// Hand `result` on as a result of the script (what `yield` does): it is output
    /// after the current top-level statement, before the statement's own value.
    pub fn yield_result(&mut self, result: Value) {
        self.ev.yielded.push(result);
    }

    /// The package at import path `path`, loaded as `import` loads it.
    pub fn import(&mut self, path: &str) -> Result<Arc<crate::LoadedPackage>> {
        self.ev.import(path, self.span)
    }

    /// The span of the call being evaluated.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// Named arguments of one call, read by a native with typed accessors.
#[derive(Debug, Default)]
pub struct Args {
    /// `(name, value)` pairs as passed (after defaults and the pipe are bound).
    pub(crate) entries: Vec<(Arc<str>, Value)>,
    /// Names asked for, to check in debug builds that a native reads exactly its
    /// declared parameters.
    #[cfg(debug_assertions)]
    pub(crate) asked: Vec<String>,
    /// The argument whose value had the wrong type, so the error can point at it.
    pub(crate) blamed: Option<Arc<str>>,
}

impl Args {
    /// Arguments from `(name, value)` pairs.
    pub fn new(entries: Vec<(Arc<str>, Value)>) -> Self {
        Args {
            entries,
            #[cfg(debug_assertions)]
            asked: Vec::new(),
            blamed: None,
        }
    }

    /// Take the raw value of argument `name`, if it was passed. Prefer
    /// [`Args::required`] and [`Args::optional`], which say what is wrong in Flux's words.
    pub fn take(&mut self, name: &str) -> Option<Value> {
        #[cfg(debug_assertions)]
        self.asked.push(name.to_string());
        let i = self.entries.iter().position(|(k, _)| &**k == name)?;
        Some(self.entries.swap_remove(i).1)
    }

    /// A required argument converted to `T`; missing →
    /// `missing required keyword argument "NAME"`, wrong type →
    /// `keyword argument "NAME" should be of type T, but got U`.
    pub fn required<T: FromValue>(&mut self, name: &str) -> Result<T> {
        match self.take(name) {
            Some(v) => T::from_value(v).map_err(|found| {
                self.blamed = Some(name.into());
                argument_type_error(name, T::TYPE_NAME, &found)
            }),
            None => Err(RuntimeError::new(
                ErrorKind::Argument,
                Span::default(),
                format!("missing required keyword argument {name:?}"),
            )),
        }
    }

    /// An optional argument converted to `T` (`None` when absent).
    pub fn optional<T: FromValue>(&mut self, name: &str) -> Result<Option<T>> {
        match self.take(name) {
            Some(v) => T::from_value(v).map(Some).map_err(|found| {
                self.blamed = Some(name.into());
                argument_type_error(name, T::TYPE_NAME, &found)
            }),
            None => Ok(None),
        }
    }

    /// Names of arguments nobody read yet.
    pub fn remaining(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }
}

fn argument_type_error(name: &str, expected: &str, found: &Value) -> RuntimeError {
    if let Value::Unbounded(read) = found {
        return crate::unbounded::unbounded_error(&**read, Span::default());
    }
    RuntimeError::new(
        ErrorKind::Type,
        Span::default(),
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
from_value!(Time, "time", Value::Time(t) => Time(t));
from_value!(crate::value::Regex, "regexp", Value::Regex(r) => r);
from_value!(Arc<crate::value::Record>, "record", Value::Record(r) => r);
from_value!(Arc<crate::value::Dict>, "dict", Value::Dict(d) => d);
from_value!(Arc<Vec<Value>>, "array", Value::Array(a) => a);
from_value!(Function, "function", Value::Function(f) => f);
from_value!(flux_table::Stream, "stream", Value::Stream(s) => s);

/// A native from a Rust closure over its typed arguments, for the many one-line
/// functions of a package: each parameter is read with [`Args::required`] under its own
/// name, and the body's value is converted with `Value::from`. The body may use `?`.
/// A closure without parameters (`|| 3.14`) suits a constant (`builtin pi : float`).
///
/// ```
/// use flux_eval::{NativeFunction, native};
///
/// const NATIVES: &[NativeFunction] = &[
///     native!("toUpper", |v: String| v.to_uppercase()),
///     native!("pow", |x: f64, y: f64| x.powf(y)),
///     native!("answer", || 42_i64),
/// ];
/// assert_eq!(NATIVES[1].name(), "pow");
/// ```
#[macro_export]
macro_rules! native {
    ($name:literal, || $body:expr) => {
        $crate::NativeFunction::new($name, |_args, _cx| Ok($crate::Value::from($body)))
    };
    ($name:literal, |$($param:ident : $ty:ty),* $(,)?| $body:expr) => {
        $crate::NativeFunction::new($name, |args, _cx| {
            $(let $param: $ty = args.required(stringify!($param))?;)*
            Ok($crate::Value::from($body))
        })
    };
}
