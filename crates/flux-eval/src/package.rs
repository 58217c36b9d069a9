//! What a host registers to make `import "path"` work.

use std::sync::Arc;

use crate::native::NativeFunction;

/// A package as the host provides it: its Flux source (package clause, `builtin`
/// declarations, Flux-defined members) and the natives its `builtin`s refer to,
/// keyed by name. The evaluator binds each `builtin name : type` to the native of
/// that name; a `builtin` without a native, or a native without a `builtin`, is an error.
#[derive(Clone, Debug)]
pub struct PackageSource {
    /// Import path, e.g. `experimental/influxdb`.
    pub path: Arc<str>,
    /// The `.flux` source of the package.
    pub source: Arc<str>,
    /// Natives for its `builtin` declarations.
    pub natives: Vec<NativeFunction>,
}
