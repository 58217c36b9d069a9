//! `flux test`: the fixtures under testdata/flux_test (our own small `*_test.flux` files).
#![allow(clippy::unwrap_used)]

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/flux_test")
}

/// `flux test ARGS...` run in the fixtures directory.
fn flux_test(args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = Command::from_std(common::flux());
    cmd.current_dir(fixtures()).arg("test").args(args).assert()
}

#[test]
fn passing_testcases_pass_and_tagged_ones_are_skipped() {
    flux_test(&["pass_test.flux"]).success().stdout(
        "pass_test.flux: equal_streams ... pass\n\
         pass_test.flux: equal_values ... pass\n\
         pass_test.flux: expected_error ... pass\n\
         pass_test.flux: passed_through ... pass\n\
         pass_test.flux: sample_data ... pass\n\
         pass_test.flux: generated ... pass\n\
         pass_test.flux: options_reach_natives ... pass\n\
         pass_test.flux: tagged ... skip (tags: slow)\n\
         7 passed, 0 failed, 1 skipped\n",
    );
}

#[test]
fn given_tags_run_tagged_testcases() {
    flux_test(&["--tags", "slow", "--run", "^tagged$", "pass_test.flux"])
        .failure()
        .stdout(predicate::str::contains(
            "pass_test.flux: tagged ... fail: error calling function \"die\"",
        ))
        .stdout(predicate::str::ends_with("0 passed, 1 failed, 0 skipped\n"));
}

#[test]
fn a_diff_failure_shows_the_differing_rows_as_go_does() {
    flux_test(&["--run", "rows_differ", "fail_test.flux"]).code(1).stdout(
        "fail_test.flux: rows_differ ... fail: error calling function \"diff\" @11:5-11:39: Table: keys: []\n\
        \x20             _diff:string                  _value:int              tag:string  \n\
        \x20   ----------------------  --------------------------  ----------------------  \n\
        \x20                                                    1                       a  \n\
        \x20                        -                           5                       b  \n\
        \x20                        +                           2                       b  \n\
        \x20                                                    3                       c\n\
         0 passed, 1 failed, 0 skipped\n",
    );
}

#[test]
fn errors_and_unmatched_errors_fail_with_their_reason() {
    flux_test(&["fail_test.flux"])
        .code(1)
        .stdout(predicate::str::contains(
            "fail_test.flux: fails_at_run_time ... fail: error calling function \"die\" @15:5-15:21: boom\n",
        ))
        .stdout(predicate::str::contains(
            "fail_test.flux: wrong_error ... fail: error calling function \"shouldError\"",
        ))
        .stdout(predicate::str::ends_with("0 passed, 3 failed, 0 skipped\n"));
}

#[test]
fn run_picks_testcases_by_regex() {
    flux_test(&["--run", "^equal_", "."])
        .success()
        .stdout("pass_test.flux: equal_streams ... pass\npass_test.flux: equal_values ... pass\n2 passed, 0 failed, 0 skipped\n");
    flux_test(&["--run", "("])
        .code(2)
        .stderr(predicate::str::contains("invalid --run pattern"));
}

#[test]
fn extends_runs_the_parent_testcase_in_place_of_super() {
    flux_test(&["extends"]).code(1).stdout(
        "extends/base_test.flux: base ... pass\n\
         extends/child_test.flux: child ... pass\n\
         extends/child_test.flux: orphan ... fail: error @14:10-14:16: testcase \"nowhere\" not found in \"fixtures/base_test\"\n\
         2 passed, 1 failed, 0 skipped\n",
    );
}

#[test]
fn a_missing_package_is_a_failure_that_names_it() {
    flux_test(&["missing"]).code(1).stdout(
        "missing/missing_test.flux: needs_a_package ... fail: missing package \"no/such/package\"\n\
         0 passed, 1 failed, 0 skipped\n",
    );
}

#[test]
fn a_testcase_over_the_time_limit_fails_and_the_run_goes_on() {
    flux_test(&["--timeout", "300ms", "slow", "missing"])
        .code(1)
        .stdout(predicate::str::contains(
            "slow/slow_test.flux: runs_too_long ... fail: error @",
        ))
        .stdout(predicate::str::contains(
            "evaluation exceeded the time limit of 300ms\n",
        ))
        .stdout(predicate::str::contains(
            "missing/missing_test.flux: needs_a_package ... fail",
        ))
        .stdout(predicate::str::ends_with("0 passed, 2 failed, 0 skipped\n"));
}

#[test]
fn an_unreadable_path_is_a_usage_error() {
    flux_test(&["no-such-dir"])
        .code(2)
        .stderr(predicate::str::contains("cannot read no-such-dir"));
}
