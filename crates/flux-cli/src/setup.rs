//! Everything resolved from flags, files and the environment before any Flux runs:
//! the secrets, the InfluxDB context, the limits, the output format and colour.

use std::io::IsTerminal;

use crate::cli::{Cli, Format};
use crate::influx_config::{self, InfluxSettings};
use crate::secrets;

/// The resolved configuration of one run.
#[derive(Debug)]
pub struct Setup {
    /// Where `secrets.get` looks (Debug names the stores, never a value).
    pub secrets: flux::stdlib::ChainSecrets,
    /// Secret values known up front, kept out of error snippets and REPL history.
    pub known_secrets: Vec<flux::SecretString>,
    /// Defaults for `influxdb.api()`.
    pub influx: InfluxSettings,
    /// How values are printed.
    pub format: Format,
    /// Colour in error messages.
    pub color: bool,
    /// `--max-memory`, `--max-steps`, `--timeout`.
    pub limits: Limits,
    /// The dashboard record `v` (`--bucket`, `--var`).
    pub v: flux::Value,
}

/// The limits a script runs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes a script may hold (`--max-memory`).
    pub max_memory: u64,
    /// Expressions a script may evaluate (`--max-steps`).
    pub max_steps: Option<u64>,
    /// Wall time of a script or REPL entry (`--timeout`).
    pub timeout: Option<std::time::Duration>,
}

/// Colour on or off for `cli`, looking at standard error and `NO_COLOR`.
pub fn color(cli: &Cli) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    cli.color.enabled(std::io::stderr().is_terminal(), no_color)
}

/// Resolve secrets and the InfluxDB context. An error is a usage error (exit 2):
/// an unreadable secrets or token file, a bad config file, an unknown profile.
pub fn resolve(cli: &Cli) -> Result<Setup, String> {
    let secrets = secrets::store(&cli.secrets.secret, &cli.secrets.secrets_file)?;
    Ok(Setup {
        secrets: secrets.store,
        known_secrets: secrets.known,
        influx: influx_settings(cli)?,
        format: cli.format,
        color: color(cli),
        limits: Limits {
            max_memory: cli.limits.max_memory,
            max_steps: cli.limits.max_steps,
            timeout: cli.limits.timeout,
        },
        v: crate::dashboard::v_record(&cli.influx.var, cli.influx.bucket.as_deref(), now()),
    })
}

/// Nanoseconds since the epoch.
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn influx_settings(cli: &Cli) -> Result<InfluxSettings, String> {
    let args = &cli.influx;
    let token = match (&args.token, &args.token_file) {
        (Some(t), _) => Some(t.0.clone()),
        (None, Some(path)) => Some(influx_config::read_token_file(path)?),
        (None, None) => None,
    };
    let settings = InfluxSettings {
        host: args.host.clone().filter(|h| !h.is_empty()),
        token: token.filter(|t| !t.0.is_empty()),
        org: args.org.clone().filter(|o| !o.is_empty()),
        skip_verify: args.skip_verify,
    };
    if settings.is_complete() {
        return Ok(settings);
    }
    let cli_env = std::env::var("INFLUX_CLI_CONFIGS_PATH").ok();
    let Some(path) = influx_config::configs_path(args.configs_path.as_deref(), cli_env) else {
        return Ok(settings);
    };
    let profile = influx_config::load_profile(&path, args.active_config.as_deref())?;
    Ok(settings.fill_from(profile.as_ref()))
}
