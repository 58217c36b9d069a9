pub mod influxdb;
