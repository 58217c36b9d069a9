//! `flux check FILE...`: parse and type-check without running anything. Exit 0 when
//! every file checks, else 1 with every error of every file. `--types` prints each
//! top-level binding's type; `--stdlib DIR` takes package sources from a directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use flux::diagnostic::{self, Diagnostic};
use flux::semantic::{Checker, Env, FLUX_PRELUDE};

use crate::cli::CheckArgs;

/// Exit status when a file cannot be read.
const UNREADABLE: u8 = 2;

/// What checking one file gave: its bindings' types, or the rendered errors.
type Outcome = Result<Vec<(Arc<str>, String)>, String>;

/// Check every file; print errors (and the bindings' types with `--types`).
pub fn run(args: &CheckArgs, runtime: &flux::Runtime, color: bool) -> ExitCode {
    let library = match &args.stdlib {
        Some(dir) => match Library::new(dir) {
            Ok(library) => Some(library),
            Err(message) => {
                eprintln!("flux: {message}");
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = 0usize;
    for path in &args.files {
        let name = path.display().to_string();
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("flux: cannot read {name}: {e}");
                return ExitCode::from(UNREADABLE);
            }
        };
        let outcome: Outcome = match flux_syntax::source_text(&bytes) {
            Err(bad) => Err(Diagnostic::from(&bad.error).render(&bad.text, &name, color)),
            Ok(source) => match &library {
                Some(library) => library.check(path, source, color),
                None => runtime
                    .check(source)
                    .map(|types| types.bindings())
                    .map_err(|e| e.render(&name, color)),
            },
        };
        match outcome {
            Ok(bindings) => {
                if args.types {
                    if args.files.len() > 1 {
                        let _ = writeln!(out, "// {name}");
                    }
                    for (binding, ty) in bindings {
                        let _ = writeln!(out, "{binding}: {ty}");
                    }
                }
            }
            Err(rendered) => {
                failed += 1;
                eprint!("{rendered}");
            }
        }
    }
    let _ = out.flush();
    if args.files.len() > 1 {
        let total = args.files.len();
        eprintln!(
            "flux check: {total} files, {} without errors, {failed} with errors",
            total - failed
        );
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Package sources read from a directory (`DIR/strings/*.flux` is package `strings`),
/// with Go Flux's prelude.
struct Library {
    root: PathBuf,
    checker: Checker,
    prelude: Env,
}

impl Library {
    fn new(dir: &Path) -> Result<Library, String> {
        let root = dir
            .canonicalize()
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let loader_root = root.clone();
        let prelude: Vec<&str> = FLUX_PRELUDE
            .iter()
            .copied()
            .filter(|p| root.join(p).is_dir())
            .collect();
        let checker = Checker::new(move |path| package_source(&loader_root, path), &prelude);
        let prelude = checker
            .prelude()
            .map_err(|e| format!("the prelude of {} does not check: {e}", dir.display()))?;
        Ok(Library {
            root,
            checker,
            prelude,
        })
    }

    /// A package file under the root is checked as its package (all its files); any
    /// other file on its own, in the prelude.
    fn check(&self, path: &Path, source: &str, color: bool) -> Outcome {
        let name = path.display().to_string();
        if let Some(package) = self.package_of(path) {
            return match self.checker.package(&package) {
                Ok(types) => Ok(types
                    .members
                    .iter()
                    .map(|(n, t)| (n.clone(), t.to_string()))
                    .collect()),
                Err(message) => Err(format!("{name}: error: {message}\n")),
            };
        }
        self.checker
            .check_source(source, &self.prelude)
            .map(|types| types.bindings())
            .map_err(|errors| {
                let diagnostics: Vec<Diagnostic> = errors.iter().map(Diagnostic::from).collect();
                diagnostic::render(&diagnostics, source, &name, color)
            })
    }

    /// The import path of a package file under the root (`None` for test files and
    /// files elsewhere).
    fn package_of(&self, path: &Path) -> Option<String> {
        let name = path.file_name()?.to_string_lossy();
        if !name.ends_with(".flux") || name.ends_with("_test.flux") {
            return None;
        }
        let full = path.canonicalize().ok()?;
        let dir = full.parent()?.strip_prefix(&self.root).ok()?;
        let package = dir.to_string_lossy().replace('\\', "/");
        (!package.is_empty()).then_some(package)
    }
}

/// The `.flux` files of `root/path` that are not tests, joined (`None`: no such package).
fn package_source(root: &Path, path: &str) -> Option<Arc<str>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(path))
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            name.ends_with(".flux") && !name.ends_with("_test.flux")
        })
        .collect();
    files.sort();
    let sources: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    (!sources.is_empty()).then(|| sources.join("\n").into())
}
