//! The checker: packages loaded lazily by import path, the prelude, and files.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use flux_syntax::Span;
use flux_syntax::ast::{self, Name};

use crate::env::{Binding, Env, PackageTypes};
use crate::error::{TypeError, TypeErrorKind};
use crate::infer::{Importer, Infer};
use crate::types::PolyType;

/// Gives the Flux source of a package by import path (`None`: no such package).
pub type Loader = dyn Fn(&str) -> Option<Arc<str>> + Send + Sync;

/// Gives the types summary of a package by import path, when there is one
/// ([`Checker::with_summaries`]).
pub type Summaries = dyn Fn(&str) -> Option<&'static str> + Send + Sync;

/// The prelude Go Flux uses: these packages' bindings are in scope in every file.
pub const FLUX_PRELUDE: [&str; 4] = [
    "internal/boolean",
    "internal/location",
    "universe",
    "influxdata/influxdb",
];

enum State {
    /// A prelude package whose types summary is in the prelude, each member read on
    /// first lookup; it is read whole when imported.
    Summary {
        text: &'static str,
        base: Env,
    },
    Loading,
    /// Checked in `base` (the prelude packages loaded before it).
    Done {
        result: Result<Arc<PackageTypes>, String>,
        base: Env,
    },
}

/// Type-checks files against packages it loads (and checks) once, on first import.
///
/// A package's types come from its own source: its `builtin` declarations and its
/// Flux code. Packages are checked with the prelude loaded so far in scope, so the
/// prelude's own packages see the prelude packages listed before them.
pub struct Checker {
    loader: Box<Loader>,
    summaries: Option<Box<Summaries>>,
    prelude_paths: Vec<String>,
    packages: Mutex<HashMap<String, State>>,
    /// Held while packages load, so that one thread loads at a time (a package being
    /// loaded is then a cycle, never another thread's work in progress).
    loading: Mutex<()>,
    /// The prelude packages loaded so far, and whether all of them are.
    prelude: Mutex<(Env, bool)>,
}

impl std::fmt::Debug for Checker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checker")
            .field("prelude", &self.prelude_paths)
            .finish_non_exhaustive()
    }
}

/// What checking a file found: the types of its bindings and expressions.
#[derive(Clone, Debug)]
pub struct Types {
    env: Env,
    bindings: Vec<(Name, Span, PolyType)>,
    expressions: Vec<(Span, PolyType)>,
    functions: Vec<(Span, PolyType)>,
}

impl Types {
    /// The environment after the file: the one it was checked in plus its bindings
    /// and imports. A session checks its next entry in this.
    pub fn env(&self) -> &Env {
        &self.env
    }

    /// Each top-level binding and its type in Flux's notation, in source order
    /// (`("f", "(x: A) => A where A: Addable")`).
    pub fn bindings(&self) -> Vec<(Name, String)> {
        self.bindings
            .iter()
            .map(|(n, _, p)| (n.clone(), p.to_string()))
            .collect()
    }

    /// The type of the top-level expression statement at `span`.
    pub fn expression_type(&self, span: Span) -> Option<String> {
        self.expressions
            .iter()
            .find(|(s, _)| *s == span)
            .map(|(_, t)| t.to_string())
    }

    /// The type of the function literal at `span` (a function value displays as its
    /// type, `(x: int) => int`, as in Go Flux).
    pub fn function_type(&self, span: Span) -> Option<String> {
        self.functions
            .iter()
            .find(|(s, _)| *s == span)
            .map(|(_, t)| t.to_string())
    }

    /// The type of the function literal at `span` as Go Flux displays the function
    /// value (`display()`, the REPL): arguments in name order, no `where` clause, see
    /// [`crate::canonical`].
    pub fn function_value_type(&self, span: Span) -> Option<String> {
        self.functions
            .iter()
            .find(|(s, _)| *s == span)
            .map(|(_, t)| crate::canonical(&t.ty))
    }

    /// The type of a top-level binding.
    pub fn binding(&self, name: &str) -> Option<&PolyType> {
        self.bindings
            .iter()
            .rev()
            .find(|(n, _, _)| n.as_ref() == name)
            .map(|(_, _, p)| p)
    }

    /// The type of the last top-level expression statement (the REPL's `:type`).
    pub fn last_expression_type(&self) -> Option<String> {
        self.expressions.last().map(|(_, t)| t.to_string())
    }
}

impl Checker {
    /// A checker that reads package sources through `loader` and puts the bindings of
    /// the `prelude` packages in scope of every file (in order; later ones shadow).
    pub fn new(
        loader: impl Fn(&str) -> Option<Arc<str>> + Send + Sync + 'static,
        prelude: &[&str],
    ) -> Checker {
        Checker {
            loader: Box::new(loader),
            summaries: None,
            prelude_paths: prelude.iter().map(|p| p.to_string()).collect(),
            packages: Mutex::new(HashMap::new()),
            loading: Mutex::new(()),
            prelude: Mutex::new((Env::new(), false)),
        }
    }

    /// Read a package's types from its summary ([`PackageTypes::summary`]) when
    /// `summaries` has one, instead of checking its source. A summary must say what
    /// checking the source (with the same loader and prelude) gives: the host
    /// generates it and tests that it is current. Checking a function's body for the
    /// display of its type ([`Checker::package_function_types`]) still reads the source.
    pub fn with_summaries(
        mut self,
        summaries: impl Fn(&str) -> Option<&'static str> + Send + Sync + 'static,
    ) -> Checker {
        self.summaries = Some(Box::new(summaries));
        self
    }

    /// The prelude environment (loading its packages on first use). A prelude package
    /// that fails to load or check is an error naming it.
    pub fn prelude(&self) -> Result<Env, TypeError> {
        let error = |message: String| TypeError {
            span: Span::default(),
            kind: TypeErrorKind::Import,
            message,
        };
        if let Ok(guard) = self.prelude.lock()
            && guard.1
        {
            return Ok(guard.0.clone());
        }
        let _loading = self
            .loading
            .lock()
            .map_err(|_| error("package loader poisoned".into()))?;
        for path in &self.prelude_paths {
            if self.prelude.lock().map(|g| g.1).unwrap_or(false) {
                break;
            }
            if let Some(text) = self.summaries.as_ref().and_then(|s| s(path)) {
                let base = self.prelude.lock().map(|g| g.0.clone()).unwrap_or_default();
                if let Ok(mut packages) = self.packages.lock() {
                    let state = State::Summary { text, base };
                    packages.entry(path.clone()).or_insert(state);
                }
                if let Ok(mut guard) = self.prelude.lock() {
                    guard.0 = guard.0.extend_summary(text);
                }
                continue;
            }
            let pkg = self.package_locked(path).map_err(error)?;
            let names = pkg
                .members
                .iter()
                .map(|(n, p)| (n.clone(), Binding::Value(p.clone())))
                .collect();
            if let Ok(mut guard) = self.prelude.lock() {
                guard.0 = guard.0.extend(names);
            }
        }
        let mut guard = self
            .prelude
            .lock()
            .map_err(|_| error("prelude lock poisoned".into()))?;
        guard.1 = true;
        Ok(guard.0.clone())
    }

    /// The types of the package at `path`, loading and checking it on first use.
    /// The error is the message to report where it is imported.
    pub fn package(&self, path: &str) -> Result<Arc<PackageTypes>, String> {
        if let Ok(packages) = self.packages.lock()
            && let Some(State::Done { result, .. }) = packages.get(path)
        {
            return result.clone();
        }
        let _loading = self
            .loading
            .lock()
            .map_err(|_| "package loader poisoned".to_string())?;
        self.package_locked(path)
    }

    /// [`Checker::package`] with the loading lock held.
    fn package_locked(&self, path: &str) -> Result<Arc<PackageTypes>, String> {
        let summary = {
            let mut packages = self
                .packages
                .lock()
                .map_err(|_| "package table poisoned".to_string())?;
            match packages.get(path) {
                Some(State::Done { result, .. }) => return result.clone(),
                Some(State::Loading) => return Err(format!("package \"{path}\" depends on itself")),
                Some(State::Summary { text, base }) => Some((*text, base.clone())),
                None => {
                    packages.insert(path.to_string(), State::Loading);
                    None
                }
            }
        };
        let (result, base) = match summary {
            Some((text, base)) => (crate::summary::read(path, text).map(Arc::new), base),
            None => {
                let base = self.prelude.lock().map(|g| g.0.clone()).unwrap_or_default();
                (self.load(path, &base), base)
            }
        };
        if let Ok(mut packages) = self.packages.lock() {
            let result = result.clone();
            packages.insert(path.to_string(), State::Done { result, base });
        }
        result
    }

    fn load(&self, path: &str, base: &Env) -> Result<Arc<PackageTypes>, String> {
        if let Some(summary) = self.summaries.as_ref().and_then(|s| s(path)) {
            return crate::summary::read(path, summary).map(Arc::new);
        }
        let source = (self.loader)(path).ok_or_else(|| format!("invalid import path {path}"))?;
        let parsed = flux_syntax::parse_package(&source);
        if let Some(e) = parsed.errors.first() {
            return Err(format!("package {path}: {}", e.message));
        }
        let result = Infer::new(base, &Nested(self)).file(&parsed.file);
        if let Some(e) = result.errors.first() {
            let at = flux_syntax::LineIndex::new(&source).location(e.span);
            return Err(format!("package {path} @{at}: {}", e.message));
        }
        let name = parsed.file.package.as_ref().map_or_else(
            || path.rsplit('/').next().unwrap_or(path).into(),
            |p| p.name.name.clone(),
        );
        let members = result
            .scope
            .into_iter()
            .filter(|(n, _)| !result.imports.contains(n))
            .filter_map(|(n, b)| match b {
                Binding::Value(p) => Some((n, p)),
                Binding::Package(_) => None,
            })
            .collect();
        Ok(Arc::new(PackageTypes {
            path: path.to_string(),
            name,
            members,
        }))
    }

    /// The types of the function literals written in Flux in the package at `path`, for
    /// its function values to display as their type ([`Types::function_value_type`], by
    /// the literal's span in the package source). Loading a package does not record
    /// them, so that start-up does not pay for it: the package is checked again here,
    /// in the environment it was first checked in.
    pub fn package_function_types(&self, path: &str) -> Result<Types, String> {
        self.package(path)?;
        let _loading = self
            .loading
            .lock()
            .map_err(|_| "package loader poisoned".to_string())?;
        let base = match self.packages.lock().as_deref() {
            Ok(packages) => match packages.get(path) {
                Some(State::Done { base, .. }) => base.clone(),
                _ => return Err(format!("package \"{path}\" is not loaded")),
            },
            Err(_) => return Err("package table poisoned".to_string()),
        };
        let source = (self.loader)(path).ok_or_else(|| format!("invalid import path {path}"))?;
        let parsed = flux_syntax::parse_package(&source);
        let result = Infer::new(&base, &Nested(self))
            .recording_functions()
            .file(&parsed.file);
        Ok(Types {
            env: Env::new(),
            bindings: Vec::new(),
            expressions: Vec::new(),
            functions: result.functions,
        })
    }

    /// Check a parsed file in `env` (start from [`Checker::prelude`]). Every type error
    /// of the file is returned, in the order libflux finds them.
    pub fn check_file(&self, file: &ast::File, env: &Env) -> Result<Types, Vec<TypeError>> {
        let result = Infer::new(env, self).recording_functions().file(file);
        if !result.errors.is_empty() {
            return Err(result.errors);
        }
        let scope = result.scope;
        let bindings = result
            .order
            .iter()
            .filter_map(|(n, span)| match scope.get(n) {
                Some(Binding::Value(p)) => Some((n.clone(), *span, p.clone())),
                _ => None,
            })
            .collect();
        Ok(Types {
            env: env.extend(scope),
            bindings,
            expressions: result.expressions,
            functions: result.functions,
        })
    }

    /// Parse and check source text. Syntax errors come first (kind
    /// [`TypeErrorKind::Syntax`]), then the type errors of what did parse, as libflux
    /// reports both in one pass.
    pub fn check_source(&self, source: &str, env: &Env) -> Result<Types, Vec<TypeError>> {
        let parsed = flux_syntax::parse(source);
        if parsed.errors.is_empty() {
            return self.check_file(&parsed.file, env);
        }
        let mut errors: Vec<TypeError> = parsed
            .errors
            .into_iter()
            .map(|e| TypeError {
                span: e.span,
                kind: TypeErrorKind::Syntax,
                message: e.message,
            })
            .collect();
        if let Err(more) = self.check_file(&parsed.file, env) {
            errors.extend(more);
        }
        Err(errors)
    }
}

impl Importer for Checker {
    fn import(&self, path: &str) -> Result<Arc<PackageTypes>, String> {
        self.package(path)
    }
}

/// Imports from inside a package being loaded (the loading lock is held).
struct Nested<'a>(&'a Checker);

impl Importer for Nested<'_> {
    fn import(&self, path: &str) -> Result<Arc<PackageTypes>, String> {
        self.0.package_locked(path)
    }
}
