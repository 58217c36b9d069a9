//! The regular expression value: Go's RE2 dialect, as Go Flux compiles a regex literal
//! or `regexp.compile`, on the regex crate.
//!
//! The regex crate implements the same RE2 semantics (leftmost-first, linear time) but
//! reads some syntax differently from Go; [`to_rust_syntax`] rewrites a Go pattern so
//! the crate matches as Go would (`\d` is ASCII, `\Q…\E` quotes, …). The value keeps
//! Go's source text, which is what `display()` shows and what two regexes compare by.

use std::sync::Arc;

/// A compiled regular expression in Go's dialect: compiled once, shared by clones.
#[derive(Clone, Debug)]
pub struct Regex {
    source: Arc<str>,
    compiled: Arc<regex::Regex>,
}

impl Regex {
    /// Compiles `pattern` (Go's RE2 syntax). The error text is Go's
    /// (`error parsing regexp: missing closing ): `(abc``) for the usual mistakes.
    pub fn new(pattern: &str) -> std::result::Result<Self, String> {
        let translated = to_rust_syntax(pattern);
        let compiled = regex::Regex::new(&translated).map_err(|e| match e {
            regex::Error::Syntax(msg) => go_syntax_error(pattern, &translated)
                .unwrap_or_else(|| format!("error parsing regexp: {}", msg.lines().last().unwrap_or(""))),
            regex::Error::CompiledTooBig(_) => "error parsing regexp: expression too large".to_string(),
            _ => "error parsing regexp: invalid regular expression".to_string(),
        })?;
        Ok(Regex {
            source: pattern.into(),
            compiled: Arc::new(compiled),
        })
    }

    /// The pattern text as written (Go's syntax), as `display()` shows it.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The regex crate's compiled form, for searching.
    pub fn compiled(&self) -> &regex::Regex {
        &self.compiled
    }

    /// Whether `v` contains a match (Go's `MatchString`).
    pub fn is_match(&self, v: &str) -> bool {
        self.compiled.is_match(v)
    }
}

const ASCII_DIGIT: &str = "0-9";
const ASCII_SPACE: &str = r"\t\n\f\r ";
const ASCII_WORD: &str = "0-9A-Za-z_";

/// `c` as the regex crate reads it literally (meta characters escaped).
fn push_literal(out: &mut String, c: char) {
    if regex_syntax::is_meta_character(c) {
        out.push('\\');
    }
    out.push(c);
}

/// Rewrites a Go (RE2) pattern into the regex crate's syntax, keeping Go's meaning:
/// `\d`, `\s`, `\w`, `\b` are ASCII as in Go (Unicode in the crate); `\Q...\E`
/// quotes; octal escapes (`\012`) become `\x{..}`; an escaped punctuation mark is
/// that character (`\<` is not a word boundary); in a class, `[`, `&`, `~` and
/// `-` runs are literal as in Go, not the crate's nesting and set operators.
pub fn to_rust_syntax(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    let mut class_start = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            let e = chars[i + 1];
            i += 2;
            match e {
                'Q' if !in_class => {
                    while i < chars.len() && !(chars[i] == '\\' && chars.get(i + 1) == Some(&'E')) {
                        push_literal(&mut out, chars[i]);
                        i += 1;
                    }
                    i = (i + 2).min(chars.len().max(i));
                }
                'd' | 's' | 'w' | 'D' | 'S' | 'W' => {
                    let set = match e.to_ascii_lowercase() {
                        'd' => ASCII_DIGIT,
                        's' => ASCII_SPACE,
                        _ => ASCII_WORD,
                    };
                    let negated = e.is_ascii_uppercase();
                    match (in_class, negated) {
                        (true, false) => out.push_str(set),
                        (_, true) => out.push_str(&format!("[^{set}]")),
                        (false, false) => out.push_str(&format!("[{set}]")),
                    }
                }
                'b' | 'B' if !in_class => out.push_str(&format!("(?-u:\\{e})")),
                '0'..='7' => {
                    let mut digits = String::from(e);
                    while digits.len() < 3 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                        digits.push(chars[i]);
                        i += 1;
                    }
                    if e != '0' && digits.len() == 1 {
                        // A lone \1-\7 is a back reference: an error in Go and in the crate.
                        out.push('\\');
                        out.push(e);
                    } else {
                        let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                        out.push_str(&format!("\\x{{{code:X}}}"));
                    }
                }
                e if e.is_ascii_punctuation() => push_literal(&mut out, e),
                e => {
                    out.push('\\');
                    out.push(e);
                }
            }
            continue;
        }
        if in_class {
            match c {
                ']' if i > class_start => {
                    in_class = false;
                    out.push(']');
                }
                '[' if chars.get(i + 1) == Some(&':') => {
                    // A POSIX class such as [:alpha:] is copied whole.
                    let end = (i + 2..chars.len().saturating_sub(1))
                        .find(|&k| chars[k] == ':' && chars[k + 1] == ']');
                    match end {
                        Some(k) => {
                            out.extend(&chars[i..k + 2]);
                            i = k + 1;
                        }
                        None => out.push_str("\\["),
                    }
                }
                '[' | '&' | '~' => push_literal(&mut out, c),
                '-' if chars.get(i + 1) == Some(&'-') || out.ends_with('-') => out.push_str("\\-"),
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        if c == '[' {
            in_class = true;
            out.push('[');
            i += 1;
            if chars.get(i) == Some(&'^') {
                out.push('^');
                i += 1;
            }
            // A ']' right after '[' or '[^' is a literal in both dialects.
            class_start = i + 1;
            if chars.get(i) == Some(&']') {
                out.push_str("\\]");
                i += 1;
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Go's message for a pattern the regex crate's parser rejects:
/// `error parsing regexp: <what>: `<where>``, for the common kinds of mistake.
fn go_syntax_error(pattern: &str, translated: &str) -> Option<String> {
    use regex_syntax::ast::ErrorKind as K;
    let err = regex_syntax::ast::parse::Parser::new().parse(translated).err()?;
    let span = err.span();
    let at = translated.get(span.start.offset..span.end.offset).unwrap_or("");
    let (what, place) = match err.kind() {
        K::GroupUnclosed => ("missing closing )", pattern),
        K::GroupUnopened => ("unexpected )", pattern),
        K::ClassUnclosed => (
            "missing closing ]",
            translated.get(span.start.offset..).unwrap_or(pattern),
        ),
        K::RepetitionMissing => {
            let op = translated[span.start.offset..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            let op = translated
                .get(span.start.offset..span.start.offset + op)
                .unwrap_or(at);
            ("missing argument to repetition operator", op)
        }
        K::EscapeUnrecognized | K::UnsupportedBackreference => ("invalid escape sequence", at),
        K::EscapeUnexpectedEof => ("trailing backslash at end of expression", ""),
        K::ClassRangeInvalid | K::UnicodeClassInvalid | K::ClassEscapeInvalid => {
            ("invalid character class range", at)
        }
        K::RepetitionCountInvalid => ("invalid repeat count", at),
        K::FlagUnrecognized
        | K::FlagUnexpectedEof
        | K::FlagDanglingNegation
        | K::FlagRepeatedNegation { .. } => {
            let open = translated[..span.start.offset].rfind("(?").unwrap_or(0);
            (
                "invalid or unsupported Perl syntax",
                translated.get(open..span.end.offset).unwrap_or(at),
            )
        }
        K::GroupNameEmpty | K::GroupNameInvalid | K::GroupNameUnexpectedEof => ("invalid named capture", at),
        _ => return None,
    };
    Some(format!("error parsing regexp: {what}: `{place}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_syntax_is_rewritten() {
        assert_eq!(to_rust_syntax(r"\d+\s\w"), r"[0-9]+[\t\n\f\r ][0-9A-Za-z_]");
        assert_eq!(to_rust_syntax(r"[\d.]"), r"[0-9.]");
        assert_eq!(to_rust_syntax(r"\Qa.b\E+"), r"a\.b+");
        assert_eq!(to_rust_syntax(r"\<\012"), r"<\x{A}");
        assert_eq!(to_rust_syntax(r"[[&~]"), r"[\[\&\~]");
        assert_eq!(to_rust_syntax(r"[]a]"), r"[\]a]");
        assert_eq!(to_rust_syntax(r"[[:alpha:]]"), r"[[:alpha:]]");
    }

    #[test]
    fn ascii_classes_as_go() -> Result<(), String> {
        assert!(!Regex::new(r"^\d$")?.is_match("٣"));
        assert!(!Regex::new(r"^\w$")?.is_match("é"));
        assert!(!Regex::new(r"^\s$")?.is_match("\u{0B}"));
        assert!(Regex::new(r"\bfoo\b")?.is_match("a foo b"));
        assert!(Regex::new("^日")?.is_match("日本語"));
        assert_eq!(Regex::new(r"\d")?.as_str(), r"\d");
        Ok(())
    }

    #[test]
    fn syntax_errors_in_go_words() {
        let err = |p: &str| Regex::new(p).err().unwrap_or_default();
        assert_eq!(err("(abc"), "error parsing regexp: missing closing ): `(abc`");
        assert_eq!(err("abc)"), "error parsing regexp: unexpected ): `abc)`");
        assert_eq!(err("x[a-z"), "error parsing regexp: missing closing ]: `[a-z`");
        assert_eq!(
            err("*a"),
            "error parsing regexp: missing argument to repetition operator: `*`"
        );
        assert_eq!(
            err(r"a\q"),
            r"error parsing regexp: invalid escape sequence: `\q`"
        );
        assert_eq!(
            err("abc\\"),
            "error parsing regexp: trailing backslash at end of expression: ``"
        );
        assert_eq!(
            err("[z-a]"),
            "error parsing regexp: invalid character class range: `z-a`"
        );
        assert_eq!(err(r"\1"), r"error parsing regexp: invalid escape sequence: `\1`");
        assert_eq!(
            err("(?i"),
            "error parsing regexp: invalid or unsupported Perl syntax: `(?i`"
        );
    }
}
