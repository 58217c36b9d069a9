//! Packages under `contrib/bonitoo-io/`.

pub mod hex;
