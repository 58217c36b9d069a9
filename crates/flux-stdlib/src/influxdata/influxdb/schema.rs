//! `import "influxdata/influxdb/schema"`: written in Flux over `from`, `range`, `filter`,
//! `keys`, `keep`, `group` and `distinct` (stdlib/influxdata/influxdb/schema/schema.flux);
//! it has no natives.

use flux_eval::NativeFunction;

/// The package's natives: none.
pub const NATIVES: &[NativeFunction] = &[];
