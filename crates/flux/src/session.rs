//! `Session`: incremental evaluation for a REPL.

use std::sync::Arc;

use flux_eval::{Mode, Scope, Source, Value};

use crate::error::Error;
use crate::runtime::{Runtime, parse};

/// Evaluates inputs one after another, keeping bindings and imports; a name may be
/// bound again (the new value replaces the old one). An input that fails leaves
/// the session as it was before that input.
#[derive(Debug)]
pub struct Session {
    runtime: Runtime,
    scope: Option<Scope>,
    bindings: Vec<(Arc<str>, Value)>,
}

impl Session {
    pub(crate) fn new(runtime: Runtime) -> Self {
        Session {
            runtime,
            scope: None,
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
        let text: Arc<str> = source.into();
        let file = parse(&text)?;
        let mut ev = self.runtime.evaluator();
        let runtime_error = |error| Error::Runtime {
            error,
            source: text.clone(),
        };
        let scope = match &self.scope {
            Some(s) => s.clone(),
            None => ev.prelude().map_err(runtime_error)?,
        };
        let src = Arc::new(Source {
            name: "main".into(),
            text: text.clone(),
        });
        let top = ev
            .eval_file(&file, src, scope, Mode::Session, &mut on_value)
            .map_err(runtime_error)?;
        for (name, value) in top.bindings {
            self.bindings.retain(|(k, _)| *k != name);
            self.bindings.push((name, value));
        }
        self.scope = Some(top.scope);
        Ok(())
    }

    /// The names this session bound (variables, options, imports), oldest first.
    pub fn bindings(&self) -> &[(Arc<str>, Value)] {
        &self.bindings
    }

    /// Every name in scope, the universe's included, sorted (for completion).
    pub fn names(&self) -> Vec<Arc<str>> {
        let mut names: Vec<Arc<str>> = match &self.scope {
            Some(s) => s.bindings().into_iter().map(|(k, _)| k).collect(),
            None => {
                let mut ev = self.runtime.evaluator();
                ev.prelude()
                    .map(|s| s.bindings().into_iter().map(|(k, _)| k).collect())
                    .unwrap_or_default()
            }
        };
        names.sort();
        names
    }

    /// The value bound to `name`, if any.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.scope.as_ref()?.lookup(name).cloned()
    }

    /// The runtime this session evaluates with.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }
}
