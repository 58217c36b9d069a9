//! `flux check FILE...` as a user runs it: parse and type-check, nothing runs.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flux, stderr, stdout};

fn file(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn well_typed_files_exit_0_and_ill_typed_ones_exit_1_with_every_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = file(&dir, "good.flux", "f = (x) => x + 1\nf(x: 1)\n");
    let bad = file(&dir, "bad.flux", "a = 1 + \"a\"\nb = c\n");
    let broken = file(&dir, "broken.flux", "x = (1 +\n");

    let out = flux().arg("check").arg(&good).output().unwrap();
    assert_eq!(
        (out.status.code(), stdout(&out).as_str(), stderr(&out).as_str()),
        (Some(0), "", "")
    );

    let out = flux().arg("check").args([&good, &bad, &broken]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("expected int but found string"), "{err}");
    assert!(err.contains("undefined identifier c"), "{err}");
    assert!(err.contains(&format!("[ {}:2:5 ]", bad.display())), "{err}");
    assert!(err.contains(&format!("[ {}:", broken.display())), "{err}");
    assert!(!err.contains("good.flux"), "{err}");
    assert!(
        err.ends_with("flux check: 3 files, 1 without errors, 2 with errors\n"),
        "{err}"
    );
}

#[test]
fn nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let dies = file(&dir, "dies.flux", "die(msg: \"ran\")\n");
    let out = flux().arg("check").arg(&dies).output().unwrap();
    assert_eq!((out.status.code(), stderr(&out).as_str()), (Some(0), ""));
}

#[test]
fn types_prints_each_binding() {
    let dir = tempfile::tempdir().unwrap();
    let src = "import \"strings\"\nf = (x) => x\ng = (r) => r.a + 1\nu = strings.toUpper\nn = 1\n";
    let path = file(&dir, "types.flux", src);
    let out = flux().args(["check", "--types"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "f: (x: A) => A\ng: (r: {A with a: int}) => int\nu: (v: string) => string\nn: int\n"
    );
}

#[test]
fn stdlib_takes_packages_from_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("universe")).unwrap();
    std::fs::create_dir_all(dir.path().join("my/pkg")).unwrap();
    file(
        &dir,
        "universe/universe.flux",
        "package universe\nbuiltin true : bool\n",
    );
    let pkg = file(
        &dir,
        "my/pkg/pkg.flux",
        "package pkg\nbuiltin twice : (x: A) => A where A: Addable\nyes = true\n",
    );
    let user = file(&dir, "user_test.flux", "import \"my/pkg\"\nx = pkg.twice(x: 1)\n");
    let out = flux()
        .args(["check", "--types", "--stdlib"])
        .arg(dir.path())
        .args([&pkg, &user])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("twice: (x: A) => A where A: Addable\nyes: bool\n"),
        "{text}"
    );
    assert!(text.ends_with("x: int\n"), "{text}");
}

#[test]
fn an_unreadable_file_is_exit_2() {
    let out = flux().args(["check", "/no/such/file.flux"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
