#![forbid(unsafe_code)]
//! Flux native packages, one module per package path.

pub mod universe;
