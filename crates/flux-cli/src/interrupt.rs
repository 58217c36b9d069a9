//! Ctrl-C while a REPL entry evaluates: the handler raises the runtime's interrupt
//! flag, evaluation stops with an "interrupted" error, and the REPL goes on. A
//! second Ctrl-C before evaluation stopped ends the process (exit 130), in case
//! something does not look at the flag. While the line editor reads input, Ctrl-C
//! is a key (it clears the line), not a signal. Scripts install no handler:
//! Ctrl-C ends them as usual.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Exit status after a forced stop, as shells report SIGINT.
const INTERRUPTED: i32 = 130;

/// Install the handler that raises `flag` on Ctrl-C (the REPL lowers it before each entry).
pub fn install(flag: Arc<AtomicBool>) -> Result<(), String> {
    ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            eprintln!();
            std::process::exit(INTERRUPTED);
        }
    })
    .map_err(|e| format!("cannot install the Ctrl-C handler: {e}"))
}
