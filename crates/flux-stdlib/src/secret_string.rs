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
