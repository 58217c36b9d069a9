//! The rustyline helper: Tab completion from a snapshot of the session's names,
//! and colours for the line being typed when colour is on.

use std::borrow::Cow;

use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::{Context, Helper, Hinter, Validator};

use super::complete::{Names, complete};
use super::highlight::highlight;

/// Completion (and highlighting) for the line editor; the REPL replaces `names`
/// after every entry.
#[derive(Helper, Hinter, Validator)]
pub struct FluxHelper {
    /// What completion offers.
    pub names: Box<dyn Names>,
    /// Colour the input.
    pub color: bool,
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

impl Highlighter for FluxHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(highlight(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}
