//! Check the benchmark query many times (for profilers): `profile_query [N]`.

use std::sync::Arc;

use flux_semantic::Checker;

const UNIVERSE: &str = include_str!("../testdata/universe.flux");
const QUERY: &str = include_str!("../../../testdata/bench/query.flux");

fn main() -> Result<(), String> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let checker = Checker::new(|p| (p == "universe").then(|| Arc::from(UNIVERSE)), &["universe"]);
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
