//! The interactive REPL.

pub mod complete;
pub mod entry;
pub mod helper;
pub mod scan;
