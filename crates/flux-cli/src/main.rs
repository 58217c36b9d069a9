//! The `flux` command: run a Flux script, text from `-e`, standard input, or a REPL.
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod check_cmd;
mod cli;
mod dashboard;
mod influx_config;
mod interrupt;
mod output;
mod parse_cmd;
mod repl;
mod run;
mod runtime;
mod secrets;
mod setup;
mod test_cmd;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use clap::Parser;

use cli::{Cli, Command, Input};

/// Exit status of a usage error (bad flags, unreadable configuration).
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Parse(args)) = &cli.command {
        return parse_cmd::run(args, setup::color(&cli));
    }
    let mut setup = match setup::resolve(&cli) {
        Ok(setup) => setup,
        Err(message) => {
            eprintln!("flux: {message}");
            return ExitCode::from(USAGE);
        }
    };
    let interrupt = Arc::new(AtomicBool::new(false));
    if let Some(Command::Test(args)) = &cli.command {
        return test_cmd::run(args, &mut setup, &interrupt);
    }
    let runtime = runtime::build(&setup, interrupt.clone());
    if let Some(Command::Check(args)) = &cli.command {
        return check_cmd::run(args, &runtime, setup.color);
    }
    let input = cli.input(std::io::stdin().is_terminal());
    let mode = match input {
        Input::Repl => interrupt::Mode::Repl,
        Input::File(_) | Input::Exec(_) | Input::Stdin => interrupt::Mode::Script,
    };
    let signal = interrupt::install(interrupt, mode).unwrap_or_else(|message| {
        eprintln!("flux: {message}");
        interrupt::Received::default()
    });
    match input {
        Input::Repl => repl::run(&runtime, &setup),
        input @ (Input::File(_) | Input::Exec(_) | Input::Stdin) => {
            run::run(&input, &runtime, setup.format, setup.color, &signal)
        }
    }
}
