//! Packages under `contrib/`, contributed to Go Flux by its users.

pub mod bonitoo_io;
pub mod qxip;
