//! Where `secrets.get` finds its values: `--secret KEY=VALUE` flags, `--secrets-file`
//! files (a JSON object or `KEY=VALUE` lines, read by flux-stdlib's `FileSecrets`) and
//! `FLUX_SECRET_<KEY>` environment variables. Precedence: flag > file > environment
//! (a later file beats an earlier one). Values never appear in errors or Debug output.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use flux::stdlib::{ChainSecrets, EnvSecrets, FileSecrets, MemorySecrets, SecretStore};

/// Prefix of environment variables that hold secrets: `FLUX_SECRET_TOKEN` is secret `TOKEN`.
pub const ENV_PREFIX: &str = "FLUX_SECRET_";

/// A secret value (a `--secret` value, a token); its Debug output is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretValue(pub String);

impl fmt::Debug for SecretValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretValue(<redacted>)")
    }
}

/// A `--secret KEY=VALUE` flag, parsed by clap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretFlag {
    /// The key passed to `secrets.get(key:)`.
    pub key: String,
    /// The value.
    pub value: SecretValue,
}

impl std::str::FromStr for SecretFlag {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('=') {
            Some((key, value)) if !key.trim().is_empty() => Ok(SecretFlag {
                key: key.trim().to_string(),
                value: SecretValue(value.to_string()),
            }),
            _ => Err("expected KEY=VALUE".to_string()),
        }
    }
}

/// The store `secrets.get` reads: flags, then files (last first), then the environment.
/// An unreadable or malformed file is an error naming the file, never a value.
pub fn store(flags: &[SecretFlag], files: &[PathBuf]) -> Result<ChainSecrets, String> {
    let mut from_flags = MemorySecrets::new();
    for flag in flags {
        from_flags.insert(flag.key.clone(), flag.value.0.clone());
    }
    let mut stores: Vec<Arc<dyn SecretStore>> = vec![Arc::new(from_flags)];
    for path in files.iter().rev() {
        stores.push(Arc::new(FileSecrets::load(path).map_err(|e| e.to_string())?));
    }
    stores.push(Arc::new(EnvSecrets::new(ENV_PREFIX)));
    Ok(ChainSecrets::new(stores))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(s: &str) -> SecretFlag {
        s.parse().unwrap()
    }

    fn get(store: &ChainSecrets, key: &str) -> Option<String> {
        store.get(key).unwrap().map(|v| v.expose().to_string())
    }

    #[test]
    fn flags_parse_as_key_equals_value() {
        assert_eq!(flag("a=b=c").key, "a");
        assert_eq!(flag("a=b=c").value, SecretValue("b=c".into()));
        assert_eq!(flag("k=").value, SecretValue(String::new()));
        assert!("novalue".parse::<SecretFlag>().is_err());
        assert!("=v".parse::<SecretFlag>().is_err());
    }

    #[test]
    fn flags_beat_files_and_later_files_beat_earlier_ones() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.json");
        std::fs::write(&first, r#"{"A": "file1", "B": "file1", "C": "file1"}"#).unwrap();
        let second = dir.path().join("second.env");
        std::fs::write(&second, "B=file2\n").unwrap();
        let store = store(&[flag("A=flag")], &[first, second]).unwrap();
        assert_eq!(get(&store, "A").as_deref(), Some("flag"));
        assert_eq!(get(&store, "B").as_deref(), Some("file2"));
        assert_eq!(get(&store, "C").as_deref(), Some("file1"));
        assert_eq!(get(&store, "FLUX_CLI_TEST_NOT_SET_ANYWHERE"), None);
    }

    #[test]
    fn file_errors_name_the_file_not_the_values() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad");
        std::fs::write(&bad, "TOKEN=hunter2\nno equals sign\n").unwrap();
        let err = store(&[], std::slice::from_ref(&bad)).unwrap_err();
        assert!(
            err.contains(&bad.display().to_string()) && err.contains("line 2"),
            "{err}"
        );
        assert!(!err.contains("hunter2"), "{err}");
        assert!(
            store(&[], &[dir.path().join("missing")])
                .unwrap_err()
                .contains("cannot read secrets file")
        );
    }

    #[test]
    fn debug_never_shows_values() {
        let text = format!(
            "{:?} {:?}",
            flag("token=hunter2"),
            store(&[flag("k=hunter2")], &[]).unwrap()
        );
        assert!(!text.contains("hunter2"), "{text}");
    }
}
