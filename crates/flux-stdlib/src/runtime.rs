//! `import "runtime"`: `version`, the version of the Flux implementation running.

use flux_eval::{NativeFunction, native};

/// The package's natives (declarations in stdlib/runtime/runtime.flux).
pub const NATIVES: &[NativeFunction] = &[native!("version", || concat!("v", env!("CARGO_PKG_VERSION")))];
