//! Packages under `influxdata/`.

pub mod influxdb;
