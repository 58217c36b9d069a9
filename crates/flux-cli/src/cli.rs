//! The command line, as clap sees it. Global flags come before or after FILE.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::secrets::{SecretFlag, SecretValue};

/// Run Flux scripts, or a REPL.
///
/// Without FILE or -e: a REPL when standard input is a terminal, otherwise the script
/// is read from standard input. Exit status: 0 success, 1 Flux error, 2 usage error.
#[derive(Parser, Debug)]
#[command(name = "flux", version, max_term_width = 100)]
pub struct Cli {
    /// Script to run; `-` reads it from standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Run SRC instead of a file.
    #[arg(
        short = 'e',
        long = "exec",
        visible_alias = "eval",
        value_name = "SRC",
        conflicts_with = "file"
    )]
    pub exec: Option<String>,

    /// How values are printed: `text` is display(), `json` one JSON document per expression statement.
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    pub format: Format,

    /// Colour in error messages.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Where `secrets.get` looks.
    #[command(flatten)]
    pub secrets: SecretArgs,

    /// The InfluxDB context of `influxdb.api()`.
    #[command(flatten)]
    pub influx: InfluxArgs,

    /// How far a script may go.
    #[command(flatten)]
    pub limits: LimitArgs,

    /// A subcommand instead of running a script.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check the syntax of Flux files without running them.
    Parse(ParseArgs),
    /// Parse and type-check Flux files without running them.
    Check(CheckArgs),
    /// Run the `testcase` blocks of `*_test.flux` files.
    Test(TestArgs),
}

/// `flux test [PATH...]`.
#[derive(Args, Debug)]
pub struct TestArgs {
    /// Test files, or directories searched for `*_test.flux` files [default: .]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Run only the testcases whose name matches this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub run: Option<String>,
    /// Tags given: a testcase with tags runs only when every one of its tags is given.
    #[arg(long, value_name = "TAG", value_delimiter = ',')]
    pub tags: Vec<String>,
    /// Wall time each testcase may take, such as 10s or 2m [default: the global --timeout, else 30s]
    #[arg(long = "timeout", value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<std::time::Duration>,
}

/// `flux parse FILE...`.
#[derive(Args, Debug)]
pub struct ParseArgs {
    /// Files to check.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Print the syntax tree of each file.
    #[arg(long)]
    pub ast: bool,
}

/// `flux check FILE...`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files to check.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Print the type of each top-level binding (`name: type`).
    #[arg(long)]
    pub types: bool,
    /// Take package sources from this directory (one directory per import path, as in
    /// Flux's stdlib/) instead of the built-in standard library; a file under it that
    /// is not a test file is checked as part of its package.
    #[arg(long, value_name = "DIR")]
    pub stdlib: Option<PathBuf>,
}

/// Secret sources, in precedence order: flag > file > environment (`FLUX_SECRET_<KEY>`).
#[derive(Args, Debug)]
#[command(next_help_heading = "Secrets")]
pub struct SecretArgs {
    /// A secret for `secrets.get(key: KEY)`; repeatable
    ///
    /// Precedence: --secret, then --secrets-file, then environment variables FLUX_SECRET_<KEY>.
    #[arg(long = "secret", value_name = "KEY=VALUE")]
    pub secret: Vec<SecretFlag>,

    /// A file of secrets: a JSON object of strings, or KEY=VALUE lines; repeatable.
    #[arg(long = "secrets-file", value_name = "FILE")]
    pub secrets_file: Vec<PathBuf>,
}

/// InfluxDB context: flag > environment > the influx CLI's active config profile.
#[derive(Args, Debug)]
#[command(next_help_heading = "InfluxDB")]
pub struct InfluxArgs {
    /// Default `host` of `influxdb.api()`
    ///
    /// Each InfluxDB setting comes from its flag, else its environment variable, else the
    /// influx CLI's active config profile.
    #[arg(long, env = "INFLUX_HOST", hide_env_values = true, value_name = "URL")]
    pub host: Option<String>,

    /// Default `token` of `influxdb.api()`.
    #[arg(
        short = 't',
        long,
        env = "INFLUX_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN",
        allow_hyphen_values = true,
        conflicts_with = "token_file"
    )]
    pub token: Option<Token>,

    /// Read the token from FILE (keeps it out of `ps` and shell history).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,

    /// Default `org` of `from()`, `buckets()` and `to()`.
    #[arg(long, env = "INFLUX_ORG", hide_env_values = true, value_name = "NAME")]
    pub org: Option<String>,

    /// The bucket dashboards see as `v.bucket`.
    #[arg(long, value_name = "NAME")]
    pub bucket: Option<String>,

    /// Set field NAME of the dashboard record `v` (timeRangeStart, timeRangeStop,
    /// windowPeriod, bucket, or a new one); VALUE is a Flux literal (-6h,
    /// 2024-01-01T00:00:00Z, 5, "text"), anything else a string; repeatable
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub var: Vec<crate::dashboard::VarFlag>,

    /// Use this influx CLI config profile instead of the active one.
    #[arg(
        short = 'c',
        long,
        env = "INFLUX_ACTIVE_CONFIG",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub active_config: Option<String>,

    /// The influx CLI config file [default: ~/.influxdbv2/configs; also INFLUX_CLI_CONFIGS_PATH].
    #[arg(
        long,
        env = "INFLUX_CONFIGS_PATH",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub configs_path: Option<PathBuf>,

    /// Accept invalid (e.g. self-signed) TLS certificates.
    #[arg(long, env = "INFLUX_SKIP_VERIFY", hide_env_values = true)]
    pub skip_verify: bool,
}

/// Limits of a script (and of each REPL entry).
#[derive(Args, Debug)]
#[command(next_help_heading = "Limits")]
pub struct LimitArgs {
    /// Memory a script may hold, such as 512MiB or 1GiB (KiB, MiB, GiB: powers of 1024; KB, MB, GB: of 1000)
    ///
    /// Counts the strings, bytes, arrays, records, dictionaries and tables the script keeps,
    /// the value being built, and the text of a value being printed; going over it stops the
    /// script with an error. HTTP response bodies are capped by it too (and by their own
    /// 100 MB limit).
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    pub max_memory: u64,

    /// Expressions a script may evaluate before it is stopped [default: no limit]
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,

    /// Wall time a script (or a REPL entry) may take, HTTP requests included, such as 30s, 5m or
    /// 1h30m [default: no limit]
    #[arg(long, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<std::time::Duration>,
}

/// `512MiB`, `1GiB`, `100MB`, `4096`: a size in bytes, more than zero.
fn parse_size(text: &str) -> Result<u64, String> {
    let size: bytesize::ByteSize = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a size such as 512MiB or 1GiB"))?;
    match size.as_u64() {
        0 => Err("the size must be more than zero".to_string()),
        bytes => Ok(bytes),
    }
}

/// `30s`, `5m`, `1h30m`, `500ms`: a duration, more than zero.
fn parse_timeout(text: &str) -> Result<std::time::Duration, String> {
    match humantime::parse_duration(text.trim()) {
        Ok(d) if d.is_zero() => Err("the timeout must be more than zero".to_string()),
        Ok(d) => Ok(d),
        Err(_) => Err(format!("{text:?} is not a duration such as 30s, 5m or 1h30m")),
    }
}

/// A token from the command line or environment; Debug redacts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token(pub SecretValue);

impl std::str::FromStr for Token {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Token(SecretValue(s.to_string())))
    }
}

/// Output format of values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// display() text, one value per line.
    Text,
    /// One JSON document per expression statement (per table for a stream).
    Json,
    /// Streams as annotated CSV, as InfluxDB's /api/v2/query returns them; other values as text.
    Csv,
}

/// When to use colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard error is a terminal and NO_COLOR is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Resolve `auto` against the terminal and NO_COLOR.
    pub fn enabled(self, is_terminal: bool, no_color_set: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && !no_color_set,
        }
    }
}

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A script file.
    File(PathBuf),
    /// Source text from `-e`.
    Exec(String),
    /// The script on standard input (`-`, or no arguments when stdin is not a terminal).
    Stdin,
    /// The interactive REPL.
    Repl,
}

impl Cli {
    /// Decide what to run, given whether standard input is a terminal.
    pub fn input(&self, stdin_is_terminal: bool) -> Input {
        match (&self.exec, &self.file) {
            (Some(src), _) => Input::Exec(src.clone()),
            (None, Some(f)) if f.as_os_str() == "-" => Input::Stdin,
            (None, Some(f)) => Input::File(f.clone()),
            (None, None) if stdin_is_terminal => Input::Repl,
            (None, None) => Input::Stdin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("flux").chain(args.iter().copied()))
    }
    fn fails(args: &[&str]) -> Result<clap::error::ErrorKind, &'static str> {
        match parse(args) {
            Ok(_) => Err("expected a usage error"),
            Err(e) => Ok(e.kind()),
        }
    }

    #[test]
    fn the_model_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn inputs() -> TestResult {
        assert_eq!(parse(&["a.flux"])?.input(true), Input::File("a.flux".into()));
        assert_eq!(parse(&["-"])?.input(true), Input::Stdin);
        assert_eq!(parse(&["-e", "1 + 1"])?.input(true), Input::Exec("1 + 1".into()));
        assert_eq!(parse(&["--eval", "1"])?.input(false), Input::Exec("1".into()));
        assert_eq!(parse(&[])?.input(true), Input::Repl);
        assert_eq!(parse(&[])?.input(false), Input::Stdin);
        assert_eq!(
            fails(&["-e", "1", "a.flux"])?,
            clap::error::ErrorKind::ArgumentConflict
        );
        Ok(())
    }

    #[test]
    fn global_flags_go_before_or_after_the_file() -> TestResult {
        let cli = parse(&["--host", "http://h", "--token", "T", "a.flux", "--secret", "k=v"])?;
        assert_eq!(cli.influx.host.as_deref(), Some("http://h"));
        assert_eq!(cli.influx.token, Some(Token(SecretValue("T".into()))));
        assert_eq!(cli.secrets.secret.len(), 1);
        assert_eq!(cli.file, Some("a.flux".into()));
        Ok(())
    }

    #[test]
    fn debug_output_never_shows_the_token() -> TestResult {
        let cli = parse(&["--token", "hunter2", "--secret", "k=hunter2", "-e", "1"])?;
        let text = format!("{cli:?}");
        assert!(!text.contains("hunter2"), "{text}");
        Ok(())
    }

    #[test]
    fn tokens_may_start_with_a_dash() -> TestResult {
        let cli = parse(&["-t", "-abc==", "a.flux"])?;
        assert_eq!(cli.influx.token, Some(Token(SecretValue("-abc==".into()))));
        Ok(())
    }

    #[test]
    fn parse_subcommand() -> TestResult {
        let cli = parse(&["parse", "a.flux", "b.flux", "--ast"])?;
        let Some(Command::Parse(p)) = cli.command else {
            return Err("expected the parse subcommand".into());
        };
        assert_eq!(p.files.len(), 2);
        assert!(p.ast);
        assert_eq!(
            fails(&["parse"])?,
            clap::error::ErrorKind::MissingRequiredArgument
        );
        Ok(())
    }

    #[test]
    fn bad_values_are_usage_errors() -> TestResult {
        assert_eq!(
            fails(&["--secret", "novalue", "a.flux"])?,
            clap::error::ErrorKind::ValueValidation
        );
        assert_eq!(fails(&["--format", "xml"])?, clap::error::ErrorKind::InvalidValue);
        assert_eq!(
            fails(&["--token", "a", "--token-file", "f"])?,
            clap::error::ErrorKind::ArgumentConflict
        );
        Ok(())
    }

    #[test]
    fn limits() -> TestResult {
        let cli = parse(&["-e", "1"])?;
        assert_eq!(cli.limits.max_memory, 1 << 30);
        assert_eq!((cli.limits.max_steps, cli.limits.timeout), (None, None));
        let cli = parse(&[
            "--max-memory",
            "512MiB",
            "--max-steps",
            "1000",
            "--timeout",
            "1m30s",
        ])?;
        assert_eq!(cli.limits.max_memory, 512 << 20);
        assert_eq!(cli.limits.max_steps, Some(1000));
        assert_eq!(cli.limits.timeout, Some(std::time::Duration::from_secs(90)));
        assert_eq!(parse(&["--max-memory", "2GB"])?.limits.max_memory, 2_000_000_000);
        assert_eq!(parse(&["--max-memory", "4096"])?.limits.max_memory, 4096);
        assert_eq!(
            parse(&["--timeout", "500ms"])?.limits.timeout,
            Some(std::time::Duration::from_millis(500))
        );
        for bad in [
            &["--max-memory", "lots"][..],
            &["--max-memory", "0"],
            &["--timeout", "soon"],
            &["--timeout", "0s"],
            &["--max-steps", "many"],
        ] {
            assert_eq!(fails(bad)?, clap::error::ErrorKind::ValueValidation, "{bad:?}");
        }
        Ok(())
    }

    #[test]
    fn colour() {
        assert!(ColorChoice::Always.enabled(false, true));
        assert!(!ColorChoice::Never.enabled(true, false));
        assert!(ColorChoice::Auto.enabled(true, false));
        assert!(!ColorChoice::Auto.enabled(true, true));
        assert!(!ColorChoice::Auto.enabled(false, false));
    }

    #[test]
    fn help_hides_the_token_value() {
        let help = Cli::command().render_long_help().to_string();
        assert!(help.contains("INFLUX_TOKEN"), "{help}");
    }

    #[test]
    fn help_shows_no_environment_value() {
        // The values themselves are checked end to end (tests/flags.rs): here, that no
        // argument reading the environment would show its value.
        for arg in Cli::command().get_arguments() {
            if arg.get_env().is_some() {
                assert!(arg.is_hide_env_values_set(), "{:?} shows its value", arg.get_id());
            }
        }
    }
}
