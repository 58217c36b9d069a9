//! Go Flux's `regexp` package and regex literals: Go's RE2 dialect on the regex crate.
//!
//! The compiled regex is the evaluator's [`Regex`] (Go's dialect on the regex crate,
//! see `flux_eval::regex`); here are the operations of Go's `regexp` package on it:
//! iteration over matches (empty matches next to a previous match), `Split` and the
//! `$name` template rules are Go's.

use flux_eval::Regex;

use super::strings::{is_unicode_digit, is_unicode_letter};

pub use flux_syntax::regex_pattern as literal_to_pattern;

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

/// A compiled Go regular expression (the evaluator's regex value) with the search
/// operations of Go's `regexp` package.
#[derive(Clone, Debug)]
pub struct GoRegex(pub Regex);

impl GoRegex {
    /// `regexp.Compile`: the pattern in Go's syntax, errors in Go's words.
    pub fn compile(pattern: &str) -> Result<Self, String> {
        Regex::new(pattern).map(GoRegex)
    }

    /// `String()`: the source text, as given to [`GoRegex::compile`].
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// `MatchString`.
    pub fn is_match(&self, v: &str) -> bool {
        self.0.is_match(v)
    }

    /// `FindString`: the leftmost match, or "" when there is none.
    pub fn find_string<'a>(&self, v: &'a str) -> &'a str {
        self.0.compiled().find(v).map_or("", |m| m.as_str())
    }

    /// `FindStringIndex`: the byte offsets of the leftmost match.
    pub fn find_string_index(&self, v: &str) -> Option<(usize, usize)> {
        self.0.compiled().find(v).map(|m| (m.start(), m.end()))
    }

    /// Go's `FindAllStringIndex(v, n)`: at most `n` matches (all when `n < 0`); an empty
    /// match right where the previous match ended is skipped.
    pub fn find_all_index(&self, v: &str, n: i64) -> Vec<(usize, usize)> {
        let n = if n < 0 { v.len() as i64 + 1 } else { n };
        let mut found = Vec::new();
        let mut pos = 0;
        let mut prev_end = None;
        while (found.len() as i64) < n && pos <= v.len() {
            let Some(m) = self.0.compiled().find_at(v, pos) else {
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
            let Some(caps) = self.0.compiled().captures_at(v, pos) else {
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
                    .0
                    .compiled()
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
        if !self.as_str().is_empty() && v.is_empty() {
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
        let literal_to_pattern = |body| super::literal_to_pattern(body).map(|p| p.into_owned());
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
