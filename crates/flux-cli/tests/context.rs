//! The InfluxDB context of `influxdb.api()` as a user sets it: flags, environment,
//! token file, influx CLI config profiles; checked against a mock server.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use common::{flux, stderr, stdout};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A script that omits host and token: both come from the context.
const HEALTH: &str = "import \"experimental/influxdb\"\n\
                      r = influxdb.api(method: \"get\", path: \"/health\")\n\
                      r.statusCode";

/// A server that answers 200 only when the request carries `Token <token>`.
async fn server_expecting(token: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .and(header("Authorization", format!("Token {token}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&server)
        .await;
    server
}

fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let out = cmd.output().unwrap();
    (out.status.code(), stdout(&out), stderr(&out))
}

fn ok(cmd: &mut Command) {
    let (code, out, err) = run(cmd);
    assert_eq!((code, out.as_str()), (Some(0), "200\n"), "stderr: {err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn host_and_token_flags() {
    let server = server_expecting("T").await;
    ok(flux().args(["--host", &server.uri(), "--token", "T", "-e", HEALTH]));
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_after_the_file() {
    let server = server_expecting("T").await;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("health.flux");
    std::fs::write(&script, HEALTH).unwrap();
    ok(flux().arg(&script).args(["--host", &server.uri(), "-t", "T"]));
}

#[tokio::test(flavor = "multi_thread")]
async fn environment_variables() {
    let server = server_expecting("E").await;
    ok(flux()
        .env("INFLUX_HOST", server.uri())
        .env("INFLUX_TOKEN", "E")
        .args(["-e", HEALTH]));
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_beat_the_environment() {
    let server = server_expecting("F").await;
    ok(flux()
        .env("INFLUX_HOST", "http://127.0.0.1:1")
        .env("INFLUX_TOKEN", "E")
        .args(["--host", &server.uri(), "--token", "F", "-e", HEALTH]));
}

#[tokio::test(flavor = "multi_thread")]
async fn token_file() {
    let server = server_expecting("from-file").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, "from-file\n").unwrap();
    ok(flux()
        .args(["--host", &server.uri()])
        .arg("--token-file")
        .arg(&file)
        .args(["-e", HEALTH]));
}

fn configs(dir: &std::path::Path, server: &str) -> std::path::PathBuf {
    let file = dir.join("configs");
    let text = format!(
        "[default]\n  url = \"{server}\"\n  token = \"P\"\n  org = \"acme\"\n  active = true\n\n\
         [other]\n  url = \"{server}\"\n  token = \"O\"\n  org = \"acme\"\n"
    );
    std::fs::write(&file, text).unwrap();
    file
}

#[tokio::test(flavor = "multi_thread")]
async fn the_active_profile_of_the_influx_cli() {
    let server = server_expecting("P").await;
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir(home.path().join(".influxdbv2")).unwrap();
    configs(&home.path().join(".influxdbv2"), &server.uri());
    ok(flux().env("HOME", home.path()).args(["-e", HEALTH]));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_named_profile_and_a_configs_path() {
    let server = server_expecting("O").await;
    let dir = tempfile::tempdir().unwrap();
    let file = configs(dir.path(), &server.uri());
    ok(flux()
        .arg("--configs-path")
        .arg(&file)
        .args(["-c", "other", "-e", HEALTH]));
    ok(flux()
        .env("INFLUX_CONFIGS_PATH", &file)
        .env("INFLUX_ACTIVE_CONFIG", "other")
        .args(["-e", HEALTH]));
    ok(flux()
        .env("INFLUX_CLI_CONFIGS_PATH", &file)
        .args(["--active-config", "other", "-e", HEALTH]));
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_beat_the_profile() {
    let server = server_expecting("F").await;
    let dir = tempfile::tempdir().unwrap();
    let file = configs(dir.path(), "http://127.0.0.1:1");
    ok(flux()
        .arg("--configs-path")
        .arg(&file)
        .args(["--host", &server.uri(), "-t", "F", "-e", HEALTH]));
}

#[test]
fn without_a_host_api_needs_one() {
    let (code, _, err) = run(flux().args(["--token", "T", "-e", HEALTH]));
    assert_eq!(code, Some(1));
    assert!(
        err.contains(r#"keyword argument "host" is required when executing outside InfluxDB"#),
        "{err}"
    );
}

#[test]
fn tokens_never_appear_in_errors() {
    let (code, _, err) = run(flux().args([
        "--host",
        "http://127.0.0.1:1",
        "--token",
        "sekrit-tok",
        "-e",
        HEALTH,
    ]));
    assert_eq!(code, Some(1));
    assert!(!err.contains("sekrit-tok"), "{err}");
}
