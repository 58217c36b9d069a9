//! The command line as a user runs it: flags, exit statuses, usage errors.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flux, stderr, stdout};

#[test]
fn help_lists_every_flag_and_hides_the_token() {
    let out = flux()
        .arg("--help")
        .env("INFLUX_TOKEN", "tok-in-env")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for flag in [
        "--exec",
        "--format",
        "--color",
        "--secret",
        "--secrets-file",
        "--host",
        "--token",
        "--token-file",
        "--active-config",
        "--configs-path",
        "--skip-verify",
        "INFLUX_TOKEN",
        "INFLUX_HOST",
        "parse",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
    assert!(!help.contains("tok-in-env"), "{help}");
}

#[test]
fn version() {
    let out = flux().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("flux "), "{}", stdout(&out));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--nope"][..],
        &["--format", "xml", "-e", "1"],
        &["--color", "sometimes", "-e", "1"],
        &["--secret", "novalue", "-e", "1"],
        &["-e", "1", "file.flux"],
        &["--token", "a", "--token-file", "f", "-e", "1"],
        &["parse"],
    ] {
        let out = flux().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn unreadable_configuration_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    let bad = dir.path().join("bad");
    std::fs::write(&bad, "{\"a\": 1}").unwrap();
    let open_quote = dir.path().join("open.env");
    std::fs::write(&open_quote, "A=1\nB=\"hunter2 # no end\nC=3\n").unwrap();
    let configs = dir.path().join("configs");
    std::fs::write(&configs, "[a]\nurl = \"http://a\"\n").unwrap();
    let configs = configs.display().to_string();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["--secrets-file".into(), missing.display().to_string()],
            "cannot read secrets file",
        ),
        (
            vec!["--secrets-file".into(), bad.display().to_string()],
            "the value of \"a\" is not a string",
        ),
        (
            vec!["--secrets-file".into(), open_quote.display().to_string()],
            "line 2: a quote is never closed",
        ),
        (
            vec!["--token-file".into(), missing.display().to_string()],
            "cannot read token file",
        ),
        (vec!["-c".into(), "nope".into()], "cannot read influx config"),
        (
            vec![
                "--configs-path".into(),
                configs.clone(),
                "-c".into(),
                "nope".into(),
            ],
            "config \"nope\" not found",
        ),
        (
            vec!["--configs-path".into(), bad.display().to_string()],
            "invalid TOML",
        ),
    ];
    for (args, message) in cases {
        let out = flux().args(&args).args(["-e", "1"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("hunter2"), "{}", stderr(&out));
    }
}

#[test]
fn skip_verify_from_flag_or_environment() {
    let out = flux().args(["--skip-verify", "-e", "1"]).output().unwrap();
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "1\n"));
    let out = flux()
        .env("INFLUX_SKIP_VERIFY", "true")
        .args(["-e", "1"])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "1\n"));
}

#[test]
fn help_never_shows_environment_values() {
    let out = flux()
        .arg("--help")
        .env("INFLUX_HOST", "http://user:pa55word@example.com")
        .env("INFLUX_ACTIVE_CONFIG", "secret-profile")
        .env("INFLUX_CONFIGS_PATH", "/secret/path")
        .output()
        .unwrap();
    let help = stdout(&out);
    for value in ["pa55word", "secret-profile", "/secret/path"] {
        assert!(!help.contains(value), "--help shows {value}:\n{help}");
    }
    assert!(help.contains("INFLUX_HOST"), "{help}");
}

#[test]
fn step_limit() {
    let sum = vec!["1"; 400].join(" + ");
    let out = flux().args(["--max-steps", "300", "-e", &sum]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("evaluation exceeded the limit of 300 steps"),
        "{}",
        stderr(&out)
    );
    let out = flux()
        .args(["--max-steps", "100000", "-e", &sum])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "400\n"));
}

#[test]
fn time_limit() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("http://{}", listener.local_addr().unwrap());
    let script = format!(
        "import \"experimental/influxdb\"\n\
         influxdb.api(method: \"get\", path: \"/\", host: \"{host}\", token: \"t\")"
    );
    let out = flux()
        .args(["--timeout", "300ms", "-e", &script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("evaluation exceeded the time limit of 300ms"),
        "{}",
        stderr(&out)
    );
    drop(listener);
}

#[test]
fn limit_values_are_checked() {
    for args in [
        &["--max-memory", "lots", "-e", "1"][..],
        &["--max-memory", "0", "-e", "1"],
        &["--timeout", "soon", "-e", "1"],
        &["--max-steps", "many", "-e", "1"],
    ] {
        let out = flux().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    let out = flux()
        .args(["--max-memory", "512MiB", "-e", "1"])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), stdout(&out).as_str()), (Some(0), "1\n"));
}
