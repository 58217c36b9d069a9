//! Every `builtin` in a package's .flux source has a native, and every native a `builtin`.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use flux_stdlib::Capabilities;

/// Names declared with `builtin NAME :` at the start of a line, and the package clause.
/// (A line scan: the .flux files keep each declaration's head on one line.)
fn declarations(source: &str) -> (Option<String>, BTreeSet<String>) {
    let mut package = None;
    let mut builtins = BTreeSet::new();
    for line in source.lines() {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("package") => package = words.next().map(str::to_string),
            Some("builtin") => {
                if let Some(name) = words.next() {
                    builtins.insert(name.trim_end_matches(':').to_string());
                }
            }
            _ => {}
        }
    }
    (package, builtins)
}

#[test]
fn every_builtin_has_a_native_and_every_native_a_builtin() {
    let packages = flux_stdlib::packages(&Capabilities::default());
    assert_eq!(packages.len(), 5);
    for package in &packages {
        let (clause, declared) = declarations(&package.source);
        let natives: BTreeSet<String> = package.natives.iter().map(|n| n.name.to_string()).collect();
        assert_eq!(declared, natives, "package {}", package.path);
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
