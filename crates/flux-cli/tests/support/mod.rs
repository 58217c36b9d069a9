#![allow(dead_code)]

pub mod influxdb;
pub mod influxdb2;
pub mod reference;
