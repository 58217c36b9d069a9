//! Flux's standard library: one table, [`STDLIB`], of every package (universe
//! included): its import path, its embedded `.flux` source (`stdlib/<path>/<name>.flux`,
//! with the `builtin` declarations and their docs) and its natives, one Rust module per
//! package path. The runtime builder, the tests, the docs generator and REPL completion
//! all read this table; [`LIBRARY`] loads each package once per process, on first import.
//!
//! Natives are plain functions: what they need from the host (secret store, HTTP
//! client, InfluxDB context, limits) is the [`Capabilities`] the host attaches to the
//! evaluation, which a native reads with [`capabilities()`].
//!
//! ```
//! use flux_stdlib::{Capabilities, MemorySecrets, STDLIB};
//! use std::sync::Arc;
//!
//! assert!(STDLIB.iter().any(|p| p.path == "experimental/influxdb"));
//! let caps = Capabilities {
//!     secrets: Arc::new(MemorySecrets::new().with("INFLUX_TOKEN", "t0k3n")),
//!     ..Capabilities::default()
//! };
//! let registry = Arc::new(flux_eval::Registry::with_library(&flux_stdlib::LIBRARY, []));
//! let mut evaluator = flux_eval::Evaluator::new(registry).with_host(Arc::new(caps));
//! let secrets = evaluator.import("influxdata/influxdb/secrets", flux_syntax::Span::default());
//! assert!(secrets.is_ok());
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod array;
pub mod bitwise;
pub mod capabilities;
pub mod contrib;
pub mod csv;
pub mod date;
pub mod dict;
pub mod experimental;
pub mod generate;
/// Pure functions that behave exactly as Go's standard library, behind `math`, `strings`, `regexp` and `bitwise`.
pub mod go;
pub mod http;
pub mod influxdata;
pub mod internal;
pub mod join;
pub mod json;
pub mod math;
mod natives;
pub mod planner;
pub mod regexp;
pub mod runtime;
pub mod sampledata;
pub mod secret_store;
mod secret_string;
pub mod strings;
pub mod system;
pub mod testing;
pub mod timezone;
pub mod types;
pub mod universe;

use flux_eval::{Library, PackageSource};

pub use capabilities::{Capabilities, InfluxContext, capabilities};
#[cfg(feature = "http")]
pub use http::ReqwestClient;
pub use http::{HttpClient, HttpError, HttpErrorKind, HttpLimits, HttpRequest, HttpResponse, NoHttpClient};
pub use natives::now;
pub use secret_store::{
    ChainSecrets, EnvSecrets, FileSecrets, MemorySecrets, NoSecrets, SecretError, SecretStore,
};
pub use secret_string::{Redactions, SecretString};

/// Every package of the standard library, universe first. Adding a package is one
/// line here (plus its `.flux` file and its module); see docs/contributing.md.
pub static STDLIB: &[PackageSource] = &[
    PackageSource::new(
        "universe",
        include_str!("../../../stdlib/universe/universe.flux"),
        universe::NATIVES,
    ),
    PackageSource::new(
        "array",
        include_str!("../../../stdlib/array/array.flux"),
        array::NATIVES,
    ),
    PackageSource::new(
        "bitwise",
        include_str!("../../../stdlib/bitwise/bitwise.flux"),
        bitwise::NATIVES,
    ),
    PackageSource::new("csv", include_str!("../../../stdlib/csv/csv.flux"), csv::NATIVES),
    PackageSource::new(
        "date",
        include_str!("../../../stdlib/date/date.flux"),
        date::NATIVES,
    ),
    PackageSource::new(
        "dict",
        include_str!("../../../stdlib/dict/dict.flux"),
        dict::NATIVES,
    ),
    PackageSource::new(
        "join",
        include_str!("../../../stdlib/join/join.flux"),
        join::NATIVES,
    ),
    PackageSource::new(
        "json",
        include_str!("../../../stdlib/json/json.flux"),
        json::NATIVES,
    ),
    PackageSource::new(
        "math",
        include_str!("../../../stdlib/math/math.flux"),
        math::NATIVES,
    ),
    PackageSource::new(
        "regexp",
        include_str!("../../../stdlib/regexp/regexp.flux"),
        regexp::NATIVES,
    ),
    PackageSource::new(
        "runtime",
        include_str!("../../../stdlib/runtime/runtime.flux"),
        runtime::NATIVES,
    ),
    PackageSource::new(
        "strings",
        include_str!("../../../stdlib/strings/strings.flux"),
        strings::NATIVES,
    ),
    PackageSource::new(
        "system",
        include_str!("../../../stdlib/system/system.flux"),
        system::NATIVES,
    ),
    PackageSource::new(
        "timezone",
        include_str!("../../../stdlib/timezone/timezone.flux"),
        timezone::NATIVES,
    ),
    PackageSource::new(
        "types",
        include_str!("../../../stdlib/types/types.flux"),
        types::NATIVES,
    ),
    PackageSource::new(
        "contrib/bonitoo-io/hex",
        include_str!("../../../stdlib/contrib/bonitoo-io/hex/hex.flux"),
        contrib::bonitoo_io::hex::NATIVES,
    ),
    PackageSource::new(
        "contrib/qxip/hash",
        include_str!("../../../stdlib/contrib/qxip/hash/hash.flux"),
        contrib::qxip::hash::NATIVES,
    ),
    PackageSource::new(
        "experimental/bitwise",
        include_str!("../../../stdlib/experimental/bitwise/bitwise.flux"),
        &[],
    ),
    PackageSource::new(
        "experimental/date/boundaries",
        include_str!("../../../stdlib/experimental/date/boundaries/boundaries.flux"),
        &[],
    ),
    PackageSource::new(
        "experimental/json",
        include_str!("../../../stdlib/experimental/json/json.flux"),
        experimental::json::NATIVES,
    ),
    PackageSource::new(
        "experimental",
        include_str!("../../../stdlib/experimental/experimental.flux"),
        experimental::package::NATIVES,
    ),
    PackageSource::new(
        "experimental/table",
        include_str!("../../../stdlib/experimental/table/table.flux"),
        experimental::table::NATIVES,
    ),
    PackageSource::new(
        "experimental/array",
        include_str!("../../../stdlib/experimental/array/array.flux"),
        &[],
    ),
    PackageSource::new(
        "experimental/dynamic",
        include_str!("../../../stdlib/experimental/dynamic/dynamic.flux"),
        experimental::dynamic::NATIVES,
    ),
    PackageSource::new(
        "experimental/influxdb",
        include_str!("../../../stdlib/experimental/influxdb/influxdb.flux"),
        experimental::influxdb::NATIVES,
    ),
    PackageSource::new(
        "experimental/record",
        include_str!("../../../stdlib/experimental/record/record.flux"),
        experimental::record::NATIVES,
    ),
    PackageSource::new(
        "http",
        include_str!("../../../stdlib/http/http.flux"),
        http::package::NATIVES,
    ),
    PackageSource::new(
        "http/requests",
        include_str!("../../../stdlib/http/requests/requests.flux"),
        http::requests::NATIVES,
    ),
    PackageSource::new(
        "influxdata/influxdb",
        include_str!("../../../stdlib/influxdata/influxdb/influxdb.flux"),
        influxdata::influxdb::NATIVES,
    ),
    PackageSource::new(
        "influxdata/influxdb/schema",
        include_str!("../../../stdlib/influxdata/influxdb/schema/schema.flux"),
        influxdata::influxdb::schema::NATIVES,
    ),
    PackageSource::new(
        "influxdata/influxdb/v1",
        include_str!("../../../stdlib/influxdata/influxdb/v1/v1.flux"),
        &[],
    ),
    PackageSource::new(
        "influxdata/influxdb/secrets",
        include_str!("../../../stdlib/influxdata/influxdb/secrets/secrets.flux"),
        influxdata::influxdb::secrets::NATIVES,
    ),
    PackageSource::new(
        "influxdata/influxdb/tasks",
        include_str!("../../../stdlib/influxdata/influxdb/tasks/tasks.flux"),
        influxdata::influxdb::tasks::NATIVES,
    ),
    PackageSource::new(
        "generate",
        include_str!("../../../stdlib/generate/generate.flux"),
        generate::NATIVES,
    ),
    PackageSource::new(
        "internal/debug",
        include_str!("../../../stdlib/internal/debug/debug.flux"),
        internal::debug::NATIVES,
    ),
    PackageSource::new(
        "internal/testing",
        include_str!("../../../stdlib/internal/testing/testing.flux"),
        &[],
    ),
    PackageSource::new(
        "planner",
        include_str!("../../../stdlib/planner/planner.flux"),
        planner::NATIVES,
    ),
    PackageSource::new(
        "sampledata",
        include_str!("../../../stdlib/sampledata/sampledata.flux"),
        sampledata::NATIVES,
    ),
    PackageSource::new(
        "testing",
        include_str!("../../../stdlib/testing/testing.flux"),
        testing::NATIVES,
    ),
    PackageSource::new(
        "testing/expect",
        include_str!("../../../stdlib/testing/expect/expect.flux"),
        testing::expect::NATIVES,
    ),
];

/// [`STDLIB`] as a library: each package parsed and evaluated at most once per
/// process, on first import, and shared by every runtime. The prelude's types come
/// from [`PRELUDE_TYPES`].
pub static LIBRARY: Library = Library::new(STDLIB).with_type_summaries(PRELUDE_TYPES);

/// The types of the prelude packages' members, generated from their sources so that
/// start-up does not infer them again (tests/prelude_types.rs checks that they are
/// current; `UPDATE_PRELUDE_TYPES=1 cargo test -p flux-stdlib --test prelude_types`
/// writes them).
pub static PRELUDE_TYPES: &[(&str, &str)] = &[
    (
        "universe",
        include_str!("../../../stdlib/universe/universe.types"),
    ),
    (
        "influxdata/influxdb",
        include_str!("../../../stdlib/influxdata/influxdb/influxdb.types"),
    ),
];
