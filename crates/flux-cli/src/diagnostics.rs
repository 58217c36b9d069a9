//! Rendering errors at the edge: Flux's own line (`error @L:C-L:C: message`)
//! followed by the source line it points at, underlined.
//!
//! ```text
//! error @1:1-1:5: undefined identifier nope
//!   |
//! 1 | nope + 1
//!   | ^^^^
//! ```

use flux_syntax::{LineIndex, Span};

const RED_BOLD: &str = "\u{1b}[1;31m";
const BLUE_BOLD: &str = "\u{1b}[1;34m";
const RESET: &str = "\u{1b}[0m";

/// `error` as text for standard error, ending with a newline.
pub fn render(error: &flux::Error, color: bool) -> String {
    render_messages(error.source_text(), &error.messages(), "", color)
}

/// Errors `(span, message)` in `source`; `file` is shown before the location
/// (`error FILE@L:C-L:C: message`), as Flux does.
pub fn render_messages(source: &str, messages: &[(Span, &str)], file: &str, color: bool) -> String {
    let index = LineIndex::new(source);
    messages
        .iter()
        .map(|(span, message)| render_one(source, &index, *span, message, file, color))
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_one(
    source: &str,
    index: &LineIndex<'_>,
    span: Span,
    message: &str,
    file: &str,
    color: bool,
) -> String {
    let (red, blue, reset) = if color {
        (RED_BOLD, BLUE_BOLD, RESET)
    } else {
        ("", "", "")
    };
    let mut out = format!("{red}error{reset} {file}@{}: {message}\n", index.location(span));
    let start = index.line_col(span.start);
    let Some(line) = source.lines().nth(start.line.saturating_sub(1) as usize) else {
        return out;
    };
    if line.trim().is_empty() {
        return out;
    }
    let end = index.line_col(span.end);
    let from = start.column.saturating_sub(1) as usize;
    let line_len = line.chars().count();
    let to = if end.line == start.line {
        end.column.saturating_sub(1) as usize
    } else {
        line_len
    };
    let width = to.clamp(from + 1, line_len.max(from + 1)) - from;
    let number = start.line.to_string();
    let pad = " ".repeat(number.len());
    let indent: String = line
        .chars()
        .take(from)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    out.push_str(&format!("{blue}{pad} |{reset}\n"));
    out.push_str(&format!("{blue}{number} |{reset} {line}\n"));
    out.push_str(&format!(
        "{blue}{pad} |{reset} {indent}{red}{}{reset}\n",
        "^".repeat(width)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(source: &str) -> flux::Error {
        flux::Runtime::new().eval(source).unwrap_err()
    }

    #[test]
    fn flux_line_then_the_source_underlined() {
        assert_eq!(
            render(&err("x = 1\nnope + 1"), false),
            "error @2:1-2:5: undefined identifier nope\n  |\n2 | nope + 1\n  | ^^^^\n"
        );
    }

    #[test]
    fn colour_only_when_asked() {
        assert!(!render(&err("nope"), false).contains('\u{1b}'));
        assert!(render(&err("nope"), true).contains(RED_BOLD));
    }

    #[test]
    fn an_error_at_the_end_of_input() {
        let text = render(&err("1 +"), false);
        assert!(text.starts_with("error @1:"), "{text}");
        assert!(text.contains("1 | 1 +"), "{text}");
    }
}
