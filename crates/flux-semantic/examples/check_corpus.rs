//! Type-check every `.flux` file under a Flux `stdlib/` directory (a snapshot of
//! influxdata/flux, never committed here), with that directory as the package source.
//!
//! `cargo run --release -p flux-semantic --example check_corpus -- /path/to/flux/stdlib [-v]`
//!
//! Prints each rejected file with its first error, then `accepted N of M` and the time.
//! With `--types PKG` instead of `-v`, prints the type of each member of package PKG.
//! A package file (not `_test.flux`) is accepted when its package checks; a test file
//! when it checks with the prelude in scope.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use flux_semantic::{Checker, FLUX_PRELUDE};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().ok_or("usage: check_corpus STDLIB_DIR [-v]")?);
    let flag = args.next();
    let verbose = flag.as_deref() == Some("-v");
    let types_of = if flag.as_deref() == Some("--types") {
        args.next()
    } else {
        None
    };
    let mut files = Vec::new();
    walk(&root, &mut files)?;
    files.sort();

    let start = Instant::now();
    let loader_root = root.clone();
    let checker = Checker::new(move |path| package_source(&loader_root, path), &FLUX_PRELUDE);
    let prelude = checker.prelude().map_err(|e| e.message)?;
    if let Some(path) = types_of {
        let pkg = checker.package(&path)?;
        for (name, ty) in &pkg.members {
            println!("{name}: {ty}");
        }
        return Ok(());
    }
    let mut accepted = 0;
    for file in &files {
        let rel = file.strip_prefix(&root)?.to_string_lossy().replace('\\', "/");
        let result = if rel.ends_with("_test.flux") {
            let source = std::fs::read_to_string(file)?;
            checker
                .check_source(&source, &prelude)
                .map(|_| ())
                .map_err(|errors| {
                    let e = &errors[0];
                    let at = flux_syntax::LineIndex::new(&source).location(e.span);
                    format!("@{at}: {} ({} errors)", e.message, errors.len())
                })
        } else {
            let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
            checker.package(dir).map(|_| ())
        };
        match result {
            Ok(()) => {
                accepted += 1;
                if verbose {
                    println!("ok       {rel}");
                }
            }
            Err(e) => println!("rejected {rel}: {e}"),
        }
    }
    println!(
        "accepted {accepted} of {} in {:.3?}",
        files.len(),
        start.elapsed()
    );
    Ok(())
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "flux") {
            out.push(path);
        }
    }
    Ok(())
}

/// The package at `path`: the non-test `.flux` files of that directory, joined.
fn package_source(root: &Path, path: &str) -> Option<Arc<str>> {
    let dir = root.join(path);
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let p = entry.ok()?.path();
        let name = p.file_name()?.to_string_lossy().to_string();
        if name.ends_with(".flux") && !name.ends_with("_test.flux") {
            sources.push(std::fs::read_to_string(&p).ok()?);
        }
    }
    if sources.is_empty() {
        return None;
    }
    Some(sources.join("\n").into())
}
