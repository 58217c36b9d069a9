//! The interactive REPL.

pub mod complete;
pub mod scan;
