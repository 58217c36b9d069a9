//! Checking speed: a 240-byte query after the prelude is loaded, and (with
//! FLUX_STDLIB set to a snapshot of influxdata/flux's stdlib/) the whole corpus.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use flux_semantic::Checker;

const UNIVERSE: &str = include_str!("../testdata/universe.flux");
const QUERY: &str = include_str!("../../../testdata/bench/query.flux");

fn query(c: &mut Criterion) {
    let checker = Checker::new(|p| (p == "universe").then(|| Arc::from(UNIVERSE)), &["universe"]);
    let Ok(env) = checker.prelude() else { return };
    let parsed = flux_syntax::parse(QUERY);
    assert!(checker.check_file(&parsed.file, &env).is_ok());
    c.bench_function("check query (parsed)", |b| {
        b.iter(|| checker.check_file(&parsed.file, &env).is_ok())
    });
    c.bench_function("check query (parse + check)", |b| {
        b.iter(|| checker.check_source(QUERY, &env).is_ok())
    });
    c.bench_function("load test prelude", |b| {
        b.iter(|| {
            let checker = Checker::new(|p| (p == "universe").then(|| Arc::from(UNIVERSE)), &["universe"]);
            checker.prelude().is_ok()
        })
    });
}

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

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "flux") {
            out.push(path);
        }
    }
}

/// The whole Go stdlib corpus from source text in memory: every package parsed and
/// checked once, every test file parsed and checked against the prelude.
fn corpus(c: &mut Criterion) {
    let Ok(root) = std::env::var("FLUX_STDLIB") else {
        eprintln!("FLUX_STDLIB not set: skipping the corpus benchmark");
        return;
    };
    let root = PathBuf::from(root);
    let mut files = Vec::new();
    walk(&root, &mut files);
    let mut packages = std::collections::HashMap::new();
    let mut tests = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        if rel.ends_with("_test.flux") {
            tests.push(std::fs::read_to_string(f).unwrap_or_default());
        } else if let Some((dir, _)) = rel.rsplit_once('/')
            && let Some(src) = package_source(&root, dir)
        {
            packages.insert(dir.to_string(), src);
        }
    }
    let packages = Arc::new(packages);
    let pk = packages.clone();
    let go = Checker::new(move |p| pk.get(p).cloned(), &flux_semantic::FLUX_PRELUDE);
    if let Ok(env) = go.prelude() {
        let parsed = flux_syntax::parse(QUERY);
        assert!(go.check_file(&parsed.file, &env).is_ok());
        c.bench_function("check query (parsed, Go prelude)", |b| {
            b.iter(|| go.check_file(&parsed.file, &env).is_ok())
        });
    }
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    group.bench_function("check 553 files", |b| {
        b.iter(|| {
            let pk = packages.clone();
            let checker = Checker::new(move |p| pk.get(p).cloned(), &flux_semantic::FLUX_PRELUDE);
            let Ok(env) = checker.prelude() else { return 0 };
            let mut ok = 0;
            for dir in packages.keys() {
                ok += usize::from(checker.package(dir).is_ok());
            }
            for t in &tests {
                ok += usize::from(checker.check_source(t, &env).is_ok());
            }
            ok
        })
    });
    group.finish();
}

criterion_group!(benches, query, corpus);
criterion_main!(benches);
