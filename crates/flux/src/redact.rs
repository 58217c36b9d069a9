//! Keeping secret values out of errors: every secret a script reads (and the InfluxDB
//! context's token) is remembered, and replaced by `<redacted>` in error messages.
//! Flux itself would print them (`cannot convert string "…" to int`).

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

    /// `text` with every remembered value replaced by `<redacted>` (longest first,
    /// so a secret containing another is hidden whole).
    pub(crate) fn scrub(&self, text: &str) -> String {
        let Ok(values) = self.values.lock() else {
            return text.to_string();
        };
        let mut sorted: Vec<&SecretString> = values.iter().collect();
        sorted.sort_by_key(|v| std::cmp::Reverse(v.expose().len()));
        let mut out = text.to_string();
        for value in sorted {
            if out.contains(value.expose()) {
                out = out.replace(value.expose(), "<redacted>");
            }
        }
        out
    }
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
    }
}
