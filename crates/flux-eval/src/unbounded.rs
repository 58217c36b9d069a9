//! Streams that wait for bounds: `from()` of influxdata/influxdb, outside InfluxDB, asks a
//! server for its rows, and a server only answers a bounded read. As in Go Flux, `from()`
//! must be followed directly by `range()`: `range` hands its bounds to the read
//! ([`RangeInput::Unbounded`]), which sends `from |> range` to the server; anything else
//! that receives such a value fails with Go's "cannot submit unbounded read" error.

use std::fmt::Debug;
use std::sync::Arc;

use flux_syntax::Span;

use crate::error::{ErrorKind, Result, RuntimeError};
use crate::native::{CallContext, FromValue};
use crate::value::Value;

/// A read that needs time bounds before it can run (see the module docs).
pub trait UnboundedRead: Send + Sync + Debug {
    /// The bucket (its name, or its id) as the "unbounded read" error names it.
    fn bucket(&self) -> &str;
    /// Read the rows with `start <= _time < stop` (nanoseconds since the epoch).
    fn read(&self, start: i64, stop: i64, cx: &mut CallContext) -> Result<flux_table::Stream>;
}

/// Go Flux's error for a `from()` that no `range()` follows directly.
/// `span` is the statement's for a top-level value, `Span::default()` for a native's argument.
pub fn unbounded_error(read: &dyn UnboundedRead, span: Span) -> RuntimeError {
    RuntimeError::new(
        ErrorKind::Runtime,
        span,
        format!(
            "cannot submit unbounded read to {:?}; try bounding 'from' with a call to 'range'",
            read.bucket()
        ),
    )
}

/// The piped argument of `range`: tables, or a read waiting for range's bounds.
/// This is the pushdown hook: `range` reads its `tables` as a `RangeInput` and, for
/// [`RangeInput::Unbounded`], returns `read.read(start, stop, cx)` (the server applied
/// the range).
#[derive(Clone, Debug)]
pub enum RangeInput {
    /// A stream of tables.
    Tables(flux_table::Stream),
    /// `from()` of a remote InfluxDB, not read yet.
    Unbounded(Arc<dyn UnboundedRead>),
}

impl FromValue for RangeInput {
    const TYPE_NAME: &'static str = "stream";
    fn from_value(v: Value) -> std::result::Result<Self, Value> {
        match v {
            Value::Stream(s) => Ok(RangeInput::Tables(s)),
            Value::Unbounded(read) => Ok(RangeInput::Unbounded(read)),
            other => Err(other),
        }
    }
}
