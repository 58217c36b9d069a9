//! Ctrl-C while a REPL entry evaluates: the handler raises the runtime's interrupt
//! flag, evaluation stops with an "interrupted" error, and the REPL goes on. While
//! the line editor reads input, Ctrl-C is a key (it clears the line), not a signal.
//! Scripts install no handler: Ctrl-C ends the process as usual.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Install the handler that raises `flag` on Ctrl-C.
pub fn install(flag: Arc<AtomicBool>) -> Result<(), String> {
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
        .map_err(|e| format!("cannot install the Ctrl-C handler: {e}"))
}
