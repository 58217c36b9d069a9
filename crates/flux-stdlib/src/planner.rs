//! `import "planner"`: options for a query planner flux-rs does not have (no natives).

use flux_eval::NativeFunction;

/// The package has no natives (its options are in stdlib/planner/planner.flux).
pub const NATIVES: &[NativeFunction] = &[];
