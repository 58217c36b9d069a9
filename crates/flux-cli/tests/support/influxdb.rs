//! Start a real InfluxDB 1.x (`influxd`, Debian package `influxdb`) for a test:
//! a free loopback port, a temporary directory, stopped and removed on drop.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `influxd`, killed when dropped.
pub struct InfluxDb {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    _dir: tempfile::TempDir,
}

impl InfluxDb {
    /// Start `influxd` and wait until `GET /ping` answers 204.
    pub fn start() -> InfluxDb {
        InfluxDb::start_with(Auth::Off)
    }

    /// Start `influxd` with `auth` and wait until `GET /ping` answers 204.
    pub fn start_with(auth: Auth) -> InfluxDb {
        // A few attempts, in case another process takes the port between probe and bind.
        for _ in 0..5 {
            let dir = tempfile::tempdir().expect("temporary directory");
            let port = free_port();
            let config = write_config(dir.path(), port, auth);
            let log = std::fs::File::create(dir.path().join("influxd.log")).expect("log file");
            let child = Command::new("influxd")
                .args(["run", "-config"])
                .arg(&config)
                .stdout(Stdio::null())
                .stderr(log)
                .spawn()
                .expect("influxd (InfluxDB 1.x) must be installed: apt-get install -y influxdb (scripts/test.sh does it)");
            let mut db = InfluxDb {
                child,
                url: format!("http://127.0.0.1:{port}"),
                _dir: dir,
            };
            if db.wait_ready(Duration::from_secs(20)) {
                return db;
            }
        }
        panic!("influxd did not become ready");
    }

    fn wait_ready(&mut self, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            if ping_status(&self.url) == Some(204) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for InfluxDb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// Whether the server requires credentials (`[http] auth-enabled`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    Off,
    /// Until a first admin user is created, only `CREATE USER ... WITH ALL PRIVILEGES` is allowed.
    Enabled,
}

fn write_config(dir: &Path, port: u16, auth: Auth) -> PathBuf {
    let d = dir.display();
    let auth_enabled = auth == Auth::Enabled;
    let config = format!(
        "reporting-enabled = false\n\
         bind-address = \"127.0.0.1:0\"\n\
         [meta]\n  dir = \"{d}/meta\"\n\
         [data]\n  dir = \"{d}/data\"\n  wal-dir = \"{d}/wal\"\n\
         [http]\n  bind-address = \"127.0.0.1:{port}\"\n  auth-enabled = {auth_enabled}\n\
         [monitor]\n  store-enabled = false\n"
    );
    let path = dir.join("influxdb.conf");
    std::fs::write(&path, config).expect("write influxdb.conf");
    path
}

/// The status code of `GET /ping`, or None when nothing answers yet.
fn ping_status(url: &str) -> Option<u16> {
    let addr = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    write!(stream, "GET /ping HTTP/1.0\r\nHost: {addr}\r\n\r\n").ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}
