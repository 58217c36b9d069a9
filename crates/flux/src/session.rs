//! `Session`: incremental evaluation for a REPL.

use std::sync::Arc;

use flux_eval::{Mode, Scope, Value};

use crate::error::Error;
use crate::runtime::Runtime;

/// Evaluates inputs one after another, keeping bindings and imports; a name may be
/// bound again (the new value replaces the old one). An input that fails leaves
/// the session as it was before that input.
///
/// ```
/// let mut session = flux::Runtime::new().session();
/// session.eval("x = 40")?;
/// assert_eq!(session.eval("x + 2")?[0].display(), "42");
/// assert_eq!(session.lookup("x"), Some(flux::Value::from(40)));
/// # Ok::<(), flux::Error>(())
/// ```
#[derive(Debug)]
pub struct Session {
    runtime: Runtime,
    scope: Option<Scope>,
    /// The types of what `scope` binds (`None`: the prelude's).
    env: Option<flux_semantic::Env>,
    bindings: Vec<(Arc<str>, Value)>,
}

impl Session {
    pub(crate) fn new(runtime: Runtime) -> Self {
        Session {
            runtime,
            scope: None,
            env: None,
            bindings: Vec::new(),
        }
    }

    /// Evaluate one input; the values of its top-level expression statements.
    pub fn eval(&mut self, source: &str) -> Result<Vec<Value>, Error> {
        let mut values = Vec::new();
        self.run(source, |v| values.push(v))?;
        Ok(values)
    }

    /// Evaluate one input, handing each expression statement's value to `on_value`.
    pub fn run(&mut self, source: &str, mut on_value: impl FnMut(Value)) -> Result<(), Error> {
        let (top, types) = self.runtime.evaluate_in(
            source,
            self.scope.clone(),
            self.env.as_ref(),
            Mode::Session,
            &mut on_value,
        )?;
        self.env = Some(types.env().clone());
        for (name, value) in top.bindings {
            self.bindings.retain(|(k, _)| *k != name);
            self.bindings.push((name, value));
        }
        self.scope = Some(top.scope);
        Ok(())
    }

    /// Type-check one input in the session's environment without running it (the
    /// REPL's `:type`): the types of its bindings and expressions.
    ///
    /// ```
    /// let mut session = flux::Runtime::new().session();
    /// session.eval("r = {a: 1, b: \"x\"}")?;
    /// assert_eq!(session.check("r.b")?.last_expression_type().as_deref(), Some("string"));
    /// assert_eq!(session.fields_of("r"), ["a".into(), "b".into()]);
    /// # Ok::<(), flux::Error>(())
    /// ```
    pub fn check(&self, source: &str) -> Result<flux_semantic::Types, Error> {
        let text: Arc<str> = source.into();
        let file = crate::runtime::parse(&text)?;
        let env = self.env()?;
        self.runtime.check_file(&file, &text, Some(&env))
    }

    /// The type environment of the session (the prelude's before the first input).
    fn env(&self) -> Result<flux_semantic::Env, Error> {
        match &self.env {
            Some(env) => Ok(env.clone()),
            None => self.runtime.type_prelude(),
        }
    }

    /// The type of the value bound to `name`, in Flux's notation.
    pub fn type_of(&self, name: &str) -> Option<String> {
        self.env().ok()?.type_of(name)
    }

    /// The fields of the record bound to `name` (the members of a package), sorted,
    /// from its type (for completing `name.`).
    pub fn fields_of(&self, name: &str) -> Vec<Arc<str>> {
        self.env().map(|env| env.fields_of(name)).unwrap_or_default()
    }

    /// The names this session bound (variables, options, imports), oldest first.
    pub fn bindings(&self) -> &[(Arc<str>, Value)] {
        &self.bindings
    }

    /// Every name in scope, the universe's included, sorted (for completion).
    pub fn names(&self) -> Vec<Arc<str>> {
        let scope = match &self.scope {
            Some(s) => Some(s.clone()),
            None => self.runtime.prelude().ok(),
        };
        let mut names: Vec<Arc<str>> = scope
            .map(|s| s.bindings().into_iter().map(|(k, _)| k).collect())
            .unwrap_or_default();
        names.sort();
        names
    }

    /// The value bound to `name`, if any.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.scope.as_ref()?.lookup(name).cloned()
    }

    /// Bind `name` to `value` (from Rust), as if the input `name = value` had run.
    pub fn set(&mut self, name: &str, value: impl Into<Value>) -> Result<(), Error> {
        let scope = match self.scope.take() {
            Some(scope) => scope,
            None => self.runtime.prelude().map_err(|error| Error::Runtime {
                error,
                source: "".into(),
            })?,
        };
        let name: Arc<str> = name.into();
        let value = value.into();
        let typed = flux_semantic::Binding::Value(crate::typing::value_type(&value));
        let env = self.env()?;
        self.env = Some(env.extend([(name.clone(), typed)].into_iter().collect()));
        self.scope = Some(scope.with_frame(vec![(name.clone(), value.clone())]));
        self.bindings.retain(|(k, _)| *k != name);
        self.bindings.push((name, value));
        Ok(())
    }

    /// The runtime this session evaluates with.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }
}
