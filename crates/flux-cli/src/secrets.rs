//! Where `secrets.get` finds its values: `--secret KEY=VALUE` flags, `--secrets-file`
//! files and `FLUX_SECRET_<KEY>` environment variables. Precedence: flag > file >
//! environment (a later file beats an earlier one). Values never appear in errors or
//! Debug output.
//!
//! A secrets file is a JSON object of strings when it starts with `{`, else a dotenv file read by `dotenvy` with the usual rules:
//! `KEY=VALUE` lines, an optional `export ` prefix, values in single quotes taken as
//! written, in double quotes with `\` escapes and `$NAME` expansion, `#` comments
//! outside quotes, quoted values over several lines; an unterminated quote is an error
//! naming the line.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use flux::stdlib::{ChainSecrets, EnvSecrets, MemorySecrets, SecretError, SecretStore, SecretString};

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

/// The secrets a run may use.
#[derive(Debug)]
pub struct Secrets {
    /// What `secrets.get` reads.
    pub store: ChainSecrets,
    /// Values known before the script runs (flags, dotenv files, the environment),
    /// for the runtime to keep out of error snippets and the REPL out of its history.
    pub known: Vec<SecretString>,
}

/// The store `secrets.get` reads: flags, then files (last first), then the environment.
/// An unreadable or malformed file is an error naming the file, never a value.
pub fn store(flags: &[SecretFlag], files: &[PathBuf]) -> Result<Secrets, String> {
    let mut known = Vec::new();
    let mut from_flags = MemorySecrets::new();
    for flag in flags {
        from_flags.insert(flag.key.clone(), flag.value.0.clone());
        known.push(SecretString::from(flag.value.0.clone()));
    }
    let mut stores: Vec<Arc<dyn SecretStore>> = vec![Arc::new(from_flags)];
    for path in files.iter().rev() {
        stores.push(load_file(path, &mut known)?);
    }
    stores.push(Arc::new(EnvSecrets::new(ENV_PREFIX)));
    for (name, value) in std::env::vars_os() {
        if name.to_string_lossy().starts_with(ENV_PREFIX)
            && let Ok(value) = value.into_string()
        {
            known.push(SecretString::from(value));
        }
    }
    Ok(Secrets {
        store: ChainSecrets::new(stores),
        known,
    })
}

/// A secrets file: JSON when it starts with `{`, else dotenv; its values also go to `known`.
fn load_file(path: &Path, known: &mut Vec<SecretString>) -> Result<Arc<dyn SecretStore>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read secrets file {}: {e}", path.display()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let values = if text.trim_start().starts_with('{') {
        parse_json(text)
    } else {
        parse_dotenv(text)
    }
    .map_err(|message| format!("secrets file {}: {message}", path.display()))?;
    let mut memory = MemorySecrets::new();
    for (key, value) in values {
        known.push(SecretString::from(value.clone()));
        memory.insert(key, value);
    }
    Ok(Arc::new(SecretsFile {
        path: path.to_path_buf(),
        values: memory,
    }))
}

/// The pairs of a JSON object of strings. serde_json's errors name a position, never
/// the text there.
fn parse_json(text: &str) -> Result<Vec<(String, String)>, String> {
    let object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    object
        .into_iter()
        .map(|(key, value)| match value {
            serde_json::Value::String(s) => Ok((key, s)),
            _ => Err(format!("the value of {key:?} is not a string")),
        })
        .collect()
}

/// The `KEY=VALUE` pairs of a dotenv text, in order. An error names the line, never
/// its text (it may hold a secret).
fn parse_dotenv(text: &str) -> Result<Vec<(String, String)>, String> {
    dotenvy::from_read_iter(text.as_bytes())
        .map(|item| {
            item.map_err(|e| match e {
                dotenvy::Error::LineParse(fragment, _) => {
                    let line = line_of(text, &fragment);
                    if fragment.trim_end().contains('\n') || unbalanced_quotes(&fragment) {
                        format!("line {line}: a quote is never closed")
                    } else {
                        format!("line {line}: expected KEY=VALUE")
                    }
                }
                dotenvy::Error::Io(e) => format!("cannot read: {e}"),
                _ => "cannot parse".to_string(),
            })
        })
        .collect()
}

/// The line (from 1) of `text` that `fragment` starts on.
fn line_of(text: &str, fragment: &str) -> usize {
    let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
        .enumerate()
        .find(|(_, start)| text[*start..].starts_with(fragment))
        .map_or(1, |(index, _)| index + 1)
}

/// True when a quote opened in `fragment` is not closed.
fn unbalanced_quotes(fragment: &str) -> bool {
    let mut open: Option<char> = None;
    let mut escaped = false;
    for c in fragment.chars() {
        match (open, c) {
            _ if escaped => escaped = false,
            (Some('"'), '\\') => escaped = true,
            (Some(q), c) if c == q => open = None,
            (None, '"' | '\'') => open = Some(c),
            (None, '#') => break,
            _ => {}
        }
    }
    open.is_some()
}

/// The values of a secrets file.
#[derive(Debug)]
struct SecretsFile {
    path: PathBuf,
    values: MemorySecrets,
}

impl SecretStore for SecretsFile {
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        self.values.get(key)
    }

    fn describe(&self) -> String {
        format!("file {}", self.path.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn flag(s: &str) -> Result<SecretFlag, String> {
        s.parse()
    }

    fn get(secrets: &Secrets, key: &str) -> Result<Option<String>, flux::stdlib::SecretError> {
        Ok(secrets.store.get(key)?.map(|v| v.expose().to_string()))
    }

    fn dotenv(text: &str) -> Result<Vec<(String, String)>, String> {
        parse_dotenv(text)
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
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
    fn dotenv_rules() -> TestResult {
        let text = "# a comment\n\
                    export A=1\n\
                    B=\"v 1\" # c\n\
                    C='a # not a comment'\n\
                    D=\"x#y\"\n\
                    E=plain # c\n\
                    F='$HOME'\n\
                    G=\"two\nlines\"\n\
                    \n\
                    H=\n";
        assert_eq!(
            dotenv(text)?,
            pairs(&[
                ("A", "1"),
                ("B", "v 1"),
                ("C", "a # not a comment"),
                ("D", "x#y"),
                ("E", "plain"),
                ("F", "$HOME"),
                ("G", "two\nlines"),
                ("H", ""),
            ])
        );
        Ok(())
    }

    #[test]
    fn dotenv_errors_name_the_line_not_the_value() {
        assert_eq!(
            dotenv("A=1\nB=\"hunter2\nC=3\n"),
            Err("line 2: a quote is never closed".to_string())
        );
        assert_eq!(
            dotenv("A=1\n\nB='hunter2\n"),
            Err("line 3: a quote is never closed".to_string())
        );
        assert_eq!(
            dotenv("A=1\nhunter2 hunter2\n"),
            Err("line 2: expected KEY=VALUE".to_string())
        );
    }

    #[test]
    fn known_values_cover_flags_and_dotenv_files() -> TestResult {
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("s.env");
        std::fs::write(&file, "\u{feff}K=\"from file\"\n")?;
        let json = dir.path().join("s.json");
        std::fs::write(&json, r#"{"J": "from json"}"#)?;
        let secrets = store(&[flag("F=from flag")?], &[file, json])?;
        assert_eq!(get(&secrets, "K")?.as_deref(), Some("from file"));
        assert_eq!(get(&secrets, "J")?.as_deref(), Some("from json"));
        let known: Vec<&str> = secrets.known.iter().map(|v| v.expose()).collect();
        for value in ["from flag", "from file", "from json"] {
            assert!(known.contains(&value), "{known:?}");
        }
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
