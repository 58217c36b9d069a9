//! `import "bitwise"` (and its older home `experimental/bitwise`, written in Flux on
//! top of this one): Go's integer bit operators on `uint` and `int`.

use flux_eval::{ErrorKind, NativeFunction, Result, native};

use crate::go::bitwise as go;
use crate::natives::error;

/// The package's natives (declarations in stdlib/bitwise/bitwise.flux).
pub const NATIVES: &[NativeFunction] = &[
    native!("uand", |a: u64, b: u64| go::uand(a, b)),
    native!("uor", |a: u64, b: u64| go::uor(a, b)),
    native!("unot", |a: u64| go::unot(a)),
    native!("uxor", |a: u64, b: u64| go::uxor(a, b)),
    native!("uclear", |a: u64, b: u64| go::uclear(a, b)),
    native!("ulshift", |a: u64, b: u64| go::ulshift(a, b)),
    native!("urshift", |a: u64, b: u64| go::urshift(a, b)),
    native!("sand", |a: i64, b: i64| go::sand(a, b)),
    native!("sor", |a: i64, b: i64| go::sor(a, b)),
    native!("snot", |a: i64| go::snot(a)),
    native!("sxor", |a: i64, b: i64| go::sxor(a, b)),
    native!("sclear", |a: i64, b: i64| go::sclear(a, b)),
    native!("slshift", |a: i64, b: i64| shifted(go::slshift(a, b))?),
    native!("srshift", |a: i64, b: i64| shifted(go::srshift(a, b))?),
];

fn shifted(result: std::result::Result<i64, &'static str>) -> Result<i64> {
    result.map_err(|message| error(ErrorKind::Runtime, message))
}
