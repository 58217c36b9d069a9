//! End-to-end: Flux scripts run through the `flux` binary against a real InfluxDB 1.x
//! that this test starts on a free loopback port: every testdata/influxdb/*.flux, and
//! the README's examples/influxdb.flux.

mod support;

use std::path::Path;
use std::process::Command;

use support::influxdb::{Auth, InfluxDb};

/// Run `script` with `--host` pointing at `server` (and `args`); exit status, stdout and stderr.
fn run(server: &InfluxDb, script: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_flux"))
        .args(["--host", &server.url, "--token", "not-checked-by-influxdb-1"])
        .args(args)
        .arg(script)
        // Nothing from this machine's influx CLI setup may leak in.
        .env_remove("INFLUX_HOST")
        .env_remove("INFLUX_TOKEN")
        .env_remove("INFLUX_ORG")
        .env_remove("INFLUX_ACTIVE_CONFIG")
        .env("INFLUX_CONFIGS_PATH", "/nonexistent/influx-configs")
        .output()
        .expect("run flux");
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).replace(&server.url, "http://INFLUXDB"),
        String::from_utf8_lossy(&out.stderr).replace(&server.url, "http://INFLUXDB"),
    )
}

#[test]
fn scripts_against_a_real_influxdb() {
    let server = InfluxDb::start();
    insta::glob!("../../../testdata/influxdb", "*.flux", |path| {
        insta::assert_snapshot!(run(&server, path, &[]));
    });
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/influxdb.flux");
    insta::assert_snapshot!("example_influxdb", run(&server, &example, &[]));
}

#[test]
fn credentials_against_an_influxdb_with_auth() {
    let server = InfluxDb::start_with(Auth::Enabled);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/influxdb/auth/credentials.flux");
    let output = run(&server, &script, &["--secret", "INFLUX_PASSWORD=e2e-pa55word"]);
    assert!(!output.contains("e2e-pa55word"), "the password leaked:\n{output}");
    insta::assert_snapshot!(output);
}
