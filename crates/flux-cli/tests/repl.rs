//! The REPL driven through a pseudo-terminal, as a user types into it.
#![allow(clippy::unwrap_used)]

mod common;

use rexpect::session::{PtySession, spawn_command};

/// Generous: CI has 2 cores and other builds running.
const TIMEOUT_MS: u64 = 10_000;

/// Start the REPL with its history in `history`.
fn repl(history: &std::path::Path) -> PtySession {
    let mut cmd = common::flux();
    cmd.env("TERM", "xterm").env("FLUX_HISTORY", history);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    p.exp_string("> ").unwrap();
    p
}

fn quit(mut p: PtySession) {
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn help_and_unknown_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    p.send_line(":help").unwrap();
    p.exp_string(":bindings").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":frobnicate").unwrap();
    p.exp_string("unknown command :frobnicate").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn incomplete_input_continues_on_a_second_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    p.send_line("f = (x) =>").unwrap();
    p.exp_string(". ").unwrap();
    p.send_line("[x,").unwrap();
    p.exp_string(". ").unwrap();
    // Ctrl-C drops the unfinished entry: the next prompt is the first one again.
    p.send_control('c').unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn history_is_kept_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    let mut p = repl(&history);
    p.send_line("remembered = 42").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.contains("remembered = 42"), "{saved}");

    let mut p = repl(&history);
    p.send_control('p').unwrap(); // previous-history: the last session's entry comes back.
    p.exp_string("remembered = 42").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}
