//! The script runner: `flux FILE`, `flux -e 'SRC'`, `flux -` (standard input).
//! Each top-level expression statement's value is printed (display() text or JSON)
//! and a newline, and written out, as soon as it is computed; an error goes to
//! standard error with its location, and the exit status is 1. After SIGINT or
//! SIGTERM the script stops, what was printed stays, `interrupted` goes to
//! standard error and the exit status is 130 or 143 (see [`crate::interrupt`]).

use std::io::{Read, Write};
use std::process::ExitCode;

use crate::cli::{Format, Input};
use crate::interrupt::Received;
use crate::output::format_value;

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

/// How a run reports.
pub struct Output<'a> {
    /// Where values go.
    pub out: &'a mut dyn Write,
    /// Where errors go.
    pub err: &'a mut dyn Write,
    /// Value format.
    pub format: Format,
    /// Colour in errors.
    pub color: bool,
    /// The script's name in error snippets (a path, `<stdin>`, `<exec>`).
    pub name: &'a str,
    /// The signal that stopped the script, if one came.
    pub signal: &'a Received,
}

/// Run `source`, printing values and an error; the exit status.
pub fn run_source(runtime: &flux::Runtime, source: &str, o: Output<'_>) -> u8 {
    let mut failure: Option<String> = None;
    let result = runtime.run(source, |v| {
        if failure.is_some() {
            return;
        }
        match format_value(&v, o.format) {
            Ok(text) => {
                if writeln!(o.out, "{text}").and_then(|()| o.out.flush()).is_err() {
                    failure = Some(String::new());
                }
            }
            Err(message) => failure = Some(format!("error: {message}")),
        }
    });
    let _ = o.out.flush();
    if let Some(status) = o.signal.exit_status() {
        let _ = writeln!(o.err, "interrupted");
        return status;
    }
    match (result, failure) {
        (Ok(()), None) => 0,
        (Ok(()), Some(message)) => {
            if !message.is_empty() {
                let _ = writeln!(o.err, "{message}");
            }
            1
        }
        (Err(e), _) => {
            let _ = write!(o.err, "{}", e.render(o.name, o.color));
            1
        }
    }
}

/// Read and run the script of `input`.
pub fn run(
    input: &Input,
    runtime: &flux::Runtime,
    format: Format,
    color: bool,
    signal: &Received,
) -> ExitCode {
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
    let name = match input {
        Input::File(path) => path.display().to_string(),
        Input::Exec(_) => "<exec>".to_string(),
        Input::Stdin | Input::Repl => "<stdin>".to_string(),
    };
    let output = Output {
        out: &mut out,
        err: &mut err,
        format,
        color,
        name: &name,
        signal,
    };
    ExitCode::from(run_source(runtime, &source, output))
}
