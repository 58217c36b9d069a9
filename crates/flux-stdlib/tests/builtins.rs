//! The STDLIB table: every `builtin` in a package's .flux source has a native, and
//! every native a `builtin`; every source parses, its package clause matches its
//! import path, and paths are unique with the universe first.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use flux_stdlib::STDLIB;
use flux_syntax::ast::StatementKind;

#[test]
fn every_builtin_has_a_native_and_every_native_a_builtin() {
    for package in STDLIB {
        let parsed = flux_syntax::parse(&package.source);
        assert!(parsed.errors.is_empty(), "{}: {:?}", package.path, parsed.errors);
        let declared: BTreeSet<String> = parsed
            .file
            .body
            .iter()
            .filter_map(|statement| match &statement.kind {
                StatementKind::Builtin(builtin) => Some(builtin.id.name.to_string()),
                _ => None,
            })
            .collect();
        let natives: BTreeSet<String> = package.natives.iter().map(|n| n.name().to_string()).collect();
        assert_eq!(declared, natives, "package {}", package.path);
        assert_eq!(natives.len(), package.natives.len(), "no native twice in {}", package.path);
        let clause = parsed.file.package.as_ref().map(|p| p.name.name.to_string());
        let last = package.path.rsplit('/').next().unwrap_or_default();
        assert_eq!(
            clause.as_deref(),
            Some(last),
            "package clause of {}",
            package.path
        );
    }
}

#[test]
fn package_paths_are_unique_and_the_universe_comes_first() {
    let paths: BTreeSet<&str> = STDLIB.iter().map(|p| &*p.path).collect();
    assert_eq!(paths.len(), STDLIB.len());
    assert_eq!(STDLIB.first().map(|p| &*p.path), Some("universe"));
}
