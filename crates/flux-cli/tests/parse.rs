//! `flux parse FILE...` as a user runs it.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flux, stderr, stdout};

#[test]
fn clean_files_exit_0_and_broken_ones_exit_1_with_every_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.flux");
    std::fs::write(&good, "a = 1\na\n").unwrap();
    let bad = dir.path().join("bad.flux");
    std::fs::write(&bad, "x = (1 +\n").unwrap();
    let worse = dir.path().join("worse.flux");
    std::fs::write(&worse, "f(a: 1,, b: 2)\n").unwrap();

    let out = flux().arg("parse").arg(&good).output().unwrap();
    assert_eq!(
        (out.status.code(), stdout(&out).as_str(), stderr(&out).as_str()),
        (Some(0), "", "")
    );

    let out = flux()
        .arg("parse")
        .arg(&good)
        .arg(&bad)
        .arg(&worse)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("[ {}:", bad.display())), "{err}");
    assert!(err.contains(&format!("[ {}:", worse.display())), "{err}");
    assert!(!err.contains("good.flux"), "{err}");
}

#[test]
fn ast_prints_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.flux");
    std::fs::write(&file, "x = 1 + 2\n").unwrap();
    let out = flux().arg("parse").arg("--ast").arg(&file).output().unwrap();
    assert_eq!(
        (out.status.code(), stdout(&out).as_str()),
        (Some(0), "(= x (+ 1 2))\n")
    );
}

#[test]
fn an_unreadable_file_is_reported() {
    let out = flux().args(["parse", "/no/such/file.flux"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read /no/such/file.flux"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn snippets_mask_token_literals() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.flux");
    std::fs::write(&file, "x = f(a: 1 \"tok-9f8e7d6c\", token: \"tok-9f8e7d6c\")\n").unwrap();
    let out = flux().arg("parse").arg(&file).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("tok-9f8e7d6c") && err.contains("****"), "{err}");
}
