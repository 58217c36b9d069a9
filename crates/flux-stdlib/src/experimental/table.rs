//! `import "experimental/table"`: `fill`, which gives every empty table one row.

use flux_eval::NativeFunction;

/// The package's natives (declarations in stdlib/experimental/table/table.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("fill", super::tables::fill_empty)];
