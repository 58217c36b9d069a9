//! The rustyline helper: Tab completion from a snapshot of the session's names.

use rustyline::completion::Completer;
use rustyline::{Context, Helper, Highlighter, Hinter, Validator};

use super::complete::{Names, complete};

/// Completion for the line editor; the REPL replaces `names` after every entry.
#[derive(Helper, Hinter, Highlighter, Validator)]
pub struct FluxHelper {
    /// What completion offers.
    pub names: Box<dyn Names>,
}

impl Completer for FluxHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let c = complete(line, pos, self.names.as_ref());
        Ok((c.start, c.candidates))
    }
}
