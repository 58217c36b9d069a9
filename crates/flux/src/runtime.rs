//! `Runtime`: the packages, limits and interrupt flag scripts run with.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use flux_eval::{Evaluator, Limits, Mode, PackageSource, Registry, Source, Value};
use flux_stdlib::Capabilities;

use crate::error::Error;
use crate::session::Session;

/// Runs Flux sources. Cheap to clone; usable from any thread. Packages are loaded
/// once per runtime, on first import.
#[derive(Clone, Debug)]
pub struct Runtime {
    pub(crate) registry: Arc<Registry>,
    pub(crate) limits: Limits,
    pub(crate) interrupt: Arc<AtomicBool>,
}

/// Builds a [`Runtime`].
#[derive(Debug)]
pub struct RuntimeBuilder {
    capabilities: Option<Capabilities>,
    packages: Vec<PackageSource>,
    limits: Limits,
    interrupt: Option<Arc<AtomicBool>>,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// A runtime with every package and default capabilities (no secrets, no
    /// InfluxDB context, a reqwest HTTP client started on first use).
    pub fn new() -> Self {
        Runtime::builder().build()
    }

    /// Start configuring a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder {
            capabilities: None,
            packages: Vec::new(),
            limits: Limits::default(),
            interrupt: None,
        }
    }

    /// The flag that stops a running evaluation when set (reset it before the next one).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Import paths scripts may use.
    pub fn package_paths(&self) -> Vec<Arc<str>> {
        self.registry.paths()
    }

    /// Evaluate `source`; the values of its top-level expression statements.
    pub fn eval(&self, source: &str) -> Result<Vec<Value>, Error> {
        let mut values = Vec::new();
        self.run(source, |v| values.push(v))?;
        Ok(values)
    }

    /// Evaluate `source`, handing each top-level expression statement's value to
    /// `on_value` as soon as it is computed (so output comes before a later error).
    pub fn run(&self, source: &str, mut on_value: impl FnMut(Value)) -> Result<(), Error> {
        let text: Arc<str> = source.into();
        let file = parse(&text)?;
        let mut ev = self.evaluator();
        let runtime_error = |error| Error::Runtime {
            error,
            source: text.clone(),
        };
        let scope = ev.prelude().map_err(runtime_error)?;
        let src = Arc::new(Source {
            name: "main".into(),
            text: text.clone(),
        });
        ev.eval_file(&file, src, scope, Mode::Script, &mut on_value)
            .map_err(runtime_error)?;
        Ok(())
    }

    /// A REPL session: bindings and imports persist across inputs.
    pub fn session(&self) -> Session {
        Session::new(self.clone())
    }

    pub(crate) fn evaluator(&self) -> Evaluator {
        Evaluator::new(self.registry.clone())
            .with_limits(self.limits)
            .with_interrupt(self.interrupt.clone())
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

impl RuntimeBuilder {
    /// What the native packages may use: secrets, HTTP client, InfluxDB context, limits.
    pub fn capabilities(mut self, caps: Capabilities) -> Self {
        self.capabilities = Some(caps);
        self
    }

    /// Add packages of the host's own (a package with an existing path replaces it).
    pub fn packages(mut self, packages: impl IntoIterator<Item = PackageSource>) -> Self {
        self.packages.extend(packages);
        self
    }

    /// Set the evaluation limits.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Use `flag` as the interrupt flag (e.g. one a Ctrl-C handler sets).
    pub fn interrupt(mut self, flag: Arc<AtomicBool>) -> Self {
        self.interrupt = Some(flag);
        self
    }

    /// The runtime.
    pub fn build(self) -> Runtime {
        let caps = self.capabilities.unwrap_or_default();
        let mut packages = vec![flux_stdlib::universe::package()];
        packages.extend(flux_stdlib::packages(&caps));
        packages.extend(self.packages);
        Runtime {
            registry: Arc::new(Registry::new(packages)),
            limits: self.limits,
            interrupt: self.interrupt.unwrap_or_default(),
        }
    }
}
