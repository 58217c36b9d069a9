//! Packages the host provides: a Flux source file plus the natives its `builtin`
//! statements refer to.

use std::sync::Arc;

use crate::native::NativeFunction;

/// One importable package: its path, its `.flux` source and its native functions.
///
/// The source holds a `package` clause, `builtin name : type` declarations (each
/// bound to the native of the same name) and ordinary Flux statements.
#[derive(Clone, Debug)]
pub struct PackageSource {
    /// The import path, e.g. `experimental/influxdb`.
    pub path: Arc<str>,
    /// The package's Flux source text.
    pub source: Arc<str>,
    /// The natives named by the source's `builtin` statements.
    pub natives: Vec<NativeFunction>,
}

impl PackageSource {
    /// A package from its path, source and natives.
    pub fn new(path: impl Into<Arc<str>>, source: impl Into<Arc<str>>, natives: Vec<NativeFunction>) -> Self {
        PackageSource {
            path: path.into(),
            source: source.into(),
            natives,
        }
    }
}
