//! `experimental` ([`package`]) and the packages under `experimental/`.

pub mod dynamic;
pub mod influxdb;
pub mod json;
pub mod package;
pub mod record;
pub mod table;
mod tables;
