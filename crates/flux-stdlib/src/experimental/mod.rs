//! Packages under `experimental/`.

pub mod influxdb;
pub mod json;
