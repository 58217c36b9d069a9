//! The interactive REPL.

pub mod complete;
pub mod entry;
pub mod helper;
pub mod names;
pub mod scan;

use std::process::ExitCode;

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::setup::Setup;
use entry::{Command, HELP, Pending};
use helper::FluxHelper;

/// Where history is kept: `$FLUX_HISTORY`, else `<data dir>/flux/history`.
pub fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("FLUX_HISTORY").filter(|p| !p.is_empty()) {
        return Some(p.into());
    }
    dirs::data_dir().map(|d| d.join("flux").join("history"))
}

struct NoNames;
impl complete::Names for NoNames {
    fn names_in_scope(&self) -> Vec<String> {
        Vec::new()
    }
    fn package_paths(&self) -> Vec<String> {
        Vec::new()
    }
    fn members(&self, _path: &[&str]) -> Vec<String> {
        Vec::new()
    }
}

/// Run the REPL until Ctrl-D or `:quit`.
pub fn run(setup: &Setup) -> ExitCode {
    let _ = setup;
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<FluxHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("flux: cannot start the REPL: {e}");
            return ExitCode::FAILURE;
        }
    };
    editor.set_helper(Some(FluxHelper {
        names: Box::new(NoNames),
    }));
    let history = history_path();
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.load_history(path);
    }
    let mut pending = Pending::default();
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
                Some(Command::Bindings) => continue,
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
        let _ = editor.add_history_entry(source.as_str());
        if let Some(path) = &history {
            let _ = editor.append_history(path);
        }
    }
    ExitCode::SUCCESS
}
