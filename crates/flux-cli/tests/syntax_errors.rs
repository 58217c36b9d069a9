//! How the binary reports scripts that do not read or parse: invalid UTF-8, a
//! byte-order mark, unclosed brackets, exponent literals, very many errors.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{flux, stderr, stdout};

fn script(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("script.flux");
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

#[test]
fn invalid_utf8_is_a_flux_error_with_its_place() {
    let (_dir, path) = script(b"x = 1\ny = \"\xff\"\n");
    let out = flux().arg(&path).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("invalid UTF-8 at byte offset 11 (line 2, column 6)"),
        "{err}"
    );
    assert!(err.contains("script.flux:2:6"), "{err}");

    let out = flux().arg("parse").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 11"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_utf8_on_standard_input_too() {
    let mut child = flux()
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"\xc3(").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 0 (line 1, column 1)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let (_dir, path) = script(b"\xef\xbb\xbf1 + 1\n");
    let out = flux().arg(&path).output().unwrap();
    assert_eq!(
        (out.status.code(), stdout(&out).as_str()),
        (Some(0), "2\n"),
        "{}",
        stderr(&out)
    );
    let out = flux().arg("parse").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn an_unclosed_bracket_says_where_it_opened() {
    let out = flux().args(["-e", "x = f(a: 1,\n  b: 2"]).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("expected RPAREN, got EOF"), "{err}");
    assert!(err.contains("this ( is never closed"), "{err}");
}

#[test]
fn an_expression_cut_short_by_the_end_labels_the_open_bracket() {
    let out = flux().args(["-e", "x = (1 +"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "Error: invalid expression: invalid token for primary expression: EOF\n\
         \x20  ,-[ <exec>:1:9 ]\n\
         \x20  |\n\
         \x201 | x = (1 +\n\
         \x20  |     |   | \n\
         \x20  |     `----- this ( is never closed\n\
         \x20  |         | \n\
         \x20  |         `- \n\
         ---'\n"
    );
}

#[test]
fn a_native_argument_of_the_wrong_type_is_pointed_at() {
    // Found by the type check before anything runs, as Go Flux finds it.
    let src = "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: 42)";
    let out = flux().args(["-e", src]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "Error: expected string but found int (argument path)\n\
         \x20  ,-[ <exec>:2:35 ]\n\
         \x20  |\n\
         \x202 | influxdb.api(method: \"get\", path: 42)\n\
         \x20  |                                   ^|  \n\
         \x20  |                                    `-- \n\
         ---'\n"
    );
}

#[test]
fn an_exponent_says_what_to_write_instead() {
    let out = flux().args(["-e", "x = 1.7e9\nx"]).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("invalid number literal \"1.7e9\": Flux has no exponent form; write 1700000000.0"),
        "{err}"
    );
}

#[test]
fn at_most_a_hundred_errors_then_a_count() {
    let source: String = (0..250).map(|i| format!("v{i} = #\n")).collect();
    let (_dir, path) = script(source.as_bytes());
    for args in [vec![path.as_os_str()], vec!["parse".as_ref(), path.as_os_str()]] {
        let out = flux().args(args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1));
        assert!(err.contains("v99 = #") && !err.contains("v100 = #"), "{err}");
        assert!(err.ends_with("... and 150 more\n"), "{err}");
    }
}
