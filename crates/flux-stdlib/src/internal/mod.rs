//! Packages under `internal/`.

pub mod debug;
