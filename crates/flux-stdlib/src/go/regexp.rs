//! Go Flux's `regexp` package and regex literals: Go's RE2 dialect on the regex crate.
//!
//! The regex crate implements the same RE2 semantics (leftmost-first, linear time)
//! but reads some syntax differently from Go; [`to_rust_syntax`] rewrites a Go
//! pattern so the crate matches as Go would. Iteration over matches (empty matches
//! next to a previous match), `Split` and the `$name` template rules are Go's.

use super::strings::{is_unicode_digit, is_unicode_letter};

/// The pattern Go Flux compiles for a regex literal's body (the text between the
/// slashes): `\/` is a slash and `\xHH` the byte HH, so consecutive `\xHH` that form
/// UTF-8 are that character (`/^\xe6\x97\xa5/` matches "日本語"). Other escapes pass
/// through for the regex parser. The bytes must form UTF-8.
pub fn literal_to_pattern(body: &str) -> Result<String, String> {
    let mut bytes = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match chars.next() {
            Some('/') => bytes.push(b'/'),
            Some('x') => {
                let hi = chars.next().ok_or(r"\x followed by 0 char, must be 2")?;
                let lo = chars.next().ok_or(r"\x followed by 1 char, must be 2")?;
                match (hi.to_digit(16), lo.to_digit(16)) {
                    (Some(h), Some(l)) => bytes.push((h * 16 + l) as u8),
                    _ => return Err("invalid byte value".to_string()),
                }
            }
            Some(other) => {
                let mut buf = [0; 4];
                bytes.push(b'\\');
                bytes.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
            }
            None => return Err("unterminated regex sequence".to_string()),
        }
    }
    String::from_utf8(bytes).map_err(|e| e.utf8_error().to_string())
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

/// Go's `regexp.QuoteMeta`: `\` before each of `\.+*?()|[]{}^$`.
pub fn quote_meta(v: &str) -> String {
    let mut out = String::with_capacity(v.len() * 2);
    for c in v.chars() {
        if r"\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A compiled Go regular expression: the crate's regex plus Go's source text.
#[derive(Clone, Debug)]
pub struct GoRegex {
    source: String,
    regex: regex::Regex,
}

impl GoRegex {
    /// `regexp.Compile`: the pattern in Go's syntax.
    pub fn compile(pattern: &str) -> Result<Self, String> {
        let translated = to_rust_syntax(pattern);
        let regex = regex::Regex::new(&translated).map_err(|e| match e {
            regex::Error::Syntax(msg) => go_syntax_error(pattern, &translated)
                .unwrap_or_else(|| format!("error parsing regexp: {}", msg.lines().last().unwrap_or(""))),
            regex::Error::CompiledTooBig(_) => "error parsing regexp: expression too large".to_string(),
            _ => "error parsing regexp: invalid regular expression".to_string(),
        })?;
        Ok(GoRegex {
            source: pattern.to_string(),
            regex,
        })
    }

    /// `String()`: the source text, as given to [`GoRegex::compile`].
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The regex crate's regex, for other uses (`=~`).
    pub fn regex(&self) -> &regex::Regex {
        &self.regex
    }

    /// `MatchString`.
    pub fn is_match(&self, v: &str) -> bool {
        self.regex.is_match(v)
    }

    /// `FindString`: the leftmost match, or "" when there is none.
    pub fn find_string<'a>(&self, v: &'a str) -> &'a str {
        self.regex.find(v).map_or("", |m| m.as_str())
    }

    /// `FindStringIndex`: the byte offsets of the leftmost match.
    pub fn find_string_index(&self, v: &str) -> Option<(usize, usize)> {
        self.regex.find(v).map(|m| (m.start(), m.end()))
    }

    /// Go's `FindAllStringIndex(v, n)`: at most `n` matches (all when `n < 0`); an empty
    /// match right where the previous match ended is skipped.
    pub fn find_all_index(&self, v: &str, n: i64) -> Vec<(usize, usize)> {
        let n = if n < 0 { v.len() as i64 + 1 } else { n };
        let mut found = Vec::new();
        let mut pos = 0;
        let mut prev_end = None;
        while (found.len() as i64) < n && pos <= v.len() {
            let Some(m) = self.regex.find_at(v, pos) else {
                break;
            };
            let accept = !(m.end() == pos && Some(m.start()) == prev_end);
            if m.end() == pos {
                pos += v[pos..].chars().next().map_or(1, char::len_utf8);
            } else {
                pos = m.end();
            }
            prev_end = Some(m.end());
            if accept {
                found.push((m.start(), m.end()));
            }
        }
        found
    }

    /// `ReplaceAllString`: every match replaced by `template` with `$1`, `$name`,
    /// `${1}`, `${name}` and `$$` expanded by Go's rules.
    pub fn replace_all_string(&self, v: &str, template: &str) -> String {
        let mut out = String::with_capacity(v.len());
        let mut last_end = 0;
        let mut pos = 0;
        while pos <= v.len() {
            let Some(caps) = self.regex.captures_at(v, pos) else {
                break;
            };
            let Some(m) = caps.get(0) else { break };
            out.push_str(&v[last_end..m.start()]);
            // No replacement for an empty match right after the previous match.
            if m.end() > last_end || m.start() == 0 {
                self.expand(&mut out, template, &caps);
            }
            last_end = m.end();
            let width = v[pos..].chars().next().map_or(1, char::len_utf8);
            pos = if pos + width > m.end() {
                pos + width
            } else {
                m.end()
            };
        }
        out.push_str(&v[last_end..]);
        out
    }

    /// Appends `template` with its references to `caps` expanded (Go's `Expand`).
    fn expand(&self, out: &mut String, template: &str, caps: &regex::Captures<'_>) {
        let mut rest = template;
        while let Some(at) = rest.find('$') {
            out.push_str(&rest[..at]);
            rest = &rest[at + 1..];
            if let Some(after) = rest.strip_prefix('$') {
                out.push('$');
                rest = after;
                continue;
            }
            let Some((name, after)) = template_name(rest) else {
                out.push('$');
                continue;
            };
            rest = after;
            let group = match group_number(name) {
                Some(k) => caps.get(k),
                None => self
                    .regex
                    .capture_names()
                    .position(|n| n == Some(name))
                    .and_then(|k| caps.get(k)),
            };
            if let Some(g) = group {
                out.push_str(g.as_str());
            }
        }
        out.push_str(rest);
    }

    /// `Split(v, n)`: the text between matches, at most `n` pieces (all when `n < 0`,
    /// none when `n == 0`).
    pub fn split<'a>(&self, v: &'a str, n: i64) -> Vec<&'a str> {
        if n == 0 {
            return Vec::new();
        }
        if !self.source.is_empty() && v.is_empty() {
            return vec![""];
        }
        let mut pieces = Vec::new();
        let (mut begin, mut end) = (0, 0);
        for (start, stop) in self.find_all_index(v, n) {
            if n > 0 && pieces.len() as i64 == n - 1 {
                break;
            }
            end = start;
            if stop != 0 {
                pieces.push(&v[begin..end]);
            }
            begin = stop;
        }
        if end != v.len() {
            pieces.push(&v[begin..]);
        }
        pieces
    }
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

/// The name after a `$` in a template (`name` or `{name}`) and the text after it.
/// A name is letters, digits and `_` (Unicode, as Go's `unicode.IsLetter`/`IsDigit`).
fn template_name(s: &str) -> Option<(&str, &str)> {
    let (braced, body) = match s.strip_prefix('{') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let len = body
        .char_indices()
        .find(|&(_, c)| !(is_unicode_letter(c) || is_unicode_digit(c) || c == '_'))
        .map_or(body.len(), |(i, _)| i);
    if len == 0 {
        return None;
    }
    let name = &body[..len];
    if braced {
        let after = body[len..].strip_prefix('}')?;
        return Some((name, after));
    }
    Some((name, &body[len..]))
}

/// A template name that is a group number: ASCII digits, no leading zero, below 10^8.
fn group_number(name: &str) -> Option<usize> {
    if !name.bytes().all(|b| b.is_ascii_digit())
        || (name.len() > 1 && name.starts_with('0'))
        || name.len() > 8
    {
        return None;
    }
    name.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_hex_bytes_form_characters() {
        assert_eq!(literal_to_pattern(r"^\xe6\x97\xa5"), Ok("^日".to_string()));
        assert_eq!(literal_to_pattern(r"a\/b\d"), Ok(r"a/b\d".to_string()));
        assert_eq!(literal_to_pattern(r"\x2e"), Ok(".".to_string()));
        assert!(literal_to_pattern(r"\xe6").is_err());
        assert_eq!(literal_to_pattern(r"\xZZ"), Err("invalid byte value".to_string()));
        assert_eq!(
            literal_to_pattern(r"\x4"),
            Err(r"\x followed by 1 char, must be 2".to_string())
        );
        let re = GoRegex::compile(&literal_to_pattern(r"^\xe6\x97\xa5").unwrap_or_default());
        assert!(re.is_ok_and(|re| re.is_match("日本語")));
    }

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
        assert!(!GoRegex::compile(r"^\d$")?.is_match("٣"));
        assert!(!GoRegex::compile(r"^\w$")?.is_match("é"));
        assert!(!GoRegex::compile(r"^\s$")?.is_match("\u{0B}"));
        assert!(GoRegex::compile(r"\bfoo\b")?.is_match("a foo b"));
        Ok(())
    }

    #[test]
    fn syntax_errors_in_go_words() {
        let err = |p: &str| GoRegex::compile(p).err().unwrap_or_default();
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

    #[test]
    fn replacement_templates_as_go() -> Result<(), String> {
        let re = GoRegex::compile(r"(?P<first>\w+) (\w+)")?;
        assert_eq!(re.replace_all_string("hello world", "$2 ${first}"), "world hello");
        assert_eq!(re.replace_all_string("hello world", "$1x|${1}x"), "|hellox");
        assert_eq!(re.replace_all_string("hello world", "$01|$$|$ |${x"), "|$|$ |${x");
        let a = GoRegex::compile("a*")?;
        assert_eq!(a.replace_all_string("baaac", "X"), "XbXcX");
        assert_eq!(a.split("baaac", -1), ["b", "c"]);
        assert_eq!(quote_meta("1.5-2.0?"), r"1\.5-2\.0\?");
        Ok(())
    }
}
