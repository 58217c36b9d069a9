//! `import "system"`: `time`, the system clock.

use flux_eval::{NativeFunction, Value, native};

/// The package's natives (declarations in stdlib/system/system.flux).
pub const NATIVES: &[NativeFunction] = &[native!("time", || Value::Time(clock_nanos()))];

/// Nanoseconds since the Unix epoch on the system clock (0 before 1970, the largest
/// time after 2262).
pub fn clock_nanos() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
