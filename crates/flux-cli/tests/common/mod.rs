//! Helpers shared by the end-to-end tests: the binary with a clean environment.
#![allow(dead_code, clippy::unwrap_used)]

use std::process::{Command, Output};

/// The `flux` binary with no InfluxDB, secret or colour settings inherited, and
/// HOME pointing at an empty directory (no influx CLI config, no history).
pub fn flux() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_flux"));
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("INFLUX_") || name.starts_with("FLUX_") {
            cmd.env_remove(name.as_ref());
        }
    }
    cmd.env("HOME", empty_home()).env("NO_COLOR", "1");
    cmd
}

/// An empty directory used as HOME (shared by all tests, never written).
pub fn empty_home() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join("flux-cli-tests-empty-home");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
