//! Flux's native packages, one module per package path: `dict`, `json`,
//! `experimental/json`, `experimental/influxdb` and `influxdata/influxdb/secrets`
//! (the universe lives in `universe`, owned by the evaluator).
//!
//! Each package is its embedded `.flux` source (`stdlib/<path>/<name>.flux`, with the
//! `builtin` declarations) plus the natives those declarations name. The host builds
//! [`Capabilities`] (secrets, HTTP client, InfluxDB context, limits) and registers
//! [`packages`]:
//!
//! ```
//! use flux_stdlib::{Capabilities, MemorySecrets};
//! use std::sync::Arc;
//!
//! let caps = Capabilities {
//!     secrets: Arc::new(MemorySecrets::new().with("INFLUX_TOKEN", "t0k3n")),
//!     ..Capabilities::default()
//! };
//! let packages = flux_stdlib::packages(&caps);
//! assert!(packages.iter().any(|p| &*p.path == "experimental/influxdb"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod capabilities;
pub mod dict;
pub mod experimental;
/// Pure functions that behave exactly as Go's standard library, behind `math`, `strings`, `regexp` and `bitwise`.
pub mod go;
pub mod http;
pub mod influxdata;
pub mod json;
mod natives;
pub mod secret_store;
mod secret_string;
pub mod universe;

use flux_eval::PackageSource;

pub use capabilities::{Capabilities, InfluxContext};
pub use http::{HttpClient, HttpError, HttpErrorKind, HttpLimits, HttpRequest, HttpResponse, ReqwestClient};
pub use secret_store::{
    ChainSecrets, EnvSecrets, FileSecrets, MemorySecrets, NoSecrets, SecretError, SecretStore,
};
pub use secret_string::{Redactions, SecretString};

/// Every native package except the universe, wired to `caps`.
pub fn packages(caps: &Capabilities) -> Vec<PackageSource> {
    vec![
        dict::package(),
        json::package(),
        experimental::json::package(),
        experimental::influxdb::package(caps),
        influxdata::influxdb::secrets::package(caps),
    ]
}
