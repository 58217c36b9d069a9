//! Every `builtin` in a package's .flux source has a native, and every native a
//! `builtin`; every source parses and its package clause matches its import path.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use flux_stdlib::Capabilities;
use flux_syntax::ast::StatementKind;

#[test]
fn every_builtin_has_a_native_and_every_native_a_builtin() {
    let packages = flux_stdlib::packages(&Capabilities::default());
    assert_eq!(packages.len(), 5);
    for package in &packages {
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
fn package_paths_are_unique() {
    let packages = flux_stdlib::packages(&Capabilities::default());
    let paths: BTreeSet<&str> = packages.iter().map(|p| &*p.path).collect();
    assert_eq!(
        paths.into_iter().collect::<Vec<_>>(),
        [
            "dict",
            "experimental/influxdb",
            "experimental/json",
            "influxdata/influxdb/secrets",
            "json"
        ]
    );
}
