//! End-to-end: Flux scripts in testdata/influxdb/ run through the `flux` binary
//! against a real InfluxDB 1.x that this test starts on a free loopback port.

mod support;

use std::process::Command;

use support::influxdb::InfluxDb;

#[test]
fn scripts_against_a_real_influxdb() {
    let server = InfluxDb::start();
    insta::glob!("../../../testdata/influxdb", "*.flux", |path| {
        let out = Command::new(env!("CARGO_BIN_EXE_flux"))
            .args(["--host", &server.url, "--token", "not-checked-by-influxdb-1"])
            .arg(path)
            // Nothing from this machine's influx CLI setup may leak in.
            .env_remove("INFLUX_HOST")
            .env_remove("INFLUX_TOKEN")
            .env_remove("INFLUX_ORG")
            .env_remove("INFLUX_ACTIVE_CONFIG")
            .env("INFLUX_CONFIGS_PATH", "/nonexistent/influx-configs")
            .output()
            .expect("run flux");
        let text = format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).replace(&server.url, "http://INFLUXDB"),
            String::from_utf8_lossy(&out.stderr).replace(&server.url, "http://INFLUXDB"),
        );
        insta::assert_snapshot!(text);
    });
}
