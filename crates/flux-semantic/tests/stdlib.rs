//! The packages of this repository's stdlib/ check, and (ignored by default) the Go
//! Flux stdlib corpus: `FLUX_STDLIB=/path/to/flux/stdlib cargo test -p flux-semantic
//! --test stdlib -- --ignored` (the corpus is never committed here).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use flux_semantic::Checker;

fn package_source(root: &Path, path: &str) -> Option<Arc<str>> {
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(root.join(path)).ok()? {
        let p = entry.ok()?.path();
        let name = p.file_name()?.to_string_lossy().to_string();
        if name.ends_with(".flux") && !name.ends_with("_test.flux") {
            sources.push(std::fs::read_to_string(&p).ok()?);
        }
    }
    (!sources.is_empty()).then(|| sources.join("\n").into())
}

fn flux_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            flux_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "flux") {
            out.push(path);
        }
    }
}

#[test]
fn this_repository_stdlib_packages_check() -> Result<(), String> {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../stdlib"));
    let loader_root = root.clone();
    let checker = Checker::new(move |p| package_source(&loader_root, p), &["universe"]);
    checker.prelude().map_err(|e| e.message)?;
    let mut files = Vec::new();
    flux_files(&root, &mut files);
    assert!(!files.is_empty());
    for file in files {
        let rel = file
            .strip_prefix(&root)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
        checker.package(dir)?;
    }
    Ok(())
}

#[test]
#[ignore = "needs FLUX_STDLIB pointing at a snapshot of influxdata/flux's stdlib/"]
fn go_flux_stdlib_corpus() -> Result<(), String> {
    let root = PathBuf::from(std::env::var("FLUX_STDLIB").map_err(|_| "set FLUX_STDLIB".to_string())?);
    let loader_root = root.clone();
    let checker = Checker::new(
        move |p| package_source(&loader_root, p),
        &flux_semantic::FLUX_PRELUDE,
    );
    let prelude = checker.prelude().map_err(|e| e.message)?;
    let mut files = Vec::new();
    flux_files(&root, &mut files);
    let mut rejected = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(&root)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let ok = if rel.ends_with("_test.flux") {
            let src = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
            checker.check_source(&src, &prelude).is_ok()
        } else {
            checker
                .package(rel.rsplit_once('/').map_or("", |(d, _)| d))
                .is_ok()
        };
        if !ok {
            rejected.push(rel);
        }
    }
    rejected.sort();
    // libflux rejects these two: one uses a label literal (a feature flag), the other `super`.
    let expected = ["testing/extend_test.flux", "universe/string_test.flux"];
    assert_eq!(
        rejected,
        expected,
        "accepted {} of {}",
        files.len() - rejected.len(),
        files.len()
    );
    Ok(())
}
