//! The script runner: `flux FILE`, `flux -e 'SRC'`, `flux -` (standard input).
//! Each top-level expression statement's value is printed with display() and a
//! newline as soon as it is computed; an error goes to standard error with its
//! location, and the exit status is 1.

use std::io::{Read, Write};
use std::process::ExitCode;

use crate::cli::Input;

/// Exit status when the script could not be read.
const UNREADABLE: u8 = 2;

/// Read the script `input` names (not for [`Input::Repl`]).
pub fn read_source(input: &Input) -> Result<String, String> {
    match input {
        Input::File(path) => {
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
        }
        Input::Exec(src) => Ok(src.clone()),
        Input::Stdin | Input::Repl => {
            let mut src = String::new();
            std::io::stdin()
                .read_to_string(&mut src)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(src)
        }
    }
}

/// Run `source`, printing values to `out` and an error to `err`; the exit status.
pub fn run_source(runtime: &flux::Runtime, source: &str, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut write_failed = false;
    let result = runtime.run(source, |v| {
        if writeln!(out, "{}", v.display()).is_err() {
            write_failed = true;
        }
    });
    let _ = out.flush();
    match result {
        Ok(()) if !write_failed => 0,
        Ok(()) => 1,
        Err(e) => {
            let _ = writeln!(err, "{}", e.render_plain());
            1
        }
    }
}

/// Read and run the script of `input`.
pub fn run(input: &Input, runtime: &flux::Runtime) -> ExitCode {
    let source = match read_source(input) {
        Ok(s) => s,
        Err(message) => {
            eprintln!("flux: {message}");
            return ExitCode::from(UNREADABLE);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    ExitCode::from(run_source(runtime, &source, &mut out, &mut err))
}
