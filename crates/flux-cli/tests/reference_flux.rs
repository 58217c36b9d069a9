//! The Go `flux` command (built from the Go module proxy by scripts/build-flux-go.sh) runs, and
//! prints tables as docs/reference-flux.md says: the reference that differential tests compare with.
//! examples/tables.flux prints the same tables through it and through ours.

mod common;
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

/// The `Result:` blocks of a script's output, sorted by result name: Go prints the results
/// of several yields in no fixed order, we print them in script order.
fn results_by_name(output: &str) -> Vec<String> {
    let mut blocks: Vec<String> = output
        .split("Result: ")
        .filter(|b| !b.is_empty())
        .map(str::to_string)
        .collect();
    blocks.sort();
    blocks
}

#[test]
fn the_tables_example_prints_what_go_prints() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/tables.flux");
    let go = Command::new(support::reference::flux_go())
        .arg(script)
        .output()
        .expect("run the Go flux command");
    let ours = common::flux().arg(script).output().expect("run flux");
    assert!(go.status.success() && ours.status.success());
    let (go, ours) = (common::stdout(&go), common::stdout(&ours));
    assert_eq!(
        results_by_name(&ours),
        results_by_name(&go),
        "ours:\n{ours}\ngo:\n{go}"
    );
    assert_eq!(ours.matches("Result: ").count(), 4, "{ours}");
}
