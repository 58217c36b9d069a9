//! The evaluator: runs files and blocks statement by statement, with limits on
//! call depth, expression nesting and steps, and an interrupt flag.
//! Expressions are in `expr.rs`, calls in `call.rs`, imports in `registry.rs`.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use flux_syntax::Span;
use flux_syntax::ast::{Block, ExprKind, File, StatementKind};

use crate::closure::Source;
use crate::error::{ErrorKind, Result, RuntimeError};
use crate::memory::{Budget, Meter, memory_limit_error};
use crate::registry::Registry;
use crate::scope::Scope;
use crate::signature::Builtin;
use crate::value::{Function, Record, Regex, Value};

/// Bounds that keep evaluation from running away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Nested function calls allowed at once.
    pub max_call_depth: usize,
    /// Expressions nested inside each other (including through calls).
    pub max_nesting: usize,
    /// Expressions evaluated in total; `None` for no limit.
    pub max_steps: Option<u64>,
    /// Stack the evaluator may use below the point where evaluation started.
    pub max_stack_bytes: usize,
    /// Bytes the values of an evaluation may hold (see [`crate::memory`]); `None` for
    /// no limit.
    pub max_memory: Option<u64>,
}

impl Default for Limits {
    /// Limits that fit a 2 MB thread stack in a debug build.
    fn default() -> Self {
        Limits {
            max_call_depth: 100,
            max_nesting: 1000,
            max_steps: None,
            max_stack_bytes: 1024 * 1024,
            max_memory: None,
        }
    }
}

/// How top-level assignments behave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or package: assigning a name twice is `variable "x" reassigned`.
    Script,
    /// A REPL session: a later assignment replaces the earlier binding.
    Session,
}

/// The result of running a file's top level.
#[derive(Clone, Debug, Default)]
pub struct TopLevel {
    /// The scope after the last statement (prelude, imports and bindings).
    pub scope: Scope,
    /// Names the file bound (imports, variables, options, builtins), in order.
    pub bindings: Vec<(Arc<str>, Value)>,
}

/// A tree-walking evaluator. One per evaluation (or per REPL session); share the
/// [`Registry`] between evaluators to load each package once.
pub struct Evaluator {
    pub(crate) registry: Arc<Registry>,
    pub(crate) limits: Limits,
    pub(crate) interrupt: Option<Arc<AtomicBool>>,
    pub(crate) call_depth: usize,
    pub(crate) nesting: usize,
    pub(crate) steps: u64,
    pub(crate) stack_base: usize,
    pub(crate) source: Arc<Source>,
    pub(crate) regexes: HashMap<Arc<str>, Regex>,
    pub(crate) loading: Vec<Arc<str>>,
    pub(crate) host: Option<Arc<dyn std::any::Any + Send + Sync>>,
    /// True for the evaluator that loads library packages (shared by every runtime).
    pub(crate) library_loader: bool,
    /// The options the script set at its top level (`option location = ...`), by name;
    /// natives read them with [`crate::CallContext::option`].
    pub(crate) options: HashMap<Arc<str>, Value>,
    /// What the values the evaluation keeps hold, against `limits.max_memory`.
    pub(crate) memory: Meter,
    /// The argument of the native call that just failed whose value had the wrong type.
    pub(crate) blamed_argument: Option<Arc<str>>,
    /// Results `yield` named since the last top-level statement's output, in call order:
    /// a `yield` mid-pipeline (or in a binding) is a result too, as in Go, handed on
    /// before the statement's own value.
    pub(crate) yielded: Vec<Value>,
}

impl Evaluator {
    /// An evaluator importing from `registry`.
    pub fn new(registry: Arc<Registry>) -> Self {
        Evaluator {
            registry,
            limits: Limits::default(),
            interrupt: None,
            call_depth: 0,
            nesting: 0,
            steps: 0,
            stack_base: 0,
            source: Arc::new(Source {
                name: "main".into(),
                text: "".into(),
                types: None,
            }),
            regexes: HashMap::new(),
            loading: Vec::new(),
            host: None,
            library_loader: false,
            options: HashMap::new(),
            memory: Meter::default(),
            blamed_argument: None,
            yielded: Vec::new(),
        }
    }

    /// Set the limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Stop with an error once `flag` is set (checked before every expression).
    pub fn with_interrupt(mut self, flag: Arc<AtomicBool>) -> Self {
        self.interrupt = Some(flag);
        self
    }

    /// Attach what natives find with [`crate::CallContext::host`] (the standard
    /// library's capabilities: secrets, HTTP client, InfluxDB context).
    pub fn with_host(mut self, host: Arc<dyn std::any::Any + Send + Sync>) -> Self {
        self.host = Some(host);
        self
    }

    /// True once the interrupt flag is set.
    pub(crate) fn interrupted(&self) -> bool {
        self.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// The scope every script starts with: the bindings of the prelude packages
    /// (universe, then influxdata/influxdb; see [`crate::registry::PRELUDE`]).
    pub fn prelude(&mut self) -> Result<Scope> {
        self.prelude_upto("")
    }

    /// The scope a package at `path` is loaded in: the prelude packages before it (none
    /// for universe).
    pub(crate) fn prelude_upto(&mut self, path: &str) -> Result<Scope> {
        let registry = self.registry.clone();
        let mut scope = Scope::new();
        for pkg in registry.prelude_packages(self, path)? {
            scope = scope.with_frame(pkg.bindings.clone());
        }
        Ok(scope)
    }

    /// Run `file` (parsed from `source`) on top of `scope`, handing the value of
    /// each top-level expression statement to `on_value` as it is computed.
    pub fn eval_file(
        &mut self,
        file: &File,
        source: Arc<Source>,
        scope: Scope,
        mode: Mode,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<TopLevel> {
        let saved = std::mem::replace(&mut self.source, source.clone());
        let result = self.eval_top_level(file, scope, mode, None, on_value);
        self.source = saved;
        result.map_err(|e| e.in_source(&source))
    }

    pub(crate) fn eval_top_level(
        &mut self,
        file: &File,
        scope: Scope,
        mode: Mode,
        natives: Option<&crate::PackageSource>,
        on_value: &mut dyn FnMut(Value),
    ) -> Result<TopLevel> {
        let mut top = TopLevel {
            scope,
            bindings: Vec::new(),
        };
        let mut options: Vec<String> = Vec::new();
        for import in &file.imports {
            let pkg = self.import(&import.path.value, import.path.span)?;
            let name = match &import.alias {
                Some(alias) => alias.name.clone(),
                None => pkg.name.clone(),
            };
            self.bind_top(&mut top, mode, name, pkg.value.clone(), import.span)?;
        }
        self.yielded.clear();
        for stmt in &file.body {
            self.hand_on_yielded(None, on_value);
            self.check_interrupt(stmt.span)?;
            match &stmt.kind {
                StatementKind::Variable(v) => {
                    let value = self.eval_init(&v.id.name, &v.init, &top.scope)?;
                    self.bind_top(&mut top, mode, v.id.name.clone(), value, stmt.span)?;
                }
                StatementKind::Option(o) => {
                    let full = match &o.package {
                        Some(p) => format!("{}.{}", p.name, o.id.name),
                        None => o.id.name.to_string(),
                    };
                    if mode == Mode::Script && options.contains(&full) {
                        return Err(RuntimeError::new(
                            ErrorKind::Name,
                            stmt.span,
                            format!("option {full:?} reassigned"),
                        ));
                    }
                    options.push(full);
                    // A package's own option that the script set (`option schema._from = ...`)
                    // takes the script's value: the package's functions see it.
                    let overridden = match (natives, &o.package) {
                        (Some(pkg), None) => {
                            self.options.get(&*format!("{}.{}", pkg.path, o.id.name)).cloned()
                        }
                        _ => None,
                    };
                    let value = match overridden {
                        Some(value) => value,
                        None => self.eval_init(&o.id.name, &o.init, &top.scope)?,
                    };
                    match &o.package {
                        None => {
                            if natives.is_none() {
                                self.options.insert(o.id.name.clone(), value.clone());
                            }
                            top.bindings.push((o.id.name.clone(), value.clone()));
                            top.scope = top.scope.with(o.id.name.clone(), value);
                        }
                        Some(pkg) => {
                            if natives.is_none() {
                                // A package option is known by the package's import path.
                                let path = imported_path(file, &pkg.name);
                                let key = format!("{path}.{}", o.id.name);
                                self.options.insert(key.into(), value.clone());
                                // The package runs again with the option set, so that its
                                // Flux functions read the new value (as Go's do).
                                if let Some(fresh) = self.reload_with_options(&path, stmt.span)? {
                                    top.scope = top.scope.with(pkg.name.clone(), fresh.value.clone());
                                    continue;
                                }
                            }
                            let updated = match top.scope.lookup(&pkg.name) {
                                Some(Value::Record(r)) => {
                                    let mut r: Record = (**r).clone();
                                    r.fields.insert(o.id.name.clone(), value);
                                    Value::Record(Arc::new(r))
                                }
                                _ => {
                                    return Err(RuntimeError::new(
                                        ErrorKind::Name,
                                        pkg.span,
                                        format!("undefined identifier {}", pkg.name),
                                    ));
                                }
                            };
                            top.scope = top.scope.with(pkg.name.clone(), updated);
                        }
                    }
                }
                StatementKind::Expression(e) => match self.eval_expr(e, &top.scope)? {
                    Value::Unbounded(read) => {
                        return Err(crate::unbounded::unbounded_error(&*read, stmt.span));
                    }
                    value => self.hand_on_yielded(Some(value), on_value),
                },
                StatementKind::Builtin(b) => {
                    let Some(pkg) = natives else {
                        return Err(RuntimeError::new(
                            ErrorKind::Name,
                            stmt.span,
                            format!(
                                "builtin {:?} has no implementation outside a package",
                                &*b.id.name
                            ),
                        ));
                    };
                    let value = builtin_value(pkg, b, stmt.span, self)?;
                    self.bind_top(&mut top, mode, b.id.name.clone(), value, stmt.span)?;
                }
                StatementKind::Return(_) => {
                    return Err(RuntimeError::new(
                        ErrorKind::Type,
                        stmt.span,
                        "return statement outside of a function",
                    ));
                }
                StatementKind::Testcase(_) => {}
                StatementKind::Error => return Err(syntax_error(stmt.span)),
            }
        }
        self.hand_on_yielded(None, on_value);
        Ok(top)
    }

    fn bind_top(
        &mut self,
        top: &mut TopLevel,
        mode: Mode,
        name: Arc<str>,
        value: Value,
        span: Span,
    ) -> Result<()> {
        if mode == Mode::Script && top.bindings.iter().any(|(k, _)| *k == name) {
            return Err(RuntimeError::new(
                ErrorKind::Name,
                span,
                format!("variable {:?} reassigned", &*name),
            ));
        }
        if let Some(limit) = self.limits.max_memory
            && !self.library_loader
        {
            self.memory.keep(&value);
            if self.memory.held() > limit {
                return Err(memory_limit_error(span, limit));
            }
        }
        top.bindings.push((name.clone(), value.clone()));
        top.scope = top.scope.with(name, value);
        Ok(())
    }

    /// Evaluate the right-hand side of `name = init`; a function literal gets `name`.
    fn eval_init(&mut self, name: &Arc<str>, init: &flux_syntax::ast::Expr, scope: &Scope) -> Result<Value> {
        match &init.kind {
            ExprKind::Function(lit) => Ok(self.closure(lit, scope, Some(name.clone()))),
            _ => self.eval_expr(init, scope),
        }
    }

    /// Run a function body block: assignments, expression statements, `return`.
    /// `bound` lists the names already bound in this block (the parameters).
    pub(crate) fn exec_block(
        &mut self,
        block: &Block,
        mut scope: Scope,
        mut bound: Vec<Arc<str>>,
    ) -> Result<Value> {
        for stmt in &block.body {
            self.check_interrupt(stmt.span)?;
            match &stmt.kind {
                StatementKind::Variable(v) => {
                    if bound.contains(&v.id.name) {
                        return Err(RuntimeError::new(
                            ErrorKind::Name,
                            stmt.span,
                            format!("variable {:?} reassigned", &*v.id.name),
                        ));
                    }
                    let value = self.eval_init(&v.id.name, &v.init, &scope)?;
                    bound.push(v.id.name.clone());
                    scope = scope.with(v.id.name.clone(), value);
                }
                StatementKind::Return(e) => return self.eval_expr(e, &scope),
                StatementKind::Expression(e) => {
                    self.eval_expr(e, &scope)?;
                }
                StatementKind::Option(_) => {
                    return Err(RuntimeError::new(
                        ErrorKind::Type,
                        stmt.span,
                        "invalid option statement in function block",
                    ));
                }
                StatementKind::Builtin(_) | StatementKind::Testcase(_) => {
                    return Err(RuntimeError::new(
                        ErrorKind::Type,
                        stmt.span,
                        "invalid statement in function block",
                    ));
                }
                StatementKind::Error => return Err(syntax_error(stmt.span)),
            }
        }
        Err(RuntimeError::new(
            ErrorKind::Type,
            block.span,
            "missing return statement in function block",
        ))
    }

    /// Stop with the memory limit's error unless `extra` more bytes fit beside what
    /// the evaluation keeps.
    pub(crate) fn check_memory(&self, span: Span, extra: u64) -> Result<()> {
        match self.limits.max_memory {
            Some(limit) if self.memory.held().saturating_add(extra) > limit => {
                Err(memory_limit_error(span, limit))
            }
            _ => Ok(()),
        }
    }

    /// Stop with the memory limit's error unless `value` (just built) fits beside
    /// what the evaluation keeps.
    pub(crate) fn check_value_memory(&self, span: Span, value: &Value) -> Result<()> {
        if self.limits.max_memory.is_none() {
            return Ok(());
        }
        self.check_memory(span, self.memory.measure(value))
    }

    /// The bounds of long work on one value: text up to what is left of the memory
    /// limit, stopped by the interrupt flag.
    pub(crate) fn budget(&self) -> Budget {
        let limit = self.limits.max_memory;
        let left = limit.map(|l| l.saturating_sub(self.memory.held()));
        Budget::new(left, limit.unwrap_or(0), self.interrupt.clone())
    }

    /// Count one step and stop if the host interrupted or the step limit is reached.
    pub(crate) fn check_interrupt(&mut self, span: Span) -> Result<()> {
        self.steps += 1;
        if let Some(max) = self.limits.max_steps
            && self.steps > max
        {
            return Err(RuntimeError::new(
                ErrorKind::Limit,
                span,
                format!("evaluation exceeded the limit of {max} steps"),
            ));
        }
        if let Some(flag) = &self.interrupt
            && flag.load(Ordering::Relaxed)
        {
            return Err(RuntimeError::new(
                ErrorKind::Limit,
                span,
                "evaluation interrupted",
            ));
        }
        Ok(())
    }
}

impl Evaluator {
    /// Hand on the results `yield` named since the last statement, then `value` (a
    /// top-level expression's value) unless it is the last of them (a pipeline that ends
    /// in `yield` is one result, not two).
    fn hand_on_yielded(&mut self, value: Option<Value>, on_value: &mut dyn FnMut(Value)) {
        let mut yielded = std::mem::take(&mut self.yielded);
        if let (Some(Value::Stream(last)), Some(Value::Stream(v))) = (yielded.last(), &value)
            && last.same_result(v)
        {
            yielded.pop();
        }
        for result in yielded.into_iter().chain(value) {
            on_value(result);
        }
    }
}

/// The import path of the package `file` imports under `name` (`name` itself when none).
fn imported_path(file: &File, name: &str) -> String {
    file.imports
        .iter()
        .find(|i| match &i.alias {
            Some(alias) => &*alias.name == name,
            None => i.path.value.rsplit('/').next() == Some(name),
        })
        .map_or_else(|| name.to_string(), |i| i.path.value.to_string())
}

fn builtin_value(
    pkg: &crate::PackageSource,
    b: &flux_syntax::ast::BuiltinStatement,
    span: Span,
    ev: &mut Evaluator,
) -> Result<Value> {
    let Some(native) = pkg.natives.iter().find(|n| n.name() == &*b.id.name) else {
        return Err(RuntimeError::new(
            ErrorKind::Internal,
            span,
            format!(
                "builtin {:?} of package {:?} has no native implementation",
                &*b.id.name, &*pkg.path
            ),
        ));
    };
    let builtin = Builtin::new(native.clone(), &b.ty);
    if matches!(b.ty.ty.kind, flux_syntax::ast::MonoTypeKind::Function { .. }) {
        Ok(Value::Function(Function::Builtin(Arc::new(builtin))))
    } else {
        // A constant: the native computes it once, with no arguments.
        let mut args = crate::native::Args::default();
        native
            .call(&mut args, &mut ev.call_context(span))
            .map_err(|e| RuntimeError { span, ..e })
    }
}

pub(crate) fn syntax_error(span: Span) -> RuntimeError {
    RuntimeError::new(
        ErrorKind::Syntax,
        span,
        "cannot evaluate code that has syntax errors",
    )
}
