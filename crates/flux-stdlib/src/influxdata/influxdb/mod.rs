//! `import "influxdata/influxdb"` (and the packages under it): `from()`, `buckets()` and
//! `to()` against a remote InfluxDB 2, as Go Flux runs them when given a `host` (or, here,
//! when the host's InfluxDB context has one): the work is sent as Flux to the server's
//! `/api/v2/query` and line protocol to its `/api/v2/write`.

mod from;
mod remote;
pub mod schema;
pub mod secrets;
pub mod tasks;
mod to;

pub use from::RemoteFrom;

use flux_eval::NativeFunction;

/// The package's natives (declarations in stdlib/influxdata/influxdb/influxdb.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("from", from::from),
    NativeFunction::new("buckets", from::buckets),
    NativeFunction::new("to", to::to),
];
