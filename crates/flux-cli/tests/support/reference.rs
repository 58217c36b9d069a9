//! Where the reference programs built from the Go module proxy live: `influxd` of InfluxDB 2
//! (scripts/build-influxd2.sh) and the Go `flux` command (scripts/build-flux-go.sh).
//!
//! Each is `${FLUX_RS_CACHE:-$HOME/.cache/flux-rs}/bin/<name>-<version>`, the versions read from
//! scripts/reference-versions.env; `FLUX_RS_INFLUXD2` / `FLUX_RS_FLUX_GO` name another binary.
//! A missing binary fails the test with the command that builds it: such tests never pass silently.

use std::path::PathBuf;

const VERSIONS: &str = include_str!("../../../../scripts/reference-versions.env");

/// The value of `KEY=value` in scripts/reference-versions.env.
fn version(key: &str) -> String {
    VERSIONS
        .lines()
        .filter_map(|line| line.split_once('='))
        .find(|(name, _)| name.trim() == key)
        .map(|(_, value)| value.trim().to_string())
        .unwrap_or_else(|| panic!("scripts/reference-versions.env has no {key}"))
}

fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("FLUX_RS_CACHE") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").unwrap_or_else(|| "/root".into());
    PathBuf::from(home).join(".cache/flux-rs")
}

fn binary(override_var: &str, name: &str, version_key: &str, script: &str) -> PathBuf {
    let path = match std::env::var_os(override_var) {
        Some(path) => PathBuf::from(path),
        None => cache_dir()
            .join("bin")
            .join(format!("{name}-{}", version(version_key))),
    };
    assert!(
        path.is_file(),
        "{} is missing: run {script} to build it (scripts/test.sh and .ci/run do that first)",
        path.display()
    );
    path
}

/// `influxd` of InfluxDB 2.7.
pub fn influxd2() -> PathBuf {
    binary(
        "FLUX_RS_INFLUXD2",
        "influxd",
        "INFLUXDB2_VERSION",
        "scripts/build-influxd2.sh",
    )
}

/// The Go `flux` command, the reference implementation.
pub fn flux_go() -> PathBuf {
    binary(
        "FLUX_RS_FLUX_GO",
        "flux-go",
        "FLUX_GO_VERSION",
        "scripts/build-flux-go.sh",
    )
}
