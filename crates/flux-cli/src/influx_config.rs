//! The InfluxDB context of `influxdb.api()`: host and token from flags, environment,
//! or the active profile of the influx CLI's config file (`~/.influxdbv2/configs`),
//! which is read, never written.
//!
//! Each setting is resolved on its own: flag > environment > active profile. There is
//! no built-in default host: without one, `api()` calls that omit `host` fail with
//! Flux's own error.

use std::path::{Path, PathBuf};

use crate::secrets::SecretValue;

/// One `[name]` section of the influx CLI config file (Debug redacts the token).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// The section name.
    pub name: String,
    /// `url`: the InfluxDB host.
    pub url: Option<String>,
    /// `token`.
    pub token: Option<SecretValue>,
    /// `org`: the default organization of `from()`, `buckets()` and `to()`.
    pub org: Option<String>,
    /// `active = true` marks the profile the influx CLI uses by default.
    pub active: bool,
}

/// Parse the influx CLI config file (TOML, one table per profile).
pub fn parse_profiles(text: &str) -> Result<Vec<Profile>, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let what = e.message().to_string();
        format!("invalid TOML: {what}")
    })?;
    let mut profiles = Vec::new();
    for (name, section) in table {
        let toml::Value::Table(section) = section else {
            continue;
        };
        let text = |key: &str| section.get(key).and_then(|v| v.as_str()).map(str::to_string);
        profiles.push(Profile {
            name: name.clone(),
            url: text("url").filter(|s| !s.is_empty()),
            token: text("token").filter(|s| !s.is_empty()).map(SecretValue),
            org: text("org").filter(|s| !s.is_empty()),
            active: section.get("active").and_then(|v| v.as_bool()).unwrap_or(false),
        });
    }
    Ok(profiles)
}

/// The profile to use: the one named (by `-c/--active-config` or `INFLUX_ACTIVE_CONFIG`),
/// else the one marked `active = true`, else none.
pub fn select_profile(profiles: Vec<Profile>, name: Option<&str>) -> Result<Option<Profile>, String> {
    match name {
        Some(name) => match profiles.into_iter().find(|p| p.name == name) {
            Some(p) => Ok(Some(p)),
            None => Err(format!("config {name:?} not found")),
        },
        None => Ok(profiles.into_iter().find(|p| p.active)),
    }
}

/// Where the config file is: the flag or `INFLUX_CONFIGS_PATH` (already merged by clap),
/// else `INFLUX_CLI_CONFIGS_PATH`, else `~/.influxdbv2/configs`.
pub fn configs_path(flag_or_env: Option<&Path>, cli_env: Option<String>) -> Option<PathBuf> {
    if let Some(p) = flag_or_env {
        return Some(p.to_path_buf());
    }
    if let Some(p) = cli_env.filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs::home_dir().map(|home| home.join(".influxdbv2").join("configs"))
}

/// Load the selected profile from `path`. A missing file means no profile, unless a
/// profile was asked for by name.
pub fn load_profile(path: &Path, name: Option<&str>) -> Result<Option<Profile>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && name.is_none() => return Ok(None),
        Err(e) => return Err(format!("cannot read influx config {}: {e}", path.display())),
    };
    let profiles = parse_profiles(&text).map_err(|e| format!("influx config {}: {e}", path.display()))?;
    select_profile(profiles, name).map_err(|e| format!("influx config {}: {e}", path.display()))
}

/// The resolved InfluxDB context handed to the runtime.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfluxSettings {
    /// Default `host` for `influxdb.api()`.
    pub host: Option<String>,
    /// Default `token` (redacted in Debug).
    pub token: Option<SecretValue>,
    /// Default `org` for `from()`, `buckets()` and `to()`.
    pub org: Option<String>,
    /// Accept invalid TLS certificates.
    pub skip_verify: bool,
}

impl InfluxSettings {
    /// Fill every setting the flags and environment left empty from `profile`.
    pub fn fill_from(mut self, profile: Option<&Profile>) -> Self {
        if let Some(p) = profile {
            self.host = self.host.or_else(|| p.url.clone());
            self.token = self.token.or_else(|| p.token.clone());
            self.org = self.org.or_else(|| p.org.clone());
        }
        self
    }

    /// True when flags and environment already gave a host and a token, so the
    /// config file need not be read.
    pub fn is_complete(&self) -> bool {
        self.host.is_some() && self.token.is_some()
    }
}

/// Read a `--token-file`: the whole file, without the trailing newline.
pub fn read_token_file(path: &Path) -> Result<SecretValue, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read token file {}: {e}", path.display()))?;
    let token = text.trim_end_matches(['\n', '\r']).trim();
    if token.is_empty() {
        return Err(format!("token file {} is empty", path.display()));
    }
    Ok(SecretValue(token.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIGS: &str = r#"
[default]
  url = "http://localhost:8086"
  token = "default-token"
  org = "acme"
  active = true

[cloud]
  url = "https://cloud.example"
  token = "cloud-token"
  org = ""
  previous = true
"#;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn settings(host: Option<&str>, token: Option<&str>) -> InfluxSettings {
        InfluxSettings {
            host: host.map(String::from),
            token: token.map(|t| SecretValue(t.into())),
            ..InfluxSettings::default()
        }
    }

    #[test]
    fn reads_the_influx_cli_format() -> TestResult {
        let profiles = parse_profiles(CONFIGS)?;
        let by_name = |n: &str| {
            profiles
                .iter()
                .find(|p| p.name == n)
                .ok_or(format!("no profile named {n}"))
        };
        assert_eq!(profiles.len(), 2);
        assert_eq!(by_name("default")?.url.as_deref(), Some("http://localhost:8086"));
        assert!(by_name("default")?.active);
        assert_eq!(by_name("cloud")?.org, None);
        assert!(!by_name("cloud")?.active);
        assert!(matches!(parse_profiles("[x\nurl="), Err(e) if e.starts_with("invalid TOML")));
        Ok(())
    }

    #[test]
    fn the_active_profile_unless_one_is_named() -> TestResult {
        let pick = |name| select_profile(parse_profiles(CONFIGS)?, name);
        let picked_name =
            |name| -> Result<String, String> { Ok(pick(name)?.ok_or("no profile selected")?.name) };
        assert_eq!(picked_name(None)?, "default");
        assert_eq!(picked_name(Some("cloud"))?, "cloud");
        assert_eq!(pick(Some("nope")), Err(r#"config "nope" not found"#.to_string()));
        let none_active = parse_profiles("[a]\nurl = \"http://a\"\n")?;
        assert_eq!(select_profile(none_active, None)?, None);
        Ok(())
    }

    #[test]
    fn flags_and_env_beat_the_profile_setting_by_setting() -> TestResult {
        let profile = select_profile(parse_profiles(CONFIGS)?, None)?;
        let filled = settings(Some("http://flag"), None).fill_from(profile.as_ref());
        assert_eq!(filled.host.as_deref(), Some("http://flag"));
        assert_eq!(filled.token, Some(SecretValue("default-token".into())));
        assert_eq!(settings(None, None).fill_from(None), settings(None, None));
        Ok(())
    }

    #[test]
    fn configs_path_precedence() {
        let flag = PathBuf::from("/flag/configs");
        assert_eq!(configs_path(Some(&flag), Some("/cli".into())), Some(flag));
        assert_eq!(
            configs_path(None, Some("/cli".into())),
            Some(PathBuf::from("/cli"))
        );
        assert!(configs_path(None, None).is_some_and(|p| p.ends_with(".influxdbv2/configs")));
    }

    #[test]
    fn missing_file_is_no_profile_unless_one_was_named() {
        let path = Path::new("/definitely/not/here/configs");
        assert_eq!(load_profile(path, None), Ok(None));
        assert!(matches!(load_profile(path, Some("x")), Err(e) if e.contains("cannot read influx config")));
    }

    #[test]
    fn tokens_are_redacted_in_debug() -> TestResult {
        let profiles = parse_profiles(CONFIGS)?;
        let text = format!("{profiles:?} {:?}", settings(None, Some("secret-tok")));
        assert!(
            !text.contains("default-token") && !text.contains("secret-tok"),
            "{text}"
        );
        Ok(())
    }
}
