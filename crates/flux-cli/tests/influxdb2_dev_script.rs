//! scripts/influxdb2-dev.sh: starts an onboarded InfluxDB 2, prints the three `INFLUX_*=` lines a
//! shell can `eval`, serves the `flux` command configured from them, and removes its data when
//! stopped. Needs the binary of scripts/build-influxd2.sh (checked first, with that hint).

mod common;
mod support;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The running script; sent SIGTERM (as `kill` does, so its clean-up runs) when dropped.
struct Script(Child);

impl Script {
    fn terminate(&mut self) {
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let _ = self.0.wait();
    }
}

impl Drop for Script {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            self.terminate();
        }
    }
}

#[test]
fn dev_script_prints_its_settings_and_cleans_up() {
    support::reference::influxd2();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/influxdb2-dev.sh");
    let mut server = Script(
        Command::new("bash")
            .arg(&script)
            .arg(port.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start scripts/influxdb2-dev.sh"),
    );
    let stdout = server.0.stdout.take().expect("stdout");
    let settings: Vec<String> = BufReader::new(stdout)
        .lines()
        .take(3)
        .map(|l| l.expect("a line"))
        .collect();
    assert_eq!(
        settings,
        [
            format!("INFLUX_HOST=http://127.0.0.1:{port}"),
            "INFLUX_ORG=flux-rs".to_string(),
            "INFLUX_TOKEN=flux-rs-dev-token".to_string(),
        ]
    );

    // The flux command, configured from those lines as a shell would after `eval`.
    let mut flux = common::flux();
    for line in &settings {
        let (name, value) = line.split_once('=').expect("NAME=value");
        flux.env(name, value);
    }
    let code = r#"import "experimental/influxdb"
import "experimental/json"
json.parse(data: influxdb.api(method: "get", path: "/api/v2/buckets", query: ["name": "flux-rs"]).body).buckets[0].name"#;
    let out = flux.args(["-e", code]).output().expect("run flux");
    assert_eq!(
        common::stdout(&out),
        "flux-rs\n",
        "stderr: {}",
        common::stderr(&out)
    );

    // SIGTERM, as `kill` sends: the script stops the server and removes its data.
    server.terminate();
    let mut log = String::new();
    server
        .0
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut log)
        .expect("read stderr");
    let dir = log
        .split("(data in ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no data directory in: {log}"));
    assert!(!Path::new(dir).exists(), "{dir} was not removed");
}
