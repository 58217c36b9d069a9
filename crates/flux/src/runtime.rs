//! `Runtime`: the packages, limits and interrupt flag scripts run with.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use flux_eval::{Evaluator, Limits, Mode, Registry, RuntimeError, Scope, Source, TopLevel, Value};
use flux_stdlib::Capabilities;
use flux_syntax::SyntaxError;

use crate::builder::RuntimeBuilder;
use crate::error::Error;
use crate::redact::Redactor;
use crate::session::Session;
use crate::typing::TypeChecker;
use crate::watchdog::Guard;

/// Runs Flux sources. Cheap to clone (`Arc` inside), `Send + Sync`: share one
/// runtime between threads. Packages are loaded once per runtime, on first import.
#[derive(Clone, Debug)]
pub struct Runtime {
    pub(crate) registry: Arc<Registry>,
    pub(crate) capabilities: Arc<Capabilities>,
    pub(crate) limits: Limits,
    pub(crate) time_limit: Option<Duration>,
    pub(crate) interrupt: Arc<AtomicBool>,
    pub(crate) redactor: Arc<Redactor>,
    /// Variables the host defines for every script, on top of the prelude (such as the
    /// dashboard record `v` the `flux` command provides).
    pub(crate) globals: Arc<Vec<(Arc<str>, Value)>>,
    /// Checks every script before it runs (package types from the registry's sources).
    pub(crate) types: Arc<TypeChecker>,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// A runtime with every package and default capabilities (no secrets, no
    /// InfluxDB context, a reqwest HTTP client started on first use, any host).
    pub fn new() -> Self {
        Runtime::builder().build()
    }

    /// Start configuring a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// The flag that stops running evaluations when set, from any thread: the
    /// evaluation ends with an error of kind [`flux_eval::ErrorKind::Limit`]
    /// (`evaluation interrupted`), an HTTP request in flight is abandoned.
    /// Clear it again before the next evaluation.
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// True when `text` holds a secret this runtime knows (a value registered with
    /// [`RuntimeBuilder::redact`], the InfluxDB context's token, a secret a script
    /// read) or passes a string literal as `token:`. A REPL keeps such input out of
    /// its history file.
    pub fn mentions_secret(&self, text: &str) -> bool {
        self.redactor.mentions_secret(text)
    }

    /// `text` with every secret this runtime knows and every string literal passed as
    /// `token:` masked by one `*` per byte (byte offsets into it stay valid): what an
    /// error snippet of `text` may show. Evaluation errors are masked already; this is
    /// for hosts that render diagnostics of their own (such as syntax checks).
    pub fn mask_secrets(&self, text: &str) -> String {
        self.redactor.remember_token_literals(text);
        self.redactor.mask(text)
    }

    /// Import paths scripts may use.
    pub fn package_paths(&self) -> Vec<Arc<str>> {
        self.registry.paths()
    }

    /// Parse and type-check `source` without running it: the types of its bindings and
    /// expressions, or every syntax error, or every type error (in Flux's wording).
    ///
    /// ```
    /// let runtime = flux::Runtime::new();
    /// let types = runtime.check("f = (x, y) => x + y\nf(x: 2, y: 3)")?;
    /// assert_eq!(types.bindings()[0].1, "(x: A, y: A) => A where A: Addable");
    /// assert_eq!(types.last_expression_type().as_deref(), Some("int"));
    /// let error = runtime.check("1 + \"a\"").unwrap_err();
    /// assert_eq!(error.to_string(), "error @1:5-1:8: expected int but found string");
    /// # Ok::<(), flux::Error>(())
    /// ```
    pub fn check(&self, source: &str) -> Result<flux_semantic::Types, Error> {
        let text: Arc<str> = source.into();
        self.redactor.remember_token_literals(&text);
        let file = self.parse_shown(&text)?;
        self.check_file(&file, &text, None)
    }

    /// Type-check a parsed file whose spans point into `text`, in `env` (the prelude and
    /// the host's globals when `None`).
    pub(crate) fn check_file(
        &self,
        file: &flux_syntax::ast::File,
        text: &Arc<str>,
        env: Option<&flux_semantic::Env>,
    ) -> Result<flux_semantic::Types, Error> {
        let type_error = |errors: Vec<flux_semantic::TypeError>| Error::Type {
            errors: errors
                .into_iter()
                .map(|e| flux_semantic::TypeError {
                    message: self.redactor.scrub(&e.message),
                    ..e
                })
                .collect(),
            source: self.redactor.mask(text).into(),
        };
        let prelude;
        let env = match env {
            Some(env) => env,
            None => {
                prelude = self.types.prelude().map_err(|e| type_error(vec![e]))?;
                &prelude
            }
        };
        self.types.checker.check_file(file, env).map_err(type_error)
    }

    /// The type environment every script starts in (the prelude and the host's globals).
    pub(crate) fn type_prelude(&self) -> Result<flux_semantic::Env, Error> {
        self.types.prelude().map_err(|e| Error::Type {
            errors: vec![e],
            source: "".into(),
        })
    }

    /// Evaluate `source`; the values of its top-level expression statements.
    pub fn eval(&self, source: &str) -> Result<Vec<Value>, Error> {
        let mut values = Vec::new();
        self.run(source, |v| values.push(v))?;
        Ok(values)
    }

    /// Evaluate `source`, handing each top-level expression statement's value to
    /// `on_value` as soon as it is computed (so output comes before a later error).
    /// Nothing runs when the source does not parse or type-check.
    pub fn run(&self, source: &str, mut on_value: impl FnMut(Value)) -> Result<(), Error> {
        self.evaluate(source, None, Mode::Script, &mut on_value)
            .map(|_| ())
    }

    /// The bounds a host prints a script's value within: its text may take at most
    /// the memory limit, and writing it stops when the runtime is interrupted.
    pub fn output_budget(&self) -> flux_eval::Budget {
        let limit = self.limits.max_memory;
        flux_eval::Budget::new(limit, limit.unwrap_or(0), Some(self.interrupt.clone()))
    }

    /// A REPL session: bindings and imports persist across inputs.
    pub fn session(&self) -> Session {
        Session::new(self.clone())
    }

    /// Parse `text`; syntax errors with secrets masked.
    fn parse_shown(&self, text: &Arc<str>) -> Result<flux_syntax::ast::File, Error> {
        // What error snippets show: the source with secrets masked.
        let shown = || -> Arc<str> { self.redactor.mask(text).into() };
        parse(text).map_err(|e| match e {
            Error::Syntax { errors, .. } => Error::Syntax {
                errors: errors
                    .into_iter()
                    .map(|e| SyntaxError {
                        message: self.redactor.scrub(&e.message),
                        ..e
                    })
                    .collect(),
                source: shown(),
            },
            other => other,
        })
    }

    /// Parse, type-check and run `source` on top of `scope` (the prelude when `None`),
    /// under the runtime's limits, time limit and interrupt flag.
    pub(crate) fn evaluate(
        &self,
        source: &str,
        scope: Option<Scope>,
        mode: Mode,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<TopLevel, Error> {
        self.evaluate_in(source, scope, None, mode, on_value)
            .map(|(top, _)| top)
    }

    /// [`Runtime::evaluate`], type-checked in `env` (the prelude's when `None`); the
    /// types too.
    pub(crate) fn evaluate_in(
        &self,
        source: &str,
        scope: Option<Scope>,
        env: Option<&flux_semantic::Env>,
        mode: Mode,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<(TopLevel, Arc<flux_semantic::Types>), Error> {
        let text: Arc<str> = source.into();
        self.redactor.remember_token_literals(&text);
        let file = self.parse_shown(&text)?;
        let types = Arc::new(self.check_file(&file, &text, env)?);
        let top = self.evaluate_parsed(&file, text, Some(types.clone()), scope, mode, on_value)?;
        Ok((top, types))
    }

    /// Run a parsed script (a testcase's program) whose spans point into `text`.
    pub(crate) fn evaluate_file(
        &self,
        file: &flux_syntax::ast::File,
        text: Arc<str>,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<TopLevel, Error> {
        self.redactor.remember_token_literals(&text);
        let types = Arc::new(self.check_file(file, &text, None)?);
        self.evaluate_parsed(file, text, Some(types), None, Mode::Script, on_value)
    }

    fn evaluate_parsed(
        &self,
        file: &flux_syntax::ast::File,
        text: Arc<str>,
        types: Option<Arc<flux_semantic::Types>>,
        scope: Option<Scope>,
        mode: Mode,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<TopLevel, Error> {
        let shown = || -> Arc<str> { self.redactor.mask(&text).into() };
        let guard = Guard::start(self.time_limit, &self.interrupt);
        let mut ev = Evaluator::new(self.registry.clone())
            .with_limits(self.limits)
            .with_interrupt(guard.flag())
            .with_host(self.capabilities.clone());
        let program = Arc::new(Source {
            name: "main".into(),
            text: text.clone(),
            types: types.map(|t| Arc::new(crate::typing::Checked(t)) as Arc<dyn flux_eval::FunctionTypes>),
        });
        let runtime_error = |error: RuntimeError| {
            let mut error = guard.explain(error);
            error.message = self.redactor.scrub(&error.message);
            let shown = shown();
            if *shown != *text {
                show_masked(&mut error, &program, &shown);
            }
            Error::Runtime { error, source: shown }
        };
        let scope = match scope {
            Some(scope) => scope,
            None => ev
                .prelude()
                .map_err(runtime_error)?
                .with_frame(self.globals.to_vec()),
        };
        ev.eval_file(file, program.clone(), scope, mode, on_value)
            .map_err(runtime_error)
    }

    /// The scope every script starts with (the prelude packages' bindings and the
    /// host's globals).
    pub(crate) fn prelude(&self) -> Result<Scope, RuntimeError> {
        Ok(Evaluator::new(self.registry.clone())
            .with_limits(self.limits)
            .with_host(self.capabilities.clone())
            .prelude()?
            .with_frame(self.globals.to_vec()))
    }
}

/// Point an error's locations in `program` at the text shown instead (secrets masked,
/// same length), so rendering recognises the program.
fn show_masked(error: &mut RuntimeError, program: &Arc<Source>, shown: &Arc<str>) {
    let shown = Arc::new(Source {
        name: program.name.clone(),
        text: shown.clone(),
        types: program.types.clone(),
    });
    let swap = |source: &mut Arc<Source>| {
        if Arc::ptr_eq(source, program) {
            *source = shown.clone();
        }
    };
    let (source, frames) = error.trace_mut();
    if let Some(source) = source.as_mut() {
        swap(source);
    }
    for frame in frames {
        swap(&mut frame.source);
    }
}

pub(crate) fn parse(text: &Arc<str>) -> Result<flux_syntax::ast::File, Error> {
    let parsed = flux_syntax::parse(text);
    if parsed.errors.is_empty() {
        Ok(parsed.file)
    } else {
        Err(Error::Syntax {
            errors: parsed.errors,
            source: text.clone(),
        })
    }
}
