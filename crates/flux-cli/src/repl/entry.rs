//! Turning REPL lines into entries: multi-line continuation and `:commands`.

use super::scan;

/// True when `src` needs more lines: the quick lexical scan says so (open
/// bracket or string, trailing operator), or every parse error is at the end
/// of the input (`if x then 1` still waits for `else`).
pub fn is_incomplete(src: &str) -> bool {
    scan::is_incomplete(src) || flux_syntax::parse(src).is_incomplete()
}

/// The first prompt.
pub const PROMPT: &str = "> ";
/// The prompt while an entry continues.
pub const CONTINUATION_PROMPT: &str = ". ";

/// Lines typed so far for one entry.
#[derive(Debug, Default)]
pub struct Pending {
    buffer: String,
}

impl Pending {
    /// True while an entry is being continued.
    pub fn is_continuing(&self) -> bool {
        !self.buffer.is_empty()
    }

    /// The prompt to show for the next line.
    pub fn prompt(&self) -> &'static str {
        if self.is_continuing() {
            CONTINUATION_PROMPT
        } else {
            PROMPT
        }
    }

    /// Add a line; returns the whole entry once it is complete. An empty line
    /// while continuing submits what was typed, so the parser can report it.
    pub fn push_line(&mut self, line: &str) -> Option<String> {
        let force = self.is_continuing() && line.trim().is_empty();
        if !force {
            if self.is_continuing() {
                self.buffer.push('\n');
            }
            self.buffer.push_str(line);
        }
        if force || !is_incomplete(&self.buffer) {
            Some(std::mem::take(&mut self.buffer))
        } else {
            None
        }
    }

    /// Forget the lines typed so far (Ctrl-C).
    pub fn clear(&mut self) {
        self.buffer.clear();
    }
}

/// A REPL command (a line starting with `:`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `:help`
    Help,
    /// `:quit`, `:q`, `:exit`
    Quit,
    /// `:bindings`: the names bound in this session.
    Bindings,
    /// `:type EXPR`: the type of an expression, checked in the session, not run.
    Type(String),
    /// Anything else starting with `:`.
    Unknown(String),
}

/// Text of `:help`.
pub const HELP: &str = "\
Type Flux; each expression's value is printed. Assignments and imports persist.
Input continues on a `. ` prompt while brackets or a string are open or a line ends
with an operator; an empty line submits it as it is.
  :help       this text
  :bindings   the names bound in this session
  :type EXPR  the type of EXPR (checked, not run)
  :quit       leave (also Ctrl-D)
Tab completes names, `import \"` paths, package members and record fields.
Ctrl-C clears the input or interrupts a running evaluation.
History is kept in $FLUX_HISTORY (default: the data directory's flux/history), except
entries that start with a space or hold a token or a secret.";

/// Recognise a `:command` line.
pub fn command(line: &str) -> Option<Command> {
    let word = line.trim().strip_prefix(':')?;
    if let Some(expr) = word.strip_prefix("type ").or_else(|| word.strip_prefix("t ")) {
        return Some(Command::Type(expr.trim().to_string()));
    }
    Some(match word {
        "help" | "h" | "?" => Command::Help,
        "quit" | "q" | "exit" => Command::Quit,
        "bindings" | "b" => Command::Bindings,
        other => Command::Unknown(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_entries() {
        let mut p = Pending::default();
        assert_eq!(p.push_line("1 + 1"), Some("1 + 1".into()));
        assert_eq!(p.prompt(), PROMPT);
    }

    #[test]
    fn multi_line_entries() {
        let mut p = Pending::default();
        assert_eq!(p.push_line("f = (x) =>"), None);
        assert_eq!(p.prompt(), CONTINUATION_PROMPT);
        assert_eq!(p.push_line("  x + 1"), Some("f = (x) =>\n  x + 1".into()));
        assert_eq!(p.push_line("{a: 1,"), None);
        assert_eq!(p.push_line("b: 2}"), Some("{a: 1,\nb: 2}".into()));
    }

    #[test]
    fn the_parser_knows_more_than_the_scan() {
        assert!(is_incomplete("if x then 1"));
        assert!(!is_incomplete("if x then 1 else 2"));
        assert!(!is_incomplete("f(]"));
    }

    #[test]
    fn an_empty_line_submits() {
        let mut p = Pending::default();
        assert_eq!(p.push_line("1 +"), None);
        assert_eq!(p.push_line(""), Some("1 +".into()));
        assert!(!p.is_continuing());
        assert_eq!(p.push_line(""), Some("".into()));
    }

    #[test]
    fn clear_forgets() {
        let mut p = Pending::default();
        assert_eq!(p.push_line("(1 +"), None);
        p.clear();
        assert_eq!(p.push_line("2"), Some("2".into()));
    }

    #[test]
    fn commands() {
        assert_eq!(command(":help"), Some(Command::Help));
        assert_eq!(command(" :q "), Some(Command::Quit));
        assert_eq!(command(":bindings"), Some(Command::Bindings));
        assert_eq!(command(":x"), Some(Command::Unknown("x".into())));
        assert_eq!(command(":type 1 + 1"), Some(Command::Type("1 + 1".into())));
        assert_eq!(command("x"), None);
    }
}
