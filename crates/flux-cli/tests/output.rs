//! What scripts print: display() text or JSON, exit statuses, errors on stderr.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{flux, stderr, stdout};

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = flux().args(args).output().unwrap();
    (out.status.code(), stdout(&out), stderr(&out))
}

#[test]
fn each_expression_statement_prints_its_value() {
    let (code, out, _) = run(&["-e", "x = 1\nx + 1\n\"a\"\n{b: 1, a: bytes(v: \"hi\")}"]);
    assert_eq!((code, out.as_str()), (Some(0), "2\na\n{a: 0x6869, b: 1}\n"));
}

#[test]
fn json_format_prints_one_document_per_value() {
    let src = "1\n\"a<b\"\n{b: 1.5, a: bytes(v: \"hi\"), t: 2019-08-14T10:03:12Z, d: 1m}\nd = [1: \"x\"]\nd";
    let (code, out, _) = run(&["--format", "json", "-e", src]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "1\n\"a\\u003cb\"\n{\"a\":\"aGk=\",\"b\":1.5,\"d\":\"1m\",\"t\":\"2019-08-14T10:03:12Z\"}\n{\"1\":\"x\"}\n"
    );
}

#[test]
fn json_cannot_print_functions() {
    let (code, _, err) = run(&["--format", "json", "-e", "(x) => x"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("cannot encode a function value"), "{err}");
}

#[test]
fn errors_go_to_stderr_with_exit_1() {
    // Type-checked before anything runs: nothing is printed.
    let (code, out, err) = run(&["-e", "1\nundefined_name"]);
    assert_eq!((code, out.as_str()), (Some(1), ""));
    let (code, out, err2) = run(&["-e", "1\ndie(msg: \"late\")"]);
    assert_eq!((code, out.as_str()), (Some(1), "1\n"));
    assert!(err2.contains("late"), "{err2}");
    assert!(err.contains("undefined_name"), "{err}");
    let (code, _, err) = run(&["-e", "1 +"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("Error: invalid expression"), "{err}");
}

#[test]
fn scripts_from_a_file_and_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.flux");
    std::fs::write(&file, "40 + 2\n").unwrap();
    let out = flux().arg(&file).output().unwrap();
    assert_eq!(stdout(&out), "42\n");
    for args in [&["-"][..], &[]] {
        let mut child = flux()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(b"6 * 7\n").unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (out.status.code(), stdout(&out).as_str()),
            (Some(0), "42\n"),
            "{args:?}"
        );
    }
}

#[test]
fn a_missing_file_is_reported() {
    let (code, _, err) = run(&["/no/such/script.flux"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("cannot read /no/such/script.flux"), "{err}");
}

#[test]
fn no_colour_when_not_a_terminal() {
    let out = flux()
        .env_remove("NO_COLOR")
        .args(["-e", "1 +"])
        .output()
        .unwrap();
    assert!(!stderr(&out).contains('\u{1b}'), "{}", stderr(&out));
}

#[test]
fn yield_names_a_result_and_an_unyielded_stream_is_result() {
    let src = "import \"array\"\narray.from(rows: [{a: 1}]) |> yield(name: \"first\")\narray.from(rows: [{b: 2}])\narray.from(rows: [{c: 3}]) |> filter(fn: (r) => r.c > 1) |> yield(name: \"last\")";
    let (code, out, err) = run(&["-e", src]);
    assert_eq!(code, Some(0), "{err}");
    let results: Vec<&str> = out.lines().filter(|l| l.starts_with("Result:")).collect();
    assert_eq!(results, ["Result: first", "Result: _result", "Result: last"]);
    let (_, csv, _) = run(&["--format", "csv", "-e", src]);
    let defaults: Vec<&str> = csv.lines().filter(|l| l.starts_with("#default")).collect();
    assert_eq!(
        defaults,
        ["#default,first,,", "#default,_result,,", "#default,last,,"],
        "{csv}"
    );
}
