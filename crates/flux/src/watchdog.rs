//! The wall-time limit: a watchdog thread that raises the evaluation's interrupt
//! flag when the deadline passes, or when the runtime's own flag is raised.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use flux_eval::{ErrorKind, RuntimeError};

/// How often the watchdog looks at the runtime's interrupt flag.
const POLL: Duration = Duration::from_millis(10);

/// The interrupt flag one evaluation runs with.
pub(crate) struct Guard {
    flag: Arc<AtomicBool>,
    limit: Option<Duration>,
    expired: Arc<AtomicBool>,
    _done: Option<Sender<()>>,
}

impl Guard {
    /// Without a time limit the evaluation uses the runtime's flag directly; with one,
    /// a fresh flag raised by a watchdog thread (which ends when the guard is dropped).
    pub(crate) fn start(limit: Option<Duration>, runtime_flag: &Arc<AtomicBool>) -> Guard {
        let expired = Arc::new(AtomicBool::new(false));
        let Some(limit) = limit else {
            return Guard {
                flag: runtime_flag.clone(),
                limit: None,
                expired,
                _done: None,
            };
        };
        let flag = Arc::new(AtomicBool::new(runtime_flag.load(Ordering::Relaxed)));
        let (done, finished) = mpsc::channel::<()>();
        let deadline = Instant::now() + limit;
        let (watched, raised, timed_out) = (runtime_flag.clone(), flag.clone(), expired.clone());
        let spawned = std::thread::Builder::new()
            .name("flux-watchdog".to_string())
            .spawn(move || watch(&finished, deadline, &watched, &raised, &timed_out));
        if spawned.is_err() {
            // No thread, no deadline: fall back to the runtime's flag.
            return Guard {
                flag: runtime_flag.clone(),
                limit: None,
                expired,
                _done: None,
            };
        }
        Guard {
            flag,
            limit: Some(limit),
            expired,
            _done: Some(done),
        }
    }

    /// The flag to hand to the evaluator.
    pub(crate) fn flag(&self) -> Arc<AtomicBool> {
        self.flag.clone()
    }

    /// An interruption caused by the deadline is reported as the time limit.
    pub(crate) fn explain(&self, error: RuntimeError) -> RuntimeError {
        match self.limit {
            Some(limit) if error.kind == ErrorKind::Limit && self.expired.load(Ordering::Relaxed) => {
                RuntimeError::new(ErrorKind::Limit, error.span, time_limit_message(limit))
            }
            _ => error,
        }
    }
}

fn watch(
    finished: &mpsc::Receiver<()>,
    deadline: Instant,
    runtime_flag: &AtomicBool,
    flag: &AtomicBool,
    expired: &AtomicBool,
) {
    loop {
        let now = Instant::now();
        if now >= deadline {
            expired.store(true, Ordering::Relaxed);
            flag.store(true, Ordering::Relaxed);
            return;
        }
        match finished.recv_timeout(POLL.min(deadline - now)) {
            Err(RecvTimeoutError::Timeout) => {
                if runtime_flag.load(Ordering::Relaxed) {
                    flag.store(true, Ordering::Relaxed);
                    return;
                }
            }
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// `evaluation exceeded the time limit of 1.5s`.
pub(crate) fn time_limit_message(limit: Duration) -> String {
    let nanos = i64::try_from(limit.as_nanos()).unwrap_or(i64::MAX);
    let shown = flux_eval::time::format_duration(&flux_eval::Duration::from_nanos(nanos));
    format!("evaluation exceeded the time limit of {shown}")
}
