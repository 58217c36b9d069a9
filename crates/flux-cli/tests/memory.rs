//! The memory budget (`--max-memory`, default 1 GiB): a script that keeps growing its
//! values stops with a limit error that says which limit and how to raise it, long
//! before the process runs out of memory.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Output, Stdio};

use common::{flux, stderr, stdout};

/// `s0 = "x"`, then forty lines each doubling the string before.
fn doubling_strings() -> String {
    let mut src = String::from("s0 = \"x\"\n");
    for i in 1..=40 {
        src.push_str(&format!("s{i} = s{} + s{}\n", i - 1, i - 1));
    }
    src
}

/// `a0 = [1]`, then `a{i} = [a{i-1}, a{i-1}]` up to `a40`: tiny (the halves are
/// shared), but its text is terabytes.
fn doubling_arrays() -> String {
    let mut src = String::from("a0 = [1]\n");
    for i in 1..=40 {
        src.push_str(&format!("a{i} = [a{}, a{}]\n", i - 1, i - 1));
    }
    src
}

/// Run `flux ARGS` and measure its peak resident set in bytes: with GNU time when the
/// machine has it, else by reading the child's VmHWM from /proc while it runs.
fn run_measured(args: &[&str]) -> (Output, Option<u64>) {
    let time = std::path::Path::new("/usr/bin/time");
    if time.exists() {
        let mut cmd = Command::new(time);
        cmd.arg("-v").arg(env!("CARGO_BIN_EXE_flux")).args(args);
        let plain = flux();
        for (name, value) in plain.get_envs() {
            match value {
                Some(v) => cmd.env(name, v),
                None => cmd.env_remove(name),
            };
        }
        let out = cmd.output().unwrap();
        let report = stderr(&out);
        let peak_kib = report
            .lines()
            .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes): "))
            .and_then(|n| n.trim().parse::<u64>().ok());
        return (out, peak_kib.map(|k| k * 1024));
    }
    let mut child = flux()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = None;
    while child.try_wait().unwrap().is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_file)
            && let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = Some(kib * 1024);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    (child.wait_with_output().unwrap(), peak)
}

#[test]
fn the_doubling_script_stops_at_the_default_limit_well_under_1_5_gib() {
    let src = doubling_strings();
    let (out, peak) = run_measured(&["-e", &src]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("Error: evaluation exceeded the memory limit of 1GiB"),
        "{err}"
    );
    assert!(
        err.contains("help: raise the limit with --max-memory SIZE"),
        "{err}"
    );
    // The value that would pass the limit is s29 (512 MiB beside the 512 MiB kept).
    assert!(err.contains("s29 = s28 + s28"), "{err}");
    if let Some(peak) = peak {
        assert!(peak < 1536 << 20, "peak RSS {} MiB", peak >> 20);
    }
}

#[test]
fn a_smaller_limit_stops_sooner() {
    let out = flux()
        .args(["--max-memory", "64MiB", "-e", &doubling_strings()])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("evaluation exceeded the memory limit of 64MiB"),
        "{err}"
    );
    assert!(err.contains("s25 = s24 + s24"), "{err}");
}

#[test]
fn values_under_the_limit_run_as_before() {
    let out = flux()
        .args([
            "--max-memory",
            "4MiB",
            "-e",
            "import \"strings\"\ns = strings.repeat(v: \"ab\", i: 1000)\nstrings.strlen(v: s + s)",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "4000\n", "{}", stderr(&out));
}

#[test]
fn display_and_json_text_count_against_the_limit() {
    let arrays = doubling_arrays();
    for (how, tail) in [
        ("display", "display(v: a40)\n"),
        ("json.encode", "json.encode(v: a40)\n"),
        ("printing", "a40\n"),
    ] {
        let src = format!("import \"json\"\n{arrays}{tail}");
        let (out, peak) = run_measured(&["--max-memory", "16MiB", "-e", &src]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{how}: {err}");
        assert!(
            err.contains("evaluation exceeded the memory limit of 16MiB"),
            "{how}: {err}"
        );
        if let Some(peak) = peak {
            assert!(peak < 256 << 20, "{how}: peak RSS {} MiB", peak >> 20);
        }
    }
}

#[test]
fn printing_as_json_counts_too() {
    let src = format!("{}a40\n", doubling_arrays());
    let out = flux()
        .args(["--max-memory", "16MiB", "--format", "json", "-e", &src])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: evaluation exceeded the memory limit of 16MiB\n\
         help: raise the limit with --max-memory SIZE (such as --max-memory 4GiB)\n"
    );
}
