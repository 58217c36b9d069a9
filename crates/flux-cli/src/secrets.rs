//! Where `secrets.get` finds its values: `--secret KEY=VALUE` flags, `--secrets-file`
//! files (a JSON object or `KEY=VALUE` lines) and `FLUX_SECRET_<KEY>` environment
//! variables. Precedence: flag > file > environment (later files beat earlier ones).
//! Values never appear in errors or Debug output.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Prefix of environment variables that hold secrets: `FLUX_SECRET_TOKEN` is secret `TOKEN`.
pub const ENV_PREFIX: &str = "FLUX_SECRET_";

/// A secret value; its Debug output is redacted.
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

/// All secrets, resolved once at start-up.
pub type SecretMap = BTreeMap<String, SecretValue>;

/// Merge the sources: environment first, then files in order, then flags, each
/// overriding what came before.
pub fn resolve(
    flags: &[SecretFlag],
    files: &[SecretMap],
    env: impl IntoIterator<Item = (String, String)>,
) -> SecretMap {
    let mut all = SecretMap::new();
    for (name, value) in env {
        if let Some(key) = name.strip_prefix(ENV_PREFIX).filter(|k| !k.is_empty()) {
            all.insert(key.to_string(), SecretValue(value));
        }
    }
    for file in files {
        all.extend(file.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    for flag in flags {
        all.insert(flag.key.clone(), flag.value.clone());
    }
    all
}

/// The process environment, skipping variables that are not valid Unicode.
pub fn process_env() -> impl Iterator<Item = (String, String)> {
    std::env::vars_os().filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
}

/// Read a secrets file; the error names the file and the problem, never a value.
pub fn read_file(path: &Path) -> Result<SecretMap, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read secrets file {}: {e}", path.display()))?;
    parse_file(&text).map_err(|e| format!("secrets file {}: {e}", path.display()))
}

/// Parse a secrets file: a JSON object of strings, or `KEY=VALUE` lines
/// (blank lines and `#` comments skipped, optional `export `, optional quotes).
pub fn parse_file(text: &str) -> Result<SecretMap, String> {
    if text.trim_start().starts_with('{') {
        parse_json(text)
    } else {
        parse_lines(text)
    }
}

fn parse_json(text: &str) -> Result<SecretMap, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("invalid JSON at line {}", e.line()))?;
    let serde_json::Value::Object(object) = value else {
        return Err("expected a JSON object".to_string());
    };
    object
        .into_iter()
        .map(|(k, v)| match v {
            serde_json::Value::String(s) => Ok((k, SecretValue(s))),
            _ => Err(format!("the value of {k:?} is not a string")),
        })
        .collect()
}

fn parse_lines(text: &str) -> Result<SecretMap, String> {
    let mut map = SecretMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {}: expected KEY=VALUE", n + 1));
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(format!("line {}: empty key", n + 1));
        }
        map.insert(key.to_string(), SecretValue(unquote(value.trim()).to_string()));
    }
    Ok(map)
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|rest| rest.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> SecretMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), SecretValue(v.to_string())))
            .collect()
    }
    fn flag(s: &str) -> SecretFlag {
        s.parse().unwrap()
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
    fn json_files() {
        assert_eq!(
            parse_file(r#"{"a": "1", "b": "x y"}"#),
            Ok(map(&[("a", "1"), ("b", "x y")]))
        );
        assert_eq!(
            parse_file(r#"{"a": 1}"#),
            Err(r#"the value of "a" is not a string"#.into())
        );
        assert_eq!(parse_file("{\n\"a\": "), Err("invalid JSON at line 2".into()));
    }

    #[test]
    fn key_value_files() {
        let text = "# comment\n\nA=1\nexport B = two words \nC=\"quoted=x\"\nD='single'\nE=\n";
        assert_eq!(
            parse_file(text),
            Ok(map(&[
                ("A", "1"),
                ("B", "two words"),
                ("C", "quoted=x"),
                ("D", "single"),
                ("E", "")
            ]))
        );
        assert_eq!(
            parse_file("A=1\nnope\n"),
            Err("line 2: expected KEY=VALUE".into())
        );
    }

    #[test]
    fn precedence_is_flag_then_file_then_env() {
        let env = vec![
            ("FLUX_SECRET_A".to_string(), "env".to_string()),
            ("FLUX_SECRET_B".to_string(), "env".to_string()),
            ("FLUX_SECRET_C".to_string(), "env".to_string()),
            ("FLUX_SECRET_".to_string(), "ignored".to_string()),
            ("OTHER".to_string(), "ignored".to_string()),
        ];
        let files = [map(&[("A", "file1"), ("B", "file1")]), map(&[("B", "file2")])];
        let all = resolve(&[flag("A=flag")], &files, env);
        assert_eq!(all, map(&[("A", "flag"), ("B", "file2"), ("C", "env")]));
    }

    #[test]
    fn debug_never_shows_values() {
        let text = format!("{:?}", flag("token=hunter2"));
        assert!(!text.contains("hunter2"), "{text}");
    }
}
