//! The prelude's types summaries (`stdlib/**/*.types`, read at start-up instead of
//! checking the prelude's Flux code each time) say what checking the sources gives.
//!
//! `UPDATE_PRELUDE_TYPES=1 cargo test -p flux-stdlib --test prelude_types` rewrites them.

use std::path::PathBuf;
use std::sync::Arc;

use flux_eval::registry::PRELUDE;
use flux_semantic::Checker;
use flux_stdlib::{PRELUDE_TYPES, STDLIB};

fn source(path: &str) -> Option<Arc<str>> {
    STDLIB
        .iter()
        .find(|p| p.path == path)
        .map(|p| Arc::from(&*p.source))
}

fn summary_file(path: &str) -> PathBuf {
    let last = path.rsplit('/').next().unwrap_or(path);
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../stdlib")
        .join(path)
        .join(format!("{last}.types"))
}

#[test]
fn every_prelude_package_has_a_summary() {
    let summarized: Vec<&str> = PRELUDE_TYPES.iter().map(|(path, _)| *path).collect();
    assert_eq!(summarized, PRELUDE);
}

#[test]
fn the_summaries_say_what_checking_the_sources_gives() -> Result<(), String> {
    let checked = Checker::new(source, PRELUDE);
    checked.prelude().map_err(|e| e.message)?;
    if std::env::var_os("UPDATE_PRELUDE_TYPES").is_some() {
        for (path, _) in PRELUDE_TYPES {
            let fresh = checked.package(path)?.summary();
            std::fs::write(summary_file(path), fresh).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let read = Checker::new(source, PRELUDE)
        .with_summaries(|path| PRELUDE_TYPES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s));
    // The prelude reads each member on first lookup.
    let want = checked.prelude().map_err(|e| e.message)?;
    let got = read.prelude().map_err(|e| e.message)?;
    for name in want.names() {
        assert_eq!(got.type_of(&name), want.type_of(&name), "{name} in the prelude");
    }
    for (path, summary) in PRELUDE_TYPES {
        let fresh = checked.package(path)?.summary();
        assert!(
            *summary == fresh,
            "the types summary of {path} is stale; regenerate it with \
             `UPDATE_PRELUDE_TYPES=1 cargo test -p flux-stdlib --test prelude_types`"
        );
        let (want, got) = (checked.package(path)?, read.package(path)?);
        assert_eq!(want.name, got.name);
        let show = |p: &flux_semantic::PackageTypes| -> Vec<String> {
            p.members.iter().map(|(n, t)| format!("{n} : {t}")).collect()
        };
        assert_eq!(show(&want), show(&got), "{path}: read back from its summary");
    }
    Ok(())
}
