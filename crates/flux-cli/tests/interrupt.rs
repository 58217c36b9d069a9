//! A script stopped by SIGINT or SIGTERM while it waits on a slow server: what it
//! printed before stays printed, `interrupted` goes to standard error, and the exit
//! status is 130 or 143.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Generous: CI has 2 cores and other builds running.
const WAIT: Duration = Duration::from_secs(20);

/// A server that accepts connections and never answers; its address.
fn silent_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    format!("http://{address}")
}

/// Prints `1`, then waits on the silent server.
fn slow_script(host: &str) -> String {
    format!(
        "import \"experimental/influxdb\"\n\
         1\n\
         influxdb.api(method: \"get\", path: \"/slow\", host: \"{host}\", token: \"t\")\n\
         2\n"
    )
}

/// The first line the child prints, within [`WAIT`] (then the child is killed).
fn first_line(child: &mut Child) -> (String, BufReader<std::process::ChildStdout>) {
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let _ = tx.send(line);
        stdout
    });
    match rx.recv_timeout(WAIT) {
        Ok(line) => (line, reader.join().unwrap()),
        Err(_) => {
            let _ = child.kill();
            panic!("the script printed nothing before it was interrupted (output is buffered)");
        }
    }
}

fn signal(child: &Child, name: &str) {
    let status = std::process::Command::new("kill")
        .args([name, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// Run the slow script, send `name` once `1` was printed; (status, stdout, stderr).
fn interrupt_with(name: &str) -> (Option<i32>, String, String) {
    let mut child = common::flux()
        .args(["-e", &slow_script(&silent_server())])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (line, mut rest) = first_line(&mut child);
    signal(&child, name);
    let status = child.wait().unwrap();
    let mut out = line;
    rest.read_to_string(&mut out).unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (status.code(), out, err)
}

#[test]
fn sigint_keeps_the_output_and_exits_130() {
    assert_eq!(
        interrupt_with("-INT"),
        (Some(130), "1\n".to_string(), "interrupted\n".to_string())
    );
}

#[test]
fn sigterm_keeps_the_output_and_exits_143() {
    assert_eq!(
        interrupt_with("-TERM"),
        (Some(143), "1\n".to_string(), "interrupted\n".to_string())
    );
}
