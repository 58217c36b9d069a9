//! The `flux` command: run a Flux script, text from `-e`, standard input, or a REPL.
#![forbid(unsafe_code)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod cli;
mod influx_config;
#[allow(dead_code)]
mod interrupt;
mod repl;
mod run;
mod secrets;
#[allow(dead_code)]
mod setup;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, Input};

/// Exit status of a usage error (bad flags, unreadable configuration).
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Parse(args)) = &cli.command {
        let _ = args;
        eprintln!("flux: parse is not wired to the parser yet");
        return ExitCode::FAILURE;
    }
    let setup = match setup::resolve(&cli) {
        Ok(setup) => setup,
        Err(message) => {
            eprintln!("flux: {message}");
            return ExitCode::from(USAGE);
        }
    };
    match cli.input(std::io::stdin().is_terminal()) {
        Input::Repl => repl::run(&setup),
        input @ (Input::File(_) | Input::Exec(_) | Input::Stdin) => run::run(&input, &flux::Runtime::new()),
    }
}
