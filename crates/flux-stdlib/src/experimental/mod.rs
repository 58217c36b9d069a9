//! Packages under `experimental/`.

pub mod dynamic;
pub mod influxdb;
pub mod json;
