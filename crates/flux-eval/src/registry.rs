//! The package registry: `import "path"` evaluates a package's Flux source once,
//! binding each `builtin` to the native of the same name.
//!
//! Two kinds of packages: a [`Library`] (the standard library) is loaded once per
//! process, lazily on first import, and shared by every registry that uses it; the
//! host's own packages are loaded once per [`Registry`] (they may capture per-runtime
//! state). A host package with the path of a library package replaces it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use flux_semantic::Checker;

use flux_syntax::Span;
use flux_syntax::ast::StatementKind;

use crate::closure::Source;
use crate::error::{ErrorKind, Result, RuntimeError};
use crate::interp::{Evaluator, Mode};
use crate::package::PackageSource;
use crate::package_types::PackageFunctionTypes;
use crate::value::Value;

/// The import path of the package whose bindings every script sees.
pub const UNIVERSE: &str = "universe";

/// The packages whose bindings every script sees without an import, in order (a later
/// one's names shadow an earlier one's): universe, then influxdata/influxdb (`from`, `to`,
/// `buckets`), as in Go Flux's prelude.
pub const PRELUDE: &[&str] = &[UNIVERSE, "influxdata/influxdb"];

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

/// Packages loaded at most once per process and shared by every registry using them.
/// Their natives get capabilities from the call context, never from the package, so
/// one loaded package serves every runtime.
#[derive(Debug)]
pub struct Library {
    packages: &'static [PackageSource],
    /// Types summaries of some packages, by import path ([`Library::with_type_summaries`]).
    summaries: &'static [(&'static str, &'static str)],
    loaded: Mutex<Vec<(&'static str, Arc<LoadedPackage>)>>,
    /// The type checker of its packages, made on first use.
    checker: OnceLock<Arc<Checker>>,
}

impl Library {
    /// A library of `packages` (nothing is parsed until a package is imported).
    pub const fn new(packages: &'static [PackageSource]) -> Self {
        Library {
            packages,
            summaries: &[],
            loaded: Mutex::new(Vec::new()),
            checker: OnceLock::new(),
        }
    }

    /// The library with the types of some packages (`(import path, summary)`) read
    /// from a summary instead of checked from their source at each start (see
    /// [`Checker::with_summaries`]; the library's owner keeps them current).
    pub const fn with_type_summaries(mut self, summaries: &'static [(&'static str, &'static str)]) -> Self {
        self.summaries = summaries;
        self
    }

    /// The type checker of the library's packages (shared by every runtime using only
    /// the library): each package is checked once per process.
    pub fn checker(&'static self) -> Arc<Checker> {
        self.checker
            .get_or_init(|| {
                let prelude: Vec<&str> = PRELUDE
                    .iter()
                    .copied()
                    .filter(|p| self.get(p).is_some())
                    .collect();
                let checker = Checker::new(
                    move |path| self.get(path).map(|p| Arc::from(&*p.source)),
                    &prelude,
                )
                .with_summaries(move |path| {
                    self.summaries
                        .iter()
                        .find(|(p, _)| *p == path)
                        .map(|(_, summary)| *summary)
                });
                Arc::new(checker)
            })
            .clone()
    }

    /// Its packages.
    pub fn packages(&self) -> &'static [PackageSource] {
        self.packages
    }

    fn get(&self, path: &str) -> Option<&'static PackageSource> {
        self.packages.iter().find(|p| p.path == path)
    }

    fn cached(&self, path: &str) -> Option<Arc<LoadedPackage>> {
        let loaded = self.loaded.lock().ok()?;
        loaded
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, pkg)| pkg.clone())
    }

    /// Keep `pkg` unless another thread loaded the same package first; the kept one.
    fn insert(&self, path: &'static str, pkg: Arc<LoadedPackage>) -> Arc<LoadedPackage> {
        let Ok(mut loaded) = self.loaded.lock() else {
            return pkg;
        };
        if let Some((_, first)) = loaded.iter().find(|(p, _)| *p == path) {
            return first.clone();
        }
        loaded.push((path, pkg.clone()));
        pkg
    }
}

/// The packages one runtime can import: a shared [`Library`] and the host's own.
#[derive(Debug, Default)]
pub struct Registry {
    library: Option<&'static Library>,
    packages: HashMap<String, PackageSource>,
    loaded: Mutex<HashMap<String, Arc<LoadedPackage>>>,
    /// The type checker of its packages, made on first use.
    checker: OnceLock<Arc<Checker>>,
}

impl Registry {
    /// A registry of the host's `packages` only (a later package with the same path
    /// replaces an earlier one).
    pub fn new(packages: impl IntoIterator<Item = PackageSource>) -> Self {
        Registry {
            library: None,
            packages: packages.into_iter().map(|p| (p.path.to_string(), p)).collect(),
            loaded: Mutex::new(HashMap::new()),
            checker: OnceLock::new(),
        }
    }

    /// The type checker reading this registry's package sources (a host package before
    /// a library one of the same path), with its prelude. A registry with only a library
    /// shares the library's checker, so the library's types are checked once per process.
    pub fn checker(&self) -> Arc<Checker> {
        self.checker
            .get_or_init(|| match self.library {
                Some(library) if self.is_library_only() => library.checker(),
                library => {
                    let own: HashMap<String, Arc<str>> = self
                        .packages
                        .iter()
                        .map(|(path, p)| (path.clone(), Arc::from(&*p.source)))
                        .collect();
                    let read = move |path: &str| match own.get(path) {
                        Some(source) => Some(source.clone()),
                        None => library.and_then(|l| l.get(path)).map(|p| Arc::from(&*p.source)),
                    };
                    Arc::new(Checker::new(read, &self.prelude_paths()))
                }
            })
            .clone()
    }

    /// A registry of `library` plus the host's `packages`, which take precedence.
    pub fn with_library(
        library: &'static Library,
        packages: impl IntoIterator<Item = PackageSource>,
    ) -> Self {
        Registry {
            library: Some(library),
            ..Registry::new(packages)
        }
    }

    /// The import paths available, sorted.
    pub fn paths(&self) -> Vec<Arc<str>> {
        let library = self.library.map(Library::packages).unwrap_or_default();
        let mut paths: Vec<Arc<str>> = self
            .packages
            .keys()
            .map(|p| Arc::from(p.as_str()))
            .chain(library.iter().map(|p| Arc::from(&*p.path)))
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }

    /// The Flux source of the package at `path` (a host package before a library one
    /// of the same path), for a type checker to read its declarations.
    pub fn source(&self, path: &str) -> Option<&str> {
        match self.packages.get(path) {
            Some(pkg) => Some(&pkg.source),
            None => self.library.and_then(|l| l.get(path)).map(|p| &*p.source),
        }
    }

    /// True when the registry has no packages of the host's own (only its library's).
    pub fn is_library_only(&self) -> bool {
        self.packages.is_empty()
    }

    /// The prelude packages ([`PRELUDE`]) this registry has, in order.
    pub fn prelude_paths(&self) -> Vec<&'static str> {
        PRELUDE.iter().copied().filter(|p| self.has(p)).collect()
    }

    fn cached(&self, path: &str) -> Option<Arc<LoadedPackage>> {
        self.loaded.lock().ok().and_then(|m| m.get(path).cloned())
    }

    fn has(&self, path: &str) -> bool {
        self.packages.contains_key(path) || self.library.and_then(|l| l.get(path)).is_some()
    }

    /// The registered prelude packages ([`PRELUDE`]) that come before `upto` (all of
    /// them when `upto` is not one), loaded.
    pub(crate) fn prelude_packages(&self, ev: &mut Evaluator, upto: &str) -> Result<Vec<Arc<LoadedPackage>>> {
        let mut loaded = Vec::new();
        for path in PRELUDE.iter().take_while(|p| **p != upto) {
            if self.has(path) {
                loaded.push(ev.import(path, Span::default())?);
            }
        }
        Ok(loaded)
    }
}

impl Evaluator {
    /// Load the package at `path` (a library package once per process, a host package
    /// once per registry); `span` is the import's, for errors.
    pub fn import(&mut self, path: &str, span: Span) -> Result<Arc<LoadedPackage>> {
        let registry = self.registry.clone();
        if let Some(pkg) = registry.cached(path) {
            return Ok(pkg);
        }
        if let Some(source) = registry.packages.get(path) {
            let pkg = self.load_guarded(source, span)?;
            if let Ok(mut loaded) = registry.loaded.lock() {
                loaded.insert(path.to_string(), pkg.clone());
            }
            return Ok(pkg);
        }
        let Some((library, source)) = registry.library.and_then(|l| Some((l, l.get(path)?))) else {
            return Err(RuntimeError::new(
                ErrorKind::Name,
                span,
                format!("invalid import path {path}"),
            ));
        };
        if let Some(pkg) = library.cached(path) {
            return Ok(pkg);
        }
        let pkg = if self.library_loader {
            self.load_guarded(source, span)?
        } else {
            // Library packages load the same for every runtime: no host data,
            // default limits, no interrupt; they see only the library.
            let mut loader = Evaluator::new(Arc::new(Registry::with_library(library, [])));
            loader.library_loader = true;
            loader.loading = self.loading.clone();
            loader.load_guarded(source, span)?
        };
        let path = match &source.path {
            std::borrow::Cow::Borrowed(p) => *p,
            std::borrow::Cow::Owned(_) => return Ok(pkg),
        };
        Ok(library.insert(path, pkg))
    }

    /// The package at `path` loaded again (not cached) under the options the script set,
    /// when the package declares one of them as its own `option`; `None` when it
    /// declares none of them (or there is no such package: the import reports that).
    pub(crate) fn reload_with_options(
        &mut self,
        path: &str,
        span: Span,
    ) -> Result<Option<Arc<LoadedPackage>>> {
        let registry = self.registry.clone();
        let source = match registry.packages.get(path) {
            Some(source) => source,
            None => match registry.library.and_then(|l| l.get(path)) {
                Some(source) => source,
                None => return Ok(None),
            },
        };
        let prefix = format!("{path}.");
        let declared = flux_syntax::parse_package(&source.source)
            .file
            .body
            .iter()
            .any(|s| match &s.kind {
                StatementKind::Option(o) => {
                    o.package.is_none()
                        && self
                            .options
                            .keys()
                            .any(|k| k.strip_prefix(&*prefix) == Some(&*o.id.name))
                }
                _ => false,
            });
        if !declared {
            return Ok(None);
        }
        self.load_guarded(source, span).map(Some)
    }

    /// Load `source`, refusing import cycles; errors are reported at the import.
    fn load_guarded(&mut self, source: &PackageSource, span: Span) -> Result<Arc<LoadedPackage>> {
        let path = &*source.path;
        if self.loading.iter().any(|p| &**p == path) {
            return Err(RuntimeError::new(
                ErrorKind::Name,
                span,
                format!("import cycle involving package {path:?}"),
            ));
        }
        self.loading.push(path.into());
        let result = self.load(source);
        self.loading.pop();
        // Reported at the import, in the importing source.
        let pkg = result.map_err(|mut e| {
            e.clear_source();
            RuntimeError {
                span,
                message: format!("in package {path:?}: {}", e.message),
                ..e
            }
        })?;
        Ok(Arc::new(pkg))
    }

    fn load(&mut self, pkg: &PackageSource) -> Result<LoadedPackage> {
        let parsed = flux_syntax::parse_package(&pkg.source);
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
        let scope = self.prelude_upto(&pkg.path)?;
        let types = PackageFunctionTypes::new(self.registry.checker(), &pkg.path);
        let source = Arc::new(Source {
            name: Arc::from(&*pkg.path),
            text: Arc::from(&*pkg.source),
            types: Some(Arc::new(types)),
        });
        let saved = std::mem::replace(&mut self.source, source.clone());
        let top = self.eval_top_level(&parsed.file, scope, Mode::Script, Some(pkg), &mut |_| {});
        self.source = saved;
        let top = top.map_err(|e| e.in_source(&source))?;
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
    for native in pkg.natives.iter() {
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
