//! Packages under `influxdata/influxdb/`.

pub mod secrets;
