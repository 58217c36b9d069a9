//! Evaluating from async code without blocking the executor.
//!
//! Evaluation is synchronous (a tree walk, plus HTTP requests that wait). From async
//! code, either await [`Runtime::eval_async`], which runs the evaluation on a thread
//! of its own and works with any executor, or hand it to tokio's blocking pool:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let runtime = flux::Runtime::new();
//! let rt = runtime.clone();
//! let values = tokio::task::spawn_blocking(move || rt.eval("1 + 1")).await;
//! # assert!(matches!(values, Ok(Ok(_))));
//! let values = runtime.eval_async("2 + 2").await;
//! # assert!(values.is_ok());
//! # }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use flux_eval::Value;

use crate::error::Error;
use crate::runtime::Runtime;

/// Stack of the thread an async evaluation runs on.
const STACK_BYTES: usize = 8 * 1024 * 1024;

/// The result of [`Runtime::eval_async`], once the evaluation thread finishes.
#[derive(Debug)]
pub struct EvalFuture {
    shared: Arc<Mutex<Slot>>,
}

#[derive(Debug, Default)]
struct Slot {
    result: Option<Result<Vec<Value>, Error>>,
    waker: Option<Waker>,
}

impl Runtime {
    /// Evaluate `source` on a new thread; the future resolves to what
    /// [`Runtime::eval`] returns. Dropping the future does not stop the evaluation:
    /// use a time limit or the interrupt flag for that.
    pub fn eval_async(&self, source: impl Into<String>) -> EvalFuture {
        let shared = Arc::new(Mutex::new(Slot::default()));
        let (runtime, source, slot) = (self.clone(), source.into(), shared.clone());
        let work = move || {
            let mut reporter = Reporter { slot, done: false };
            let result = runtime.eval(&source);
            reporter.report(result);
        };
        let spawned = std::thread::Builder::new()
            .name("flux-eval".to_string())
            .stack_size(STACK_BYTES)
            .spawn(work);
        if let Err(e) = spawned {
            Reporter {
                slot: shared.clone(),
                done: false,
            }
            .report(Err(internal(&format!("cannot start an evaluation thread: {e}"))));
        }
        EvalFuture { shared }
    }
}

impl Future for EvalFuture {
    type Output = Result<Vec<Value>, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let Ok(mut slot) = self.shared.lock() else {
            return Poll::Ready(Err(internal(PANICKED)));
        };
        match slot.result.take() {
            Some(result) => Poll::Ready(result),
            None => {
                slot.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

const PANICKED: &str = "the evaluation thread panicked";

/// Hands the result to the future, or an error if the thread ends without one.
struct Reporter {
    slot: Arc<Mutex<Slot>>,
    done: bool,
}

impl Reporter {
    fn report(&mut self, result: Result<Vec<Value>, Error>) {
        self.done = true;
        if let Ok(mut slot) = self.slot.lock() {
            slot.result = Some(result);
            if let Some(waker) = slot.waker.take() {
                waker.wake();
            }
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        if !self.done {
            self.report(Err(internal(PANICKED)));
        }
    }
}

fn internal(message: &str) -> Error {
    Error::Runtime {
        error: flux_eval::RuntimeError::new(
            flux_eval::ErrorKind::Internal,
            flux_syntax::Span::default(),
            message,
        ),
        source: "".into(),
    }
}
