//! SIGINT (Ctrl-C) and SIGTERM.
//!
//! Running a script: the first signal raises the runtime's interrupt flag, so
//! evaluation (and an HTTP request in flight) stops; what was printed stays
//! printed, the runner says `interrupted` on standard error and exits with 130
//! (SIGINT) or 143 (SIGTERM). Should the script not stop within [`GRACE`]
//! (work that does not look at the flag), or on a second signal, the process
//! says `interrupted` and exits at once.
//!
//! In the REPL, SIGINT interrupts the entry being evaluated and the REPL goes
//! on; a second one before evaluation stopped ends the process (130). While the
//! line editor reads input, Ctrl-C is a key (it clears the line), not a signal.
//! SIGTERM ends the REPL (143).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::Duration;

/// How long a script may take to stop after the first signal.
pub const GRACE: Duration = Duration::from_secs(2);

/// What the process is doing when a signal comes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Running a script: stop it.
    Script,
    /// The REPL: stop the entry, keep the REPL (SIGINT).
    Repl,
}

/// The signal received so far, if any.
#[derive(Clone, Debug, Default)]
pub struct Received(Arc<AtomicI32>);

impl Received {
    /// The exit status the signal asks for (128 + its number), once one came.
    pub fn exit_status(&self) -> Option<u8> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            signal => u8::try_from(128 + signal).ok(),
        }
    }

    fn record(&self, signal: i32) -> bool {
        self.0
            .compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }
}

/// Say `interrupted` and end the process with `status`.
fn exit_interrupted(status: i32) -> ! {
    eprintln!("interrupted");
    std::process::exit(status)
}

/// Watch for SIGINT and SIGTERM on a thread of its own, raising `flag`.
#[cfg(unix)]
pub fn install(flag: Arc<AtomicBool>, mode: Mode) -> Result<Received, String> {
    use signal_hook::consts::{SIGINT, SIGTERM};

    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])
        .map_err(|e| format!("cannot watch for signals: {e}"))?;
    let received = Received::default();
    let seen = received.clone();
    std::thread::Builder::new()
        .name("flux-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                on_signal(signal, mode, &flag, &seen, signal == SIGTERM);
            }
        })
        .map_err(|e| format!("cannot watch for signals: {e}"))?;
    Ok(received)
}

/// Watch for Ctrl-C (the only signal there is here), raising `flag`.
#[cfg(not(unix))]
pub fn install(flag: Arc<AtomicBool>, mode: Mode) -> Result<Received, String> {
    const SIGINT: i32 = 2;
    let received = Received::default();
    let seen = received.clone();
    ctrlc::set_handler(move || on_signal(SIGINT, mode, &flag, &seen, false))
        .map_err(|e| format!("cannot install the Ctrl-C handler: {e}"))?;
    Ok(received)
}

fn on_signal(signal: i32, mode: Mode, flag: &Arc<AtomicBool>, seen: &Received, terminate: bool) {
    let status = 128 + signal;
    match mode {
        Mode::Repl if terminate => exit_interrupted(status),
        Mode::Repl => {
            if flag.swap(true, Ordering::SeqCst) {
                eprintln!();
                std::process::exit(status);
            }
        }
        Mode::Script => {
            if !seen.record(signal) {
                exit_interrupted(status);
            }
            flag.store(true, Ordering::SeqCst);
            // The runner exits by itself once evaluation stops; this is the backstop.
            let _ = std::thread::Builder::new().spawn(move || {
                std::thread::sleep(GRACE);
                exit_interrupted(status)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_status_is_128_plus_the_signal() {
        let r = Received::default();
        assert_eq!(r.exit_status(), None);
        assert!(r.record(15));
        assert!(!r.record(2), "the first signal counts");
        assert_eq!(r.exit_status(), Some(143));
    }
}
