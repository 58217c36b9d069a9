//! The Go `flux` command (built from the Go module proxy by scripts/build-flux-go.sh) runs, and
//! prints tables as docs/reference-flux.md says: the reference that differential tests compare with.

mod support;

use std::process::Command;

/// Run `code` through Go's `flux --exec` (with `args`): exit status, stdout and stderr.
fn run_go(code: &str, args: &[&str]) -> String {
    let out = Command::new(support::reference::flux_go())
        .args(args)
        .args(["--exec", code])
        .output()
        .expect("run the Go flux command");
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn array_from_prints_a_table() {
    insta::assert_snapshot!(run_go(r#"import "array" array.from(rows: [{v: 1}])"#, &[]));
}

#[test]
fn csv_format_prints_annotated_csv() {
    let code = r#"import "array" array.from(rows: [{v: 1, s: "a"}, {v: 2, s: "b"}])"#;
    insta::assert_snapshot!(run_go(code, &["--format", "csv"]));
}

#[test]
fn a_value_is_shown_through_a_one_row_table() {
    let code = r#"import "array" array.from(rows: [{v: display(v: {a: 1, b: [1.5, 2.0]})}])"#;
    insta::assert_snapshot!(run_go(code, &[]));
}

#[test]
fn a_script_without_tables_is_an_error() {
    insta::assert_snapshot!(run_go("1 + 1", &[]));
}
