//! Colours for the line being typed, from flux-syntax's tokens: keywords, strings,
//! numbers, durations and dates, comments. Only when colour is on (`--color`, a
//! terminal, no NO_COLOR).

use flux_syntax::{TokenClass, tokens};

const KEYWORD: &str = "\u{1b}[35m";
const STRING: &str = "\u{1b}[32m";
const NUMBER: &str = "\u{1b}[36m";
const COMMENT: &str = "\u{1b}[2m";
const RESET: &str = "\u{1b}[0m";

/// `line` with ANSI colours around its tokens; the visible text is unchanged.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut copied = 0;
    for (class, span) in tokens(line) {
        let colour = match class {
            TokenClass::Keyword => KEYWORD,
            TokenClass::String { .. } | TokenClass::Regex => STRING,
            TokenClass::Number | TokenClass::Duration | TokenClass::DateTime => NUMBER,
            TokenClass::Comment => COMMENT,
            _ => continue,
        };
        let range = span.range();
        out.push_str(&line[copied..range.start]);
        out.push_str(colour);
        out.push_str(&line[range.clone()]);
        out.push_str(RESET);
        copied = range.end;
    }
    out.push_str(&line[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colours_tokens_and_keeps_the_text() {
        let line = "if x then \"a\\\"b\" else 1h30m // done";
        let lit = highlight(line);
        assert_eq!(strip(&lit), line);
        assert!(lit.starts_with(&format!("{KEYWORD}if{RESET} x ")), "{lit}");
        assert!(lit.contains(&format!("{STRING}\"a\\\"b\"{RESET}")), "{lit}");
        assert!(lit.contains(&format!("{NUMBER}1h30m{RESET}")), "{lit}");
        assert!(lit.ends_with(&format!("{COMMENT}// done{RESET}")), "{lit}");
        assert_eq!(highlight("x + y"), "x + y");
    }

    #[test]
    fn half_typed_lines_keep_their_text() {
        for line in ["x = \"ab", "f(a: #", "é = 1 //", "\"${x", "/re"] {
            assert_eq!(strip(&highlight(line)), line);
        }
    }
}
