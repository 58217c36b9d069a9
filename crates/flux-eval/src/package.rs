//! What makes `import "path"` work: a package's Flux source and the natives its
//! `builtin`s refer to.

use std::borrow::Cow;

use crate::native::NativeFunction;

/// A package: its import path, its Flux source (package clause, `builtin`
/// declarations, Flux-defined members) and the natives its `builtin`s name. The
/// evaluator binds each `builtin name : type` to the native of that name; a `builtin`
/// without a native, or a native without a `builtin`, is an error.
///
/// The standard library's packages are `const` ([`PackageSource::new`]); a host builds
/// its own at run time from owned strings and closures.
#[derive(Clone, Debug)]
pub struct PackageSource {
    /// Import path, e.g. `experimental/influxdb`.
    pub path: Cow<'static, str>,
    /// The `.flux` source of the package.
    pub source: Cow<'static, str>,
    /// Natives for its `builtin` declarations.
    pub natives: Cow<'static, [NativeFunction]>,
}

impl PackageSource {
    /// A package from static parts, for `const` tables such as the standard library's.
    pub const fn new(path: &'static str, source: &'static str, natives: &'static [NativeFunction]) -> Self {
        PackageSource {
            path: Cow::Borrowed(path),
            source: Cow::Borrowed(source),
            natives: Cow::Borrowed(natives),
        }
    }
}
