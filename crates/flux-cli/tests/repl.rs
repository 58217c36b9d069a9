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

/// Type `keys` without Enter (rexpect buffers `send` until a flush).
fn type_keys(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
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
    p.send_line("pair = [remembered,").unwrap();
    p.exp_string(". ").unwrap();
    p.send_line("1]").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(" secret = \"typed with a leading space\"").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.contains("remembered = 42"), "{saved}");
    assert!(!saved.contains("leading space"), "{saved}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&history).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // The next run recalls the multi-line entry whole.
    let mut p = repl(&history);
    p.send_control('p').unwrap();
    p.exp_string("1]").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("remembered = 7").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("remembered").unwrap();
    p.exp_string("7\r\n").unwrap();
    p.exp_string("> ").unwrap();
    for _ in 0..3 {
        p.send_control('p').unwrap();
    }
    p.exp_string("1]").unwrap();
    p.send_line("").unwrap();
    p.exp_string("\r\n").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("pair").unwrap();
    p.exp_string("[7, 1]").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn values_bindings_and_multi_line_entries() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    p.send_line("f = (x) =>").unwrap();
    p.exp_string(". ").unwrap();
    p.send_line("  x * 2").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("f(x: 21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string("> ").unwrap();
    // A name may be bound again in the REPL.
    p.send_line("a = 1").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("a = \"two\"").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("{b: a, a: 1}").unwrap();
    p.exp_string("{a: 1, b: two}").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":bindings").unwrap();
    p.exp_string("a = two").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn an_error_then_more_input() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    p.send_line("nope + 1").unwrap();
    p.exp_string("undefined identifier nope").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("1 +").unwrap();
    p.exp_string(". ").unwrap();
    p.send_line("").unwrap(); // an empty line submits the broken entry
    p.exp_string("Error: invalid expression").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("40 + 2").unwrap();
    p.exp_string("42\r\n").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn tab_completion() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    // Package paths inside `import "`.
    type_keys(&mut p, "import \"dic\t");
    p.exp_string("import \"dict\"").unwrap();
    p.send_line("").unwrap();
    p.exp_string("> ").unwrap();
    // Package members after `dict.`.
    type_keys(&mut p, "dict.ins\t");
    p.exp_string("dict.insert").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("> ").unwrap();
    // Record fields after `r.`, and names in scope.
    p.send_line("resp = {statusCode: 204, body: 1}").unwrap();
    p.exp_string("> ").unwrap();
    type_keys(&mut p, "res\t");
    p.exp_string("resp").unwrap();
    type_keys(&mut p, ".sta\t");
    p.exp_string("statusCode").unwrap();
    p.send_line("").unwrap();
    p.exp_string("204").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn ctrl_c_interrupts_a_running_api_call() {
    // A server that accepts connections but never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("http://{}", listener.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = common::flux();
    cmd.env("TERM", "xterm")
        .env("FLUX_HISTORY", dir.path().join("history"))
        .args(["--host", &host, "--token", "T"]);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("import \"experimental/influxdb\"").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("influxdb.api(method: \"get\", path: \"/hang\")")
        .unwrap();
    p.exp_string("\n").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("1 + 1").unwrap();
    p.exp_string("2\r\n").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
    drop(listener);
}

#[test]
fn ctrl_c_ends_a_running_script() {
    use rexpect::process::WaitStatus;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("http://{}", listener.local_addr().unwrap());
    let mut cmd = common::flux();
    cmd.env("TERM", "xterm").args([
        "--host",
        &host,
        "--token",
        "T",
        "-e",
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/hang\")",
    ]);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    let status = p.process().wait().unwrap();
    assert_eq!(status, WaitStatus::Exited(p.process().child_pid, 130));
    drop(listener);
}

#[test]
fn type_ahead_and_pasted_lines_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    // Three lines at once, as a paste without bracketed paste or fast typing sends them.
    type_keys(&mut p, "10 * 10\n20 * 20\nf = (x) =>\n  x * 3\nf(x: 30)\n");
    p.exp_string("100\r\n").unwrap();
    p.exp_string("400\r\n").unwrap();
    p.exp_string("90\r\n").unwrap();
    quit(p);
}

#[test]
fn entries_with_secrets_stay_out_of_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history");
    let mut cmd = common::flux();
    cmd.env("TERM", "xterm")
        .env("FLUX_HISTORY", &history)
        .args(["--secret", "pw=flag-secret-value"]);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("r = {token: \"literal-token-value\"}").unwrap();
    p.exp_string("not saved in the history").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("x = \"flag-secret-value\"").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("kept = 1").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
    let saved = std::fs::read_to_string(&history).unwrap();
    assert!(saved.contains("kept = 1"), "{saved}");
    assert!(!saved.contains("literal-token-value"), "{saved}");
    assert!(!saved.contains("flag-secret-value"), "{saved}");
}

#[test]
fn keywords_are_coloured_when_colour_is_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = common::flux();
    cmd.env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .env("FLUX_HISTORY", dir.path().join("history"))
        .args(["--color", "always"]);
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    p.exp_string("> ").unwrap();
    type_keys(&mut p, "if");
    p.exp_string("\u{1b}[35mif\u{1b}[0m").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("\r\n").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}

#[test]
fn type_shows_the_inferred_type_without_running() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = repl(&dir.path().join("history"));
    p.send_line("f = (r) => r.a + 1").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":type f").unwrap();
    p.exp_string("(r: {A with a: int}) => int").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":type f(r: {a: 1, b: \"x\"})").unwrap();
    p.exp_string("int").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":type die(msg: \"not run\")").unwrap();
    p.exp_string("A").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line(":type f(r: {b: 1})").unwrap();
    p.exp_string("record is missing label a").unwrap();
    p.exp_string("> ").unwrap();
    // An ill-typed entry runs nothing and binds nothing.
    p.send_line("x = 1 + \"a\"").unwrap();
    p.exp_string("expected int but found string").unwrap();
    p.exp_string("> ").unwrap();
    p.send_line("f").unwrap();
    p.exp_string("(r: {A with a: int}) => int").unwrap();
    p.exp_string("> ").unwrap();
    quit(p);
}
