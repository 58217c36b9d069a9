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

/// Why a script could not be read.
pub enum ReadError {
    /// The file or standard input could not be read (exit status 2).
    Unreadable(String),
    /// It is not UTF-8: a Flux error (exit status 1).
    NotUtf8(flux_syntax::InvalidUtf8),
}

/// Read the script `input` names (not for [`Input::Repl`]). A UTF-8 byte-order mark
/// at the start is skipped.
pub fn read_source(input: &Input) -> Result<String, ReadError> {
    let bytes = match input {
        Input::File(path) => std::fs::read(path)
            .map_err(|e| ReadError::Unreadable(format!("cannot read {}: {e}", path.display())))?,
        Input::Exec(src) => return Ok(src.clone()),
        Input::Stdin | Input::Repl => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| ReadError::Unreadable(format!("cannot read standard input: {e}")))?;
            bytes
        }
    };
    flux_syntax::source_text(&bytes)
        .map(str::to_owned)
        .map_err(ReadError::NotUtf8)
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
        match format_value(&v, o.format, runtime.output_budget()) {
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
            if message.contains("memory limit") {
                let _ = writeln!(o.err, "{MEMORY_HINT}");
            }
            1
        }
        (Err(e), _) => {
            let _ = write!(o.err, "{}", e.render(o.name, o.color));
            if let Some(hint) = limit_hint(&e) {
                let _ = writeln!(o.err, "{hint}");
            }
            1
        }
    }
}

/// How to raise the memory limit.
const MEMORY_HINT: &str = "help: raise the limit with --max-memory SIZE (such as --max-memory 4GiB)";

/// How to raise the limit a script ran into (`--max-memory`, `--max-steps`, `--timeout`).
pub fn limit_hint(error: &flux::Error) -> Option<&'static str> {
    if error.kind() != flux::ErrorKind::Limit {
        return None;
    }
    let message = error.messages().first().map(|(_, m)| *m).unwrap_or_default();
    if message.contains("memory limit") {
        Some(MEMORY_HINT)
    } else if message.contains("steps") {
        Some("help: raise the limit with --max-steps N")
    } else if message.contains("time limit") {
        Some("help: raise the limit with --timeout DURATION (such as --timeout 5m)")
    } else {
        None
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
    let name = match input {
        Input::File(path) => path.display().to_string(),
        Input::Exec(_) => "<exec>".to_string(),
        Input::Stdin | Input::Repl => "<stdin>".to_string(),
    };
    let source = match read_source(input) {
        Ok(s) => s,
        Err(ReadError::Unreadable(message)) => {
            eprintln!("flux: {message}");
            return ExitCode::from(UNREADABLE);
        }
        Err(ReadError::NotUtf8(bad)) => {
            let diagnostic = flux::diagnostic::Diagnostic::from(&bad.error);
            eprint!("{}", diagnostic.render(&bad.text, &name, color));
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
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
