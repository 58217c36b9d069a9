//! The `flux` command: run a Flux script, text from `-e`, standard input, or a REPL.
#![forbid(unsafe_code)]

mod cli;
mod influx_config;
mod repl;
mod secrets;

use clap::Parser;

fn main() {
    let _cli = cli::Cli::parse();
}
