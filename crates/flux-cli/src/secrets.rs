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

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn flag(s: &str) -> Result<SecretFlag, String> {
        s.parse()
    }

    fn get(store: &ChainSecrets, key: &str) -> Result<Option<String>, flux::stdlib::SecretError> {
        Ok(store.get(key)?.map(|v| v.expose().to_string()))
    }

    #[test]
    fn flags_parse_as_key_equals_value() -> TestResult {
        assert_eq!(flag("a=b=c")?.key, "a");
        assert_eq!(flag("a=b=c")?.value, SecretValue("b=c".into()));
        assert_eq!(flag("k=")?.value, SecretValue(String::new()));
        assert!("novalue".parse::<SecretFlag>().is_err());
        assert!("=v".parse::<SecretFlag>().is_err());
        Ok(())
    }

    #[test]
    fn flags_beat_files_and_later_files_beat_earlier_ones() -> TestResult {
        let dir = tempfile::tempdir()?;
        let first = dir.path().join("first.json");
        std::fs::write(&first, r#"{"A": "file1", "B": "file1", "C": "file1"}"#)?;
        let second = dir.path().join("second.env");
        std::fs::write(&second, "B=file2\n")?;
        let store = store(&[flag("A=flag")?], &[first, second])?;
        assert_eq!(get(&store, "A")?.as_deref(), Some("flag"));
        assert_eq!(get(&store, "B")?.as_deref(), Some("file2"));
        assert_eq!(get(&store, "C")?.as_deref(), Some("file1"));
        assert_eq!(get(&store, "FLUX_CLI_TEST_NOT_SET_ANYWHERE")?, None);
        Ok(())
    }

    #[test]
    fn file_errors_name_the_file_not_the_values() -> TestResult {
        let dir = tempfile::tempdir()?;
        let bad = dir.path().join("bad");
        std::fs::write(&bad, "TOKEN=hunter2\nno equals sign\n")?;
        let Err(err) = store(&[], std::slice::from_ref(&bad)) else {
            return Err("expected an error for a malformed secrets file".into());
        };
        assert!(
            err.contains(&bad.display().to_string()) && err.contains("line 2"),
            "{err}"
        );
        assert!(!err.contains("hunter2"), "{err}");
        assert!(matches!(
            store(&[], &[dir.path().join("missing")]),
            Err(e) if e.contains("cannot read secrets file")
        ));
        Ok(())
    }

    #[test]
    fn debug_never_shows_values() -> TestResult {
        let text = format!(
            "{:?} {:?}",
            flag("token=hunter2")?,
            store(&[flag("k=hunter2")?], &[])?
        );
        assert!(!text.contains("hunter2"), "{text}");
        Ok(())
    }
}
