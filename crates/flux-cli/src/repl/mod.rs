//! The interactive REPL.

pub mod complete;
pub mod entry;
pub mod helper;
pub mod highlight;
pub mod names;
pub mod scan;

use std::process::ExitCode;
use std::sync::atomic::Ordering;

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::output::format_value;
use crate::setup::Setup;
use entry::{Command, HELP, Pending};
use helper::FluxHelper;
use names::Snapshot;

/// Where history is kept: `$FLUX_HISTORY`, else `<data dir>/flux/history`.
pub fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("FLUX_HISTORY").filter(|p| !p.is_empty()) {
        return Some(p.into());
    }
    dirs::data_dir().map(|d| d.join("flux").join("history"))
}

/// Said once, the first time an entry is kept out of the history.
const SECRET_NOT_SAVED: &str = "note: entries that hold a token or a secret are not saved in the history";

/// Run the REPL until Ctrl-D or `:quit`.
pub fn run(runtime: &flux::Runtime, setup: &Setup) -> ExitCode {
    let mut session = runtime.session();
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .history_ignore_space(true)
        .build();
    let mut editor: Editor<FluxHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("flux: cannot start the REPL: {e}");
            return ExitCode::FAILURE;
        }
    };
    editor.set_helper(Some(FluxHelper {
        names: Box::new(Snapshot::of(&session)),
        color: setup.color,
    }));
    let history = history_path();
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.load_history(path);
    }
    let mut pending = Pending::default();
    let mut told_about_secrets = false;
    loop {
        let line = match editor.readline(pending.prompt()) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("flux: {e}");
                break;
            }
        };
        if !pending.is_continuing() {
            match entry::command(&line) {
                Some(Command::Quit) => break,
                Some(Command::Help) => {
                    println!("{HELP}");
                    continue;
                }
                Some(Command::Bindings) => {
                    print_bindings(&session);
                    continue;
                }
                Some(Command::Type(expr)) => {
                    print_type(&session, &expr, setup.color);
                    continue;
                }
                Some(Command::Unknown(c)) => {
                    eprintln!("unknown command :{c}; :help lists the commands");
                    continue;
                }
                None => {}
            }
        }
        let Some(source) = pending.push_line(&line) else {
            continue;
        };
        if source.trim().is_empty() {
            continue;
        }
        if runtime.mentions_secret(&source) {
            if !told_about_secrets {
                eprintln!("{SECRET_NOT_SAVED}");
                told_about_secrets = true;
            }
        } else {
            let _ = editor.add_history_entry(source.as_str());
            if let Some(path) = &history {
                let _ = editor.append_history(path);
                keep_private(path);
            }
        }
        evaluate(&mut session, &source, setup);
        if let Some(helper) = editor.helper_mut() {
            helper.names = Box::new(Snapshot::of(&session));
        }
    }
    ExitCode::SUCCESS
}

/// History may hold tokens typed into the REPL: only the user may read it.
fn keep_private(path: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Evaluate one entry, printing its values and any error; the session goes on.
fn evaluate(session: &mut flux::Session, source: &str, setup: &Setup) {
    session.runtime().interrupt_flag().store(false, Ordering::SeqCst);
    let budget = session.runtime().output_budget();
    let result = session.run(source, |v| match format_value(&v, setup.format, budget.clone()) {
        Ok(text) => println!("{text}"),
        Err(message) => eprintln!("error: {message}"),
    });
    if let Err(e) = result {
        eprint!("{}", e.render("<repl>", setup.color));
        if let Some(hint) = crate::run::limit_hint(&e) {
            eprintln!("{hint}");
        }
    }
}

/// `:type EXPR`: the type of the expression (or of the bindings it makes), checked in
/// the session's environment without running it.
fn print_type(session: &flux::Session, source: &str, color: bool) {
    match session.check(source) {
        Ok(types) => match types.last_expression_type() {
            Some(ty) => println!("{ty}"),
            None => {
                for (name, ty) in types.bindings() {
                    println!("{name}: {ty}");
                }
            }
        },
        Err(e) => eprint!("{}", e.render("<repl>", color)),
    }
}

/// `:bindings`: each name bound in the session with its value on one line.
fn print_bindings(session: &flux::Session) {
    if session.bindings().is_empty() {
        println!("(nothing bound yet)");
    }
    for (name, value) in session.bindings() {
        println!("{name} = {}", one_line(&value.display(), 72));
    }
}

/// `text` on one line, cut to `max` characters with `…`.
fn one_line(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn bindings_fit_on_one_line() {
        assert_eq!(one_line("{\n    a: 1,\n    b: 2\n}", 72), "{ a: 1, b: 2 }");
        assert_eq!(one_line("abcdef", 4), "abc…");
    }
}
