//! Where `secrets.get(key:)` reads from: the [`SecretStore`] trait and its stores
//! (nothing, memory, environment with a prefix, a file, a chain of stores).
//!
//! Secret values never appear in errors or `Debug` output: values are held as
//! [`SecretString`], and errors name only keys, files and line numbers.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::secret_string::SecretString;

/// A source of secret values, keyed by name.
pub trait SecretStore: Send + Sync {
    /// The value of `key`; `Ok(None)` when the store has no such key.
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError>;

    /// A short description for diagnostics (`memory`, `env FLUX_SECRET_*`, a file path).
    fn describe(&self) -> String;
}

/// A secret store failed (not "key not found": that is `Ok(None)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretError {
    /// What went wrong; never contains a secret value.
    pub message: String,
}

impl SecretError {
    fn new(message: impl Into<String>) -> Self {
        SecretError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SecretError {}

/// The default store: has no secrets, so every key is "not found" (as plain Flux).
#[derive(Clone, Copy, Debug, Default)]
pub struct NoSecrets;

impl SecretStore for NoSecrets {
    fn get(&self, _key: &str) -> Result<Option<SecretString>, SecretError> {
        Ok(None)
    }

    fn describe(&self) -> String {
        "no secret store".to_string()
    }
}

/// Secrets held in memory (tests, `--secret KEY=VALUE`).
#[derive(Clone, Debug, Default)]
pub struct MemorySecrets {
    values: HashMap<String, SecretString>,
}

impl MemorySecrets {
    /// An empty store.
    pub fn new() -> Self {
        MemorySecrets::default()
    }

    /// The store with one more secret (builder style).
    pub fn with(mut self, key: impl Into<String>, value: impl Into<SecretString>) -> Self {
        self.insert(key, value);
        self
    }

    /// Add or replace a secret.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<SecretString>) {
        self.values.insert(key.into(), value.into());
    }
}

impl SecretStore for MemorySecrets {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        Ok(self.values.get(key).cloned())
    }

    fn describe(&self) -> String {
        "memory".to_string()
    }
}

/// Secrets read from environment variables named `PREFIX` + key
/// (`FLUX_SECRET_INFLUX_TOKEN` for key `INFLUX_TOKEN` with prefix `FLUX_SECRET_`).
/// Unlike Flux's environment store, a missing variable is "not found", not `""`.
#[derive(Clone, Debug)]
pub struct EnvSecrets {
    prefix: String,
}

impl EnvSecrets {
    /// A store reading `prefix` + key.
    pub fn new(prefix: impl Into<String>) -> Self {
        EnvSecrets {
            prefix: prefix.into(),
        }
    }
}

impl SecretStore for EnvSecrets {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        let name = format!("{}{key}", self.prefix);
        match std::env::var(&name) {
            Ok(value) => Ok(Some(SecretString::from(value))),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(SecretError::new(format!(
                "environment variable {name} is not valid UTF-8"
            ))),
        }
    }

    fn describe(&self) -> String {
        format!("env {}*", self.prefix)
    }
}

/// Secrets loaded once from a file: a JSON object of strings (`{"KEY": "value"}`)
/// or `KEY=VALUE` lines (blank lines and `#` comments skipped, optional `export `,
/// optional surrounding quotes on the value).
#[derive(Clone, Debug)]
pub struct FileSecrets {
    path: PathBuf,
    values: MemorySecrets,
}

impl FileSecrets {
    /// Read and parse `path`. Errors name the file and line, never a value.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, SecretError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| SecretError::new(format!("cannot read secrets file {}: {e}", path.display())))?;
        let values = parse_secrets_text(&text)
            .map_err(|m| SecretError::new(format!("secrets file {}: {m}", path.display())))?;
        Ok(FileSecrets {
            path: path.to_path_buf(),
            values,
        })
    }
}

impl SecretStore for FileSecrets {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        self.values.get(key)
    }

    fn describe(&self) -> String {
        format!("file {}", self.path.display())
    }
}

/// Parse the text of a secrets file: a JSON object when it starts with `{`, else `KEY=VALUE` lines.
pub fn parse_secrets_text(text: &str) -> Result<MemorySecrets, String> {
    if text.trim_start().starts_with('{') {
        parse_json_secrets(text)
    } else {
        parse_env_lines(text)
    }
}

fn parse_json_secrets(text: &str) -> Result<MemorySecrets, String> {
    // serde_json's error messages name a position, never the offending text.
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let mut store = MemorySecrets::new();
    for (key, value) in object {
        match value {
            serde_json::Value::String(s) => store.insert(key, s),
            _ => return Err(format!("the value of {key:?} is not a string")),
        }
    }
    Ok(store)
}

fn parse_env_lines(text: &str) -> Result<MemorySecrets, String> {
    let mut store = MemorySecrets::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {}: expected KEY=VALUE", index + 1));
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(format!("line {}: empty key", index + 1));
        }
        store.insert(key, unquote(value.trim()));
    }
    Ok(store)
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

/// Several stores asked in order; the first that has the key wins.
#[derive(Clone, Default)]
pub struct ChainSecrets {
    stores: Vec<Arc<dyn SecretStore>>,
}

impl ChainSecrets {
    /// A chain of `stores`, asked in order.
    pub fn new(stores: Vec<Arc<dyn SecretStore>>) -> Self {
        ChainSecrets { stores }
    }
}

impl std::fmt::Debug for ChainSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.stores.iter().map(|s| s.describe()))
            .finish()
    }
}

impl SecretStore for ChainSecrets {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        for store in &self.stores {
            if let Some(value) = store.get(key)? {
                return Ok(Some(value));
            }
        }
        Ok(None)
    }

    fn describe(&self) -> String {
        let parts: Vec<String> = self.stores.iter().map(|s| s.describe()).collect();
        format!("chain [{}]", parts.join(", "))
    }
}
