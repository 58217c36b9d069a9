//! Start a real InfluxDB 2 (`influxd` built by scripts/build-influxd2.sh) for a test: a free
//! loopback port and a temporary directory, onboarded through `POST /api/v2/setup` with a known
//! org, bucket and token; stopped and removed on drop.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::reference;

pub const ORG: &str = "flux-rs";
pub const BUCKET: &str = "flux-rs";
pub const TOKEN: &str = "flux-rs-test-token";
const USER: &str = "flux-rs";
const PASSWORD: &str = "flux-rs-test-password";

/// A running, onboarded InfluxDB 2, killed when dropped.
pub struct InfluxDb2 {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// The id of the org [`ORG`].
    pub org_id: String,
    /// The id of the bucket [`BUCKET`].
    pub bucket_id: String,
    dir: tempfile::TempDir,
}

impl InfluxDb2 {
    /// Start `influxd`, wait until `GET /health` answers 200, then onboard it.
    pub fn start() -> InfluxDb2 {
        let influxd = reference::influxd2();
        // A few attempts, in case another process takes the port between probe and bind.
        for _ in 0..5 {
            let dir = tempfile::tempdir().expect("temporary directory");
            let port = free_port();
            let log = std::fs::File::create(dir.path().join("influxd.log")).expect("log file");
            let child = Command::new(&influxd)
                .arg("run")
                .arg("--bolt-path")
                .arg(dir.path().join("influxd.bolt"))
                .arg("--sqlite-path")
                .arg(dir.path().join("influxd.sqlite"))
                .arg("--engine-path")
                .arg(dir.path().join("engine"))
                .args(["--http-bind-address", &format!("127.0.0.1:{port}")])
                .args(["--reporting-disabled", "--log-level", "warn"])
                // Never a config file from the working directory.
                .env("INFLUXD_CONFIG_PATH", dir.path())
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("start influxd");
            let mut db = InfluxDb2 {
                child,
                url: format!("http://127.0.0.1:{port}"),
                org_id: String::new(),
                bucket_id: String::new(),
                dir,
            };
            if db.wait_ready(Duration::from_secs(60)) {
                db.onboard();
                return db;
            }
        }
        panic!("influxd (InfluxDB 2) did not become ready");
    }

    fn wait_ready(&mut self, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(_)) = self.child.try_wait() {
                let log = std::fs::read_to_string(self.dir.path().join("influxd.log")).unwrap_or_default();
                eprintln!("influxd exited early; its log:\n{log}");
                return false;
            }
            if matches!(request(&self.url, "GET", "/health", "", ""), Some((200, _))) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    fn onboard(&mut self) {
        let body = serde_json::json!({
            "username": USER, "password": PASSWORD, "org": ORG, "bucket": BUCKET, "token": TOKEN,
        })
        .to_string();
        let (status, answer) = request(
            &self.url,
            "POST",
            "/api/v2/setup",
            "Content-Type: application/json\r\n",
            &body,
        )
        .expect("POST /api/v2/setup");
        assert_eq!(status, 201, "POST /api/v2/setup answered {status}: {answer}");
        let answer: serde_json::Value = serde_json::from_str(&answer).expect("setup answer is JSON");
        self.org_id = answer["org"]["id"].as_str().expect("org id").to_string();
        self.bucket_id = answer["bucket"]["id"].as_str().expect("bucket id").to_string();
    }
}

impl InfluxDb2 {
    /// Write line protocol (nanosecond times) to bucket [`BUCKET`]; panics unless 204.
    pub fn write(&self, lines: &str) {
        let path = format!("/api/v2/write?org={ORG}&bucket={BUCKET}&precision=ns");
        let auth = format!("Authorization: Token {TOKEN}\r\n");
        let (status, answer) = request(&self.url, "POST", &path, &auth, lines).expect("POST /api/v2/write");
        assert_eq!(status, 204, "POST /api/v2/write answered {status}: {answer}");
    }

    /// Run `flux` on the server alone (POST /api/v2/query): its annotated CSV answer.
    pub fn query(&self, flux: &str) -> String {
        let body = serde_json::json!({
            "query": flux,
            "dialect": {"header": true, "annotations": ["group", "datatype", "default"]},
        })
        .to_string();
        let path = format!("/api/v2/query?org={ORG}");
        let headers = format!("Authorization: Token {TOKEN}\r\nContent-Type: application/json\r\n");
        let (status, answer) =
            request(&self.url, "POST", &path, &headers, &body).expect("POST /api/v2/query");
        assert_eq!(status, 200, "POST /api/v2/query answered {status}: {answer}");
        answer
    }
}

impl Drop for InfluxDb2 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// A bare HTTP/1.0 exchange (the server closes the connection, no chunking): status and body,
/// or None when nothing answers yet. `headers` are whole `Name: value\r\n` lines.
fn request(url: &str, method: &str, path: &str, headers: &str, body: &str) -> Option<(u16, String)> {
    let addr = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    write!(
        stream,
        "{method} {path} HTTP/1.0\r\nHost: {addr}\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    let status = answer.get(9..12)?.parse().ok()?;
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default();
    Some((status, body))
}
