//! Check the benchmark query many times (for profilers): `profile_query [N [STDLIB]]`;
//! with STDLIB (a Go Flux stdlib/ directory) the query is checked in Go's prelude.

use std::sync::Arc;

use flux_semantic::Checker;

const UNIVERSE: &str = include_str!("../testdata/universe.flux");
const QUERY: &str = include_str!("../../../testdata/bench/query.flux");

fn main() -> Result<(), String> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let checker = match std::env::args().nth(2) {
        Some(dir) => {
            let root = std::path::PathBuf::from(dir);
            Checker::new(move |p| go_package(&root, p), &flux_semantic::FLUX_PRELUDE)
        }
        None => Checker::new(|p| (p == "universe").then(|| Arc::from(UNIVERSE)), &["universe"]),
    };
    let env = checker.prelude().map_err(|e| e.message)?;
    let parsed = flux_syntax::parse(QUERY);
    let start = std::time::Instant::now();
    let mut ok = 0;
    for _ in 0..n {
        ok += usize::from(checker.check_file(&parsed.file, &env).is_ok());
    }
    println!(
        "{ok} checks, {:.2?} each",
        start.elapsed() / u32::try_from(n).unwrap_or(1)
    );
    Ok(())
}

fn go_package(root: &std::path::Path, path: &str) -> Option<Arc<str>> {
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
