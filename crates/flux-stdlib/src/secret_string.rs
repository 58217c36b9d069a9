//! A string whose value must never be shown: tokens and secret values.

use std::sync::Arc;

/// A secret text (an API token, a secret value). Its `Debug` and `Display` print
/// `<redacted>`; only [`SecretString::expose`] gives the value, at the one place
/// that needs it (an HTTP header, the result of `secrets.get`).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(Arc<str>);

impl SecretString {
    /// Wrap a secret value.
    pub fn new(value: impl Into<Arc<str>>) -> Self {
        SecretString(value.into())
    }

    /// The value itself. Never put it into an error, a log line or `Debug` output.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The value as a shared string (for handing it to Flux as a `string` value).
    pub fn expose_arc(&self) -> Arc<str> {
        Arc::clone(&self.0)
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl std::fmt::Display for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        SecretString::new(value)
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        SecretString::new(value)
    }
}

/// The secret values handed to scripts so far (by `secrets.get`, and the context's
/// token), so that error messages can be scrubbed of them. Clones share the set.
#[derive(Clone, Default)]
pub struct Redactions {
    values: std::sync::Arc<std::sync::Mutex<Vec<SecretString>>>,
}

/// Values shorter than this are not scrubbed: replacing every `a` or `10` in a
/// message would hide more than it protects.
const MIN_REDACTED_LEN: usize = 4;

impl Redactions {
    /// Remember `value` as secret.
    pub fn add(&self, value: &SecretString) {
        if value.expose().len() < MIN_REDACTED_LEN {
            return;
        }
        if let Ok(mut values) = self.values.lock()
            && !values.contains(value)
        {
            values.push(value.clone());
        }
    }

    /// True when `text` holds a remembered secret value.
    pub fn found_in(&self, text: &str) -> bool {
        self.values
            .lock()
            .is_ok_and(|values| values.iter().any(|v| text.contains(v.expose())))
    }

    /// `text` with every remembered secret value replaced by `<redacted>`.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        if let Ok(values) = self.values.lock() {
            for value in values.iter() {
                if out.contains(value.expose()) {
                    out = out.replace(value.expose(), "<redacted>");
                }
            }
        }
        out
    }
}

impl std::fmt::Debug for Redactions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.values.lock().map(|v| v.len()).unwrap_or(0);
        write!(f, "Redactions({count} values)")
    }
}
