//! `flux parse FILE...`: check syntax without running anything. Exit 0 when every
//! file parses cleanly, else 1 with every error of every file.

use std::io::Write;
use std::process::ExitCode;

use crate::cli::ParseArgs;
use flux::diagnostic::{self, Diagnostic};

/// Exit status when a file cannot be read.
const UNREADABLE: u8 = 2;

/// Parse every file; print errors (and the tree with `--ast`).
pub fn run(args: &ParseArgs, color: bool) -> ExitCode {
    // Only to mask `token:` literals in snippets: nothing runs.
    let runtime = flux::Runtime::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &args.files {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("flux: cannot read {}: {e}", path.display());
                return ExitCode::from(UNREADABLE);
            }
        };
        let source = match flux_syntax::source_text(&bytes) {
            Ok(source) => source,
            Err(bad) => {
                failed = true;
                let name = path.display().to_string();
                eprint!("{}", Diagnostic::from(&bad.error).render(&bad.text, &name, color));
                continue;
            }
        };
        let parsed = flux_syntax::parse(source);
        if args.ast {
            if args.files.len() > 1 {
                let _ = writeln!(out, "// {}", path.display());
            }
            let _ = write!(out, "{}", flux_syntax::sexpr(&parsed.file));
        }
        if !parsed.errors.is_empty() {
            failed = true;
            let shown = runtime.mask_secrets(source);
            let diagnostics: Vec<_> = parsed
                .errors
                .iter()
                .map(|e| {
                    let mut d = Diagnostic::from(e);
                    d.message = runtime.mask_secrets(&d.message);
                    d
                })
                .collect();
            let name = path.display().to_string();
            eprint!("{}", diagnostic::render(&diagnostics, &shown, &name, color));
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
