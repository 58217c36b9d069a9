//! Keeping secret values out of errors: every secret a script reads, the InfluxDB
//! context's token, every string literal a script passes as `token:` and every value
//! the host registers ([`crate::RuntimeBuilder::redact`]) is remembered, replaced by
//! `<redacted>` in error messages (Flux itself would print them: `cannot convert
//! string "…" to int`) and masked with `*` in the source text that error snippets
//! show (one `*` per byte, so spans still point at the same places).

use std::sync::{Arc, Mutex};

use flux_stdlib::{SecretError, SecretStore, SecretString};

/// Values this short are not redacted: replacing them would garble messages.
pub(crate) const MIN_REDACTED_LEN: usize = 4;

/// The secret values seen so far by one runtime.
#[derive(Debug, Default)]
pub(crate) struct Redactor {
    values: Mutex<Vec<SecretString>>,
}

impl Redactor {
    pub(crate) fn remember(&self, value: &SecretString) {
        if value.expose().len() < MIN_REDACTED_LEN {
            return;
        }
        if let Ok(mut values) = self.values.lock()
            && !values.contains(value)
        {
            values.push(value.clone());
        }
    }

    /// Remember every string literal `source` passes as `token:`.
    pub(crate) fn remember_token_literals(&self, source: &str) {
        for literal in token_literals(source) {
            self.remember(&SecretString::from(literal));
        }
    }

    /// `text` with every remembered value replaced by `<redacted>` (longest first,
    /// so a secret containing another is hidden whole).
    pub(crate) fn scrub(&self, text: &str) -> String {
        self.replace(text, |_| "<redacted>".to_string())
    }

    /// `source` with every remembered value masked by as many `*` as it has bytes,
    /// so that byte offsets into it stay valid.
    pub(crate) fn mask(&self, source: &str) -> String {
        self.replace(source, |value| "*".repeat(value.len()))
    }

    /// True when `text` holds a remembered value or passes a literal as `token:`.
    pub(crate) fn mentions_secret(&self, text: &str) -> bool {
        token_literals(text).any(|t| t.len() >= MIN_REDACTED_LEN)
            || self
                .values
                .lock()
                .is_ok_and(|values| values.iter().any(|v| text.contains(v.expose())))
    }

    fn replace(&self, text: &str, with: impl Fn(&str) -> String) -> String {
        let Ok(values) = self.values.lock() else {
            return text.to_string();
        };
        let mut sorted: Vec<&SecretString> = values.iter().collect();
        sorted.sort_by_key(|v| std::cmp::Reverse(v.expose().len()));
        let mut out = text.to_string();
        for value in sorted {
            if out.contains(value.expose()) {
                out = out.replace(value.expose(), &with(value.expose()));
            }
        }
        out
    }
}

/// The contents of the string literals that `source` passes as `token:` (a record
/// field or a call argument named `token`), found by a lexical scan so that it works
/// on source that does not parse. Strings with interpolation or escapes are taken
/// as written.
fn token_literals(source: &str) -> impl Iterator<Item = &str> {
    source.match_indices("token").filter_map(move |(at, _)| {
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let rest = source[at + "token".len()..].trim_start();
        let rest = rest.strip_prefix(':')?.trim_start();
        let body = rest.strip_prefix('"')?;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => return Some(&body[..i]),
                _ => {}
            }
        }
        None
    })
}

/// A secret store that tells the redactor about every value it hands out.
pub(crate) struct Remembering {
    pub(crate) inner: Arc<dyn SecretStore>,
    pub(crate) redactor: Arc<Redactor>,
}

impl SecretStore for Remembering {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        let value = self.inner.get(key)?;
        if let Some(v) = &value {
            self.redactor.remember(v);
        }
        Ok(value)
    }

    fn describe(&self) -> String {
        self.inner.describe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_longest_first_and_skips_short_values() {
        let r = Redactor::default();
        r.remember(&SecretString::from("abcd"));
        r.remember(&SecretString::from("abcdef"));
        r.remember(&SecretString::from("ab"));
        assert_eq!(r.scrub("x abcdef y abcd z ab"), "x <redacted> y <redacted> z ab");
        assert_eq!(r.mask("x abcdef y abcd z ab"), "x ****** y **** z ab");
    }

    #[test]
    fn token_literals_are_found_by_name() {
        fn found(s: &str) -> Vec<&str> {
            token_literals(s).collect()
        }
        assert_eq!(found(r#"api(token: "abc", x: 1)"#), ["abc"]);
        assert_eq!(found("{token:\"a\\\"b\", tok: \"no\"}"), [r#"a\"b"#]);
        assert_eq!(found(r#"mytoken: "no", token : "yes""#), ["yes"]);
        assert!(found(r#"token: secrets.get(key: "T")"#).is_empty());
        assert!(found(r#"token: "unterminated"#).is_empty());
    }

    #[test]
    fn literal_tokens_are_remembered_and_mentioned() {
        let r = Redactor::default();
        assert!(r.mentions_secret(r#"f(token: "sk-123456")"#));
        assert!(!r.mentions_secret("f(x: \"sk-123456\")"));
        r.remember_token_literals(r#"f(token: "sk-123456")"#);
        assert!(r.mentions_secret("f(x: \"sk-123456\")"));
        assert_eq!(r.mask(r#"token: "sk-123456""#), r#"token: "*********""#);
    }
}
