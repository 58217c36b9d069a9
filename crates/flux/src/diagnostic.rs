//! Diagnostics: errors as plain data (kind, span, message), rendered only at the edge.
//!
//! Syntax errors and runtime errors both convert into [`Diagnostic`]. Two renderings:
//! [`short`] is Flux's one-line form (`error @1:7-1:7: expected RPAREN, got EOF`, several
//! joined by a blank line; an error inside function calls reads
//! `error calling function "f" @2:1-2:9: …` as Go Flux words it) and [`render`] draws
//! labelled source snippets with ariadne, the calls and package locations as notes.
//!
//! ```
//! let source = "f(a: 1";
//! let parsed = flux_syntax::parse(source);
//! let diagnostics: Vec<_> = parsed.errors.iter().map(flux::diagnostic::Diagnostic::from).collect();
//! assert_eq!(flux::diagnostic::short(&diagnostics, source), "error @1:7-1:7: expected RPAREN, got EOF");
//! ```

use ariadne::{CharSet, Color, Config, IndexType, Label, Report, ReportKind, Source};
use flux_eval::{ErrorKind, RuntimeError, Source as Text};
use flux_syntax::{LineIndex, Span, SyntaxError};

/// One problem in one source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem (`Syntax` for parse errors).
    pub kind: ErrorKind,
    /// Where, as byte offsets into the source.
    pub span: Span,
    /// What is wrong, in Flux's wording.
    pub message: String,
    /// A note drawn at the span in snippets (the message itself is said once, in the header).
    pub label: Option<String>,
    /// A second place drawn in snippets with its note (the bracket that is never closed).
    pub related: Option<(Span, String)>,
    /// Flux's words for the calls the error happened in, outermost first
    /// (`error calling function "f" @2:1-2:9: `), empty outside any call.
    pub calls: String,
    /// Lines said under the snippet (where in a package it happened, the call stack).
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic of `kind` at `span`.
    pub fn new(kind: ErrorKind, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            kind,
            span,
            message: message.into(),
            label: None,
            related: None,
            calls: String::new(),
            notes: Vec::new(),
        }
    }

    /// A runtime error from evaluating `main` (the program's source, as shown):
    /// pointed at in `main` (at the call that led into a package when it happened in
    /// one), with Flux's call chain and notes for the package location and the calls.
    pub fn from_runtime(error: &RuntimeError, main: &Text) -> Self {
        let in_main = |source: &Text| source == main;
        let mut d = Diagnostic::new(error.kind, error.span, error.message.clone());
        d.calls = error.flux_message();
        d.calls.truncate(d.calls.len() - error.message.len());
        match error.source().map(|s| &**s) {
            Some(source) if !in_main(source) => {
                d.notes.push(format!(
                    "it happened {} at {}",
                    where_is(source),
                    LineIndex::new(&source.text).location(error.span)
                ));
                if let Some(call) = error.frames().iter().find(|f| in_main(&f.source)) {
                    d.span = call.span;
                }
            }
            _ => {}
        }
        if let Some(call) = error
            .frames()
            .iter()
            .find(|f| f.span == d.span && in_main(&f.source))
        {
            d.label = Some(format!("in this call of {}", call.function));
        }
        if error.frames().len() > 1 || d.notes.len() == 1 {
            let calls: Vec<String> = error
                .frames()
                .iter()
                .rev()
                .map(|f| match in_main(&f.source) {
                    true => format!("{} @{}", f.function, f.location()),
                    false => format!("{} @{} {}", f.function, f.location(), where_is(&f.source)),
                })
                .collect();
            if !calls.is_empty() {
                d.notes.push(format!("calls: {}", calls.join(" > ")));
            }
        }
        d
    }

    /// Flux's one-line form: `error @L:C-L:C: message`, or for an error inside
    /// function calls `error calling function "NAME" @L:C-L:C: … message` as Go Flux says it.
    pub fn short(&self, source: &str) -> String {
        if !self.calls.is_empty() {
            return format!("{}{}", self.calls, self.message);
        }
        let index = LineIndex::new(source);
        format!("error @{}: {}", index.location(self.span), self.message)
    }

    /// A labelled source snippet (ariadne), ending with a newline. `name` names the
    /// source (a file name, `<stdin>`, `<repl>`); `color` turns on ANSI colours.
    pub fn render(&self, source: &str, name: &str, color: bool) -> String {
        let len = source.len();
        // ariadne slices the source at these offsets: keep them on char boundaries.
        let start = floor_char_boundary(source, (self.span.start as usize).min(len));
        let end = floor_char_boundary(source, (self.span.end as usize).clamp(start, len)).max(start);
        let line = line_around(source, start);
        if line.len() > LONG_LINE {
            return self.render_window(source, name, line, start..end);
        }
        let config = Config::default()
            .with_color(color)
            .with_index_type(IndexType::Byte)
            .with_char_set(if color { CharSet::Unicode } else { CharSet::Ascii });
        // The header says the message; the label only points (or adds a note). ariadne
        // draws no underline for a label without a message, hence the empty one.
        let label = Label::new((name, start..end))
            .with_color(Color::Red)
            .with_message(self.label.as_deref().unwrap_or(""));
        let mut report = Report::build(ReportKind::Error, (name, start..end))
            .with_config(config)
            .with_message(&self.message)
            .with_label(label);
        if let Some((span, note)) = &self.related {
            let from = floor_char_boundary(source, (span.start as usize).min(len));
            let to = floor_char_boundary(source, (span.end as usize).clamp(from, len)).max(from);
            report.add_label(
                Label::new((name, from..to))
                    .with_message(note)
                    .with_color(Color::Yellow),
            );
        }
        for note in &self.notes {
            report.add_note(note);
        }
        let mut out = Vec::new();
        let written = report.finish().write((name, Source::from(source)), &mut out);
        match written {
            Ok(()) => String::from_utf8_lossy(&out).into_owned(),
            Err(_) => format!("{}\n", self.short(source)),
        }
    }
}

/// Lines longer than this (bytes) are shown as a window around the span: a script of one
/// 50 MB line must not print 50 MB per error.
const LONG_LINE: usize = 400;
/// Bytes shown on each side of the span in such a window.
const WINDOW_MARGIN: usize = 60;

impl Diagnostic {
    /// The snippet for a span on a very long line: the line cut to a window around the
    /// span (`...` marks the cuts), drawn like ariadne's ASCII snippets.
    fn render_window(
        &self,
        source: &str,
        name: &str,
        line: std::ops::Range<usize>,
        span: std::ops::Range<usize>,
    ) -> String {
        let at = LineIndex::new(source).line_col(span.start as u32);
        let end = span.end.min(span.start + WINDOW_MARGIN);
        let from = ceil_char_boundary(source, span.start.saturating_sub(WINDOW_MARGIN).max(line.start));
        let to = floor_char_boundary(source, (end + WINDOW_MARGIN).min(line.end)).max(end);
        let (head, tail) = (
            if from > line.start { "..." } else { "" },
            if to < line.end { "..." } else { "" },
        );
        let width = at.line.to_string().len() + 1;
        let pad = " ".repeat(width);
        let indent = head.len() + source[from..span.start].chars().count();
        let carets = source[span.start..end].chars().count().max(1);
        let mut out = format!(
            "Error: {}\n{pad} ,-[ {name}:{}:{} ]\n{pad} |\n",
            self.message, at.line, at.column
        );
        out.push_str(&format!(
            "{:>width$} | {head}{}{tail}\n",
            at.line,
            &source[from..to]
        ));
        out.push_str(&format!(
            "{pad} | {}{} {}\n",
            " ".repeat(indent),
            "^".repeat(carets),
            self.label.as_deref().unwrap_or("")
        ));
        for note in &self.notes {
            out.push_str(&format!("{pad} | Note: {note}\n"));
        }
        out.push_str(&format!("{}'\n", "-".repeat(width + 1)));
        out
    }
}

/// The byte range of the line holding `offset` (without its newline).
fn line_around(source: &str, offset: usize) -> std::ops::Range<usize> {
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..].find('\n').map_or(source.len(), |i| offset + i);
    start..end
}

/// The smallest char boundary of `source` at or after `offset`.
fn ceil_char_boundary(source: &str, mut offset: usize) -> usize {
    while !source.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// The largest char boundary of `source` at or before `offset`.
fn floor_char_boundary(source: &str, mut offset: usize) -> usize {
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl From<&SyntaxError> for Diagnostic {
    fn from(error: &SyntaxError) -> Self {
        Diagnostic {
            related: error.related.as_ref().map(|r| (r.span, r.message.clone())),
            ..Diagnostic::new(ErrorKind::Syntax, error.span, error.message.clone())
        }
    }
}

impl From<&flux_semantic::TypeError> for Diagnostic {
    fn from(error: &flux_semantic::TypeError) -> Self {
        let kind = match error.kind {
            flux_semantic::TypeErrorKind::Syntax => ErrorKind::Syntax,
            flux_semantic::TypeErrorKind::UndefinedIdentifier | flux_semantic::TypeErrorKind::Import => {
                ErrorKind::Name
            }
            _ => ErrorKind::Type,
        };
        Diagnostic::new(kind, error.span, error.message.clone())
    }
}

/// At most this many diagnostics are reported; then `... and N more`.
pub const MAX_REPORTED: usize = 100;

/// The line that stands for the diagnostics past [`MAX_REPORTED`], if any.
fn omitted(diagnostics: &[Diagnostic]) -> Option<String> {
    let more = diagnostics.len().checked_sub(MAX_REPORTED).filter(|n| *n > 0)?;
    Some(format!("... and {more} more"))
}

/// How a note names a source other than the program: `in package "strings"`, or
/// `in an earlier input` for a function defined by an earlier REPL entry.
fn where_is(source: &Text) -> String {
    match &*source.name {
        "main" => "in an earlier input".to_string(),
        name => format!("in package {name:?}"),
    }
}

/// Flux's plain form of several diagnostics: one `error @L:C-L:C: message` each,
/// joined by a blank line (no trailing newline).
/// Past [`MAX_REPORTED`] the rest are counted: `... and N more`.
pub fn short(diagnostics: &[Diagnostic], source: &str) -> String {
    diagnostics
        .iter()
        .take(MAX_REPORTED)
        .map(|d| d.short(source))
        .chain(omitted(diagnostics))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Labelled source snippets of several diagnostics, one after the other.
/// Past [`MAX_REPORTED`] the rest are counted: `... and N more`.
pub fn render(diagnostics: &[Diagnostic], source: &str, name: &str, color: bool) -> String {
    let mut out: String = diagnostics
        .iter()
        .take(MAX_REPORTED)
        .map(|d| d.render(source, name, color))
        .collect();
    if let Some(line) = omitted(diagnostics) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(source: &str) -> Vec<Diagnostic> {
        flux_syntax::parse(source)
            .errors
            .iter()
            .map(Diagnostic::from)
            .collect()
    }

    #[test]
    fn short_form_is_fluxs() {
        let source = "x = (1 +\ny = 2\nz = [1, 2\nw = 3";
        assert_eq!(
            short(&syntax(source), source),
            "error @2:3-2:4: expected RPAREN, got ASSIGN (=) at 2:3\n\n\
             error @4:1-4:2: expected RBRACK, got IDENT (w) at 4:1"
        );
    }

    #[test]
    fn snippets_point_at_the_span() {
        let source = "f(a: 1";
        let text = render(&syntax(source), source, "test.flux", false);
        assert!(text.starts_with("Error: expected RPAREN, got EOF"), "{text}");
        assert!(text.contains("test.flux:1:7"), "{text}");
        assert!(!text.contains('\u{1b}'), "no colour codes: {text}");
        assert_eq!(
            text.matches("expected RPAREN").count(),
            1,
            "the message is said once: {text}"
        );
    }

    #[test]
    fn an_unclosed_bracket_is_labelled_where_it_opened() {
        let source = "x = f(a: 1,\n  b: 2";
        let text = render(&syntax(source), source, "test.flux", false);
        assert!(text.contains("expected RPAREN, got EOF"), "{text}");
        assert!(text.contains("this ( is never closed"), "{text}");
        assert_eq!(
            short(&syntax(source), source),
            "error @2:7-2:7: expected RPAREN, got EOF"
        );
    }

    #[test]
    fn at_most_a_hundred_errors_are_reported() {
        let source: String = (0..130).map(|i| format!("v{i} = #\n")).collect();
        let diagnostics = syntax(&source);
        assert_eq!(diagnostics.len(), 130);
        let text = render(&diagnostics, &source, "many.flux", false);
        assert!(text.contains("v99 = #") && !text.contains("v100 = #"), "{text}");
        assert!(text.ends_with("... and 30 more\n"), "{text}");
        let plain = short(&diagnostics, &source);
        assert_eq!(plain.matches("invalid token").count(), 100);
        assert!(plain.ends_with("\n\n... and 30 more"), "{plain}");
        assert!(!short(&diagnostics[..100], &source).contains("more"));
    }

    #[test]
    fn spans_past_the_end_do_not_panic() {
        let d = Diagnostic::new(ErrorKind::Runtime, Span::new(50, 10), "boom");
        assert!(d.render("short", "x", true).contains("boom"));
        assert_eq!(d.short("short"), "error @1:6-1:6: boom");
    }

    #[test]
    fn a_very_long_line_is_shown_as_a_window() {
        let source = format!("x = [{}1 +, 2]", "1, ".repeat(100_000));
        let diagnostics = syntax(&source);
        let text = render(&diagnostics, &source, "long.flux", false);
        assert!(
            text.len() < 1_000,
            "{} bytes: {}",
            text.len(),
            &text[..text.len().min(2_000)]
        );
        assert!(text.contains("long.flux:1:300009"), "{text}");
        assert!(
            text.contains(" | ...1, 1, ") && text.contains("1, 1 +, 2]\n"),
            "{text}"
        );
        assert!(text.contains('^'), "{text}");
    }

    #[test]
    fn spans_inside_a_character_do_not_panic() {
        let d = Diagnostic::new(ErrorKind::Syntax, Span::new(1, 2), "bad");
        assert!(d.render("\u{3eb}x", "x", false).contains("bad"));
    }

    #[test]
    fn call_errors_say_the_calls_first() {
        let mut d = Diagnostic::new(ErrorKind::Runtime, Span::new(0, 16), "boom");
        d.calls = "error calling function \"die\" @1:1-1:17: ".into();
        assert_eq!(
            d.short("die(msg: \"boom\")"),
            "error calling function \"die\" @1:1-1:17: boom"
        );
    }
}
