//! The package registry: `import "path"` evaluates the package's Flux source once
//! per registry, binding each `builtin` to the native of the same name.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use flux_syntax::Span;
use flux_syntax::ast::StatementKind;

use crate::closure::Source;
use crate::error::{ErrorKind, Result, RuntimeError};
use crate::interp::{Evaluator, Mode};
use crate::package::PackageSource;
use crate::scope::Scope;
use crate::value::Value;

/// The import path of the package whose bindings every script sees.
pub const UNIVERSE: &str = "universe";

/// A package after its source ran.
#[derive(Debug)]
pub struct LoadedPackage {
    /// The name of its `package` clause (what `import "path"` binds).
    pub name: Arc<str>,
    /// Its top-level bindings, in order.
    pub bindings: Vec<(Arc<str>, Value)>,
    /// The bindings as a record, the value an import binds.
    pub value: Value,
}

/// The packages a host provides, and the ones already loaded.
#[derive(Debug, Default)]
pub struct Registry {
    packages: HashMap<Arc<str>, PackageSource>,
    loaded: Mutex<HashMap<Arc<str>, Arc<LoadedPackage>>>,
}

impl Registry {
    /// A registry of `packages` (a later package with the same path replaces an earlier one).
    pub fn new(packages: impl IntoIterator<Item = PackageSource>) -> Self {
        Registry {
            packages: packages.into_iter().map(|p| (p.path.clone(), p)).collect(),
            loaded: Mutex::new(HashMap::new()),
        }
    }

    /// The import paths available.
    pub fn paths(&self) -> Vec<Arc<str>> {
        let mut paths: Vec<Arc<str>> = self.packages.keys().cloned().collect();
        paths.sort();
        paths
    }

    fn cached(&self, path: &str) -> Option<Arc<LoadedPackage>> {
        self.loaded.lock().ok().and_then(|m| m.get(path).cloned())
    }

    /// The universe package, if registered.
    pub(crate) fn universe(&self, ev: &mut Evaluator) -> Result<Option<Arc<LoadedPackage>>> {
        if !self.packages.contains_key(UNIVERSE) {
            return Ok(None);
        }
        ev.import(UNIVERSE, Span::default()).map(Some)
    }
}

impl Evaluator {
    /// Load the package at `path` (once per registry); `span` is the import's, for errors.
    pub fn import(&mut self, path: &str, span: Span) -> Result<Arc<LoadedPackage>> {
        let registry = self.registry.clone();
        if let Some(pkg) = registry.cached(path) {
            return Ok(pkg);
        }
        let Some(source) = registry.packages.get(path) else {
            return Err(RuntimeError::new(
                ErrorKind::Name,
                span,
                format!("invalid import path {path}"),
            ));
        };
        if self.loading.iter().any(|p| &**p == path) {
            return Err(RuntimeError::new(
                ErrorKind::Name,
                span,
                format!("import cycle involving package {path:?}"),
            ));
        }
        self.loading.push(source.path.clone());
        let result = self.load(source);
        self.loading.pop();
        let pkg = Arc::new(result.map_err(|e| RuntimeError {
            span,
            message: format!("in package {path:?}: {}", e.message),
            ..e
        })?);
        if let Ok(mut loaded) = registry.loaded.lock() {
            loaded.insert(source.path.clone(), pkg.clone());
        }
        Ok(pkg)
    }

    fn load(&mut self, pkg: &PackageSource) -> Result<LoadedPackage> {
        let parsed = flux_syntax::parse(&pkg.source);
        if let Some(err) = parsed.errors.first() {
            return Err(RuntimeError::new(
                ErrorKind::Internal,
                err.span,
                format!("syntax error: {}", err.message),
            ));
        }
        if let Some(problem) = builtin_problems(pkg, &parsed.file).into_iter().next() {
            return Err(RuntimeError::new(ErrorKind::Internal, Span::default(), problem));
        }
        let scope = if &*pkg.path == UNIVERSE {
            Scope::new()
        } else {
            self.prelude()?
        };
        let source = Arc::new(Source {
            name: pkg.path.clone(),
            text: pkg.source.clone(),
        });
        let saved = std::mem::replace(&mut self.source, source);
        let top = self.eval_top_level(&parsed.file, scope, Mode::Script, Some(pkg), &mut |_| {});
        self.source = saved;
        let top = top?;
        let name = match &parsed.file.package {
            Some(clause) => clause.name.name.clone(),
            None => pkg.path.rsplit('/').next().unwrap_or(&pkg.path).into(),
        };
        let value = Value::record(top.bindings.iter().cloned());
        Ok(LoadedPackage {
            name,
            bindings: top.bindings,
            value,
        })
    }
}

fn builtin_problems(pkg: &PackageSource, file: &flux_syntax::ast::File) -> Vec<String> {
    let declared: Vec<&str> = file
        .body
        .iter()
        .filter_map(|s| match &s.kind {
            StatementKind::Builtin(b) => Some(&*b.id.name),
            _ => None,
        })
        .collect();
    let mut problems = Vec::new();
    for name in &declared {
        if !pkg.natives.iter().any(|n| n.name() == *name) {
            problems.push(format!(
                "builtin {name:?} of package {:?} has no native implementation",
                &*pkg.path
            ));
        }
    }
    for native in &pkg.natives {
        if !declared.contains(&native.name()) {
            problems.push(format!(
                "native {:?} of package {:?} has no builtin declaration",
                native.name(),
                &*pkg.path
            ));
        }
    }
    problems
}

/// Check a package without running it: its source parses, every `builtin` has a
/// native and every native a `builtin`. Gives every problem found.
pub fn check_package(pkg: &PackageSource) -> std::result::Result<(), Vec<String>> {
    let parsed = flux_syntax::parse(&pkg.source);
    let mut problems: Vec<String> = parsed
        .errors
        .iter()
        .map(|e| format!("syntax error in package {:?}: {}", &*pkg.path, e.message))
        .collect();
    problems.extend(builtin_problems(pkg, &parsed.file));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
