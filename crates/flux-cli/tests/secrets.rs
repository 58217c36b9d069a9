//! Secrets as a user passes them: `--secret`, `--secrets-file`, `FLUX_SECRET_<KEY>`.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flux, stderr, stdout};

const GET_K: &str = "import \"influxdata/influxdb/secrets\"\nsecrets.get(key: \"K\")";

fn run(cmd: &mut std::process::Command) -> (Option<i32>, String, String) {
    let out = cmd.output().unwrap();
    (out.status.code(), stdout(&out), stderr(&out))
}

#[test]
fn from_a_flag() {
    let (code, out, _) = run(flux().args(["--secret", "K=from=flag", "-e", GET_K]));
    assert_eq!((code, out.as_str()), (Some(0), "from=flag\n"));
}

#[test]
fn from_a_json_file_and_a_lines_file() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("s.json");
    std::fs::write(&json, r#"{"K": "from json"}"#).unwrap();
    let lines = dir.path().join("s.env");
    std::fs::write(&lines, "# secrets\nexport K=\"from lines\"\n").unwrap();
    let (code, out, _) = run(flux().arg("--secrets-file").arg(&json).args(["-e", GET_K]));
    assert_eq!((code, out.as_str()), (Some(0), "from json\n"));
    let (code, out, _) = run(flux().arg("--secrets-file").arg(&lines).args(["-e", GET_K]));
    assert_eq!((code, out.as_str()), (Some(0), "from lines\n"));
}

#[test]
fn from_the_environment() {
    let (code, out, _) = run(flux().env("FLUX_SECRET_K", "from env").args(["-e", GET_K]));
    assert_eq!((code, out.as_str()), (Some(0), "from env\n"));
}

#[test]
fn flag_beats_file_beats_environment() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.env");
    std::fs::write(&file, "K=file\n").unwrap();
    let mut cmd = flux();
    cmd.env("FLUX_SECRET_K", "env").arg("--secrets-file").arg(&file);
    let (_, out, _) = run(cmd.args(["-e", GET_K]));
    assert_eq!(out, "file\n");
    let mut cmd = flux();
    cmd.env("FLUX_SECRET_K", "env")
        .arg("--secrets-file")
        .arg(&file)
        .args(["--secret", "K=flag"]);
    let (_, out, _) = run(cmd.args(["-e", GET_K]));
    assert_eq!(out, "flag\n");
}

#[test]
fn a_missing_key_is_the_flux_error() {
    let (code, _, err) = run(flux().args(["--secret", "OTHER=hunter2", "-e", GET_K]));
    assert_eq!(code, Some(1));
    assert!(err.contains(r#"secret key "K" not found"#), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn dotenv_comments_and_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.env");
    std::fs::write(&file, "K=\"v 1\" # a comment\n").unwrap();
    let (code, out, err) = run(flux().arg("--secrets-file").arg(&file).args(["-e", GET_K]));
    assert_eq!((code, out.as_str()), (Some(0), "v 1\n"), "{err}");
}
