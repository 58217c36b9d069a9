//! Colours for the line being typed: keywords, strings, numbers and durations,
//! comments. Only when colour is on (`--color`, a terminal, no NO_COLOR).

use super::complete::KEYWORDS;
use super::scan::{is_ident_continue, is_ident_start};

const KEYWORD: &str = "\u{1b}[35m";
const STRING: &str = "\u{1b}[32m";
const NUMBER: &str = "\u{1b}[36m";
const COMMENT: &str = "\u{1b}[2m";
const RESET: &str = "\u{1b}[0m";

/// `line` with ANSI colours around its tokens; the visible text is unchanged.
pub fn highlight(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let colour = if c == '/' && chars.get(i + 1) == Some(&'/') {
            i = chars.len();
            Some(COMMENT)
        } else if c == '"' {
            i = string_end(&chars, i);
            Some(STRING)
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_alphanumeric() || matches!(chars[i], '.' | ':')) {
                i += 1;
            }
            Some(NUMBER)
        } else if is_ident_start(c) {
            while i < chars.len() && is_ident_continue(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            KEYWORDS.contains(&word.as_str()).then_some(KEYWORD)
        } else {
            i += 1;
            None
        };
        let text: String = chars[start..i].iter().collect();
        match colour {
            Some(colour) => {
                out.push_str(colour);
                out.push_str(&text);
                out.push_str(RESET);
            }
            None => out.push_str(&text),
        }
    }
    out
}

/// Index just past the string literal that starts at `i` (or the end of the line).
fn string_end(chars: &[char], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
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
}
