//! The memory budget of an evaluation: an estimate of the bytes held by the values a
//! script keeps (its top-level bindings) plus the value being built, checked where
//! values grow (string concatenation and interpolation, natives' results, `display`
//! and JSON text as it is written). Going over it ends the script with a `Limit` error.
//!
//! Sizes are estimates of what the values hold on the heap: text and bytes by their
//! length, arrays, records and dictionaries by their slots and what is in them,
//! tables by the bytes of their rows. An allocation shared by several values is counted once.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use flux_syntax::Span;

use crate::error::{ErrorKind, RuntimeError};
use crate::value::Value;

/// Bytes of one value slot (the enum itself).
const SLOT: u64 = std::mem::size_of::<Value>() as u64;
/// Bookkeeping of a shared allocation (reference counts) or a record field.
const OVERHEAD: u64 = 16;
/// Kept values at least this big are remembered, so that a later value sharing them
/// does not count them again.
const REMEMBERED_MIN: u64 = 4096;
/// How many items long work (display, JSON, equality) handles between two looks at
/// the interrupt flag.
const POLL_EVERY: u32 = 4096;

/// `evaluation exceeded the memory limit of 1GiB` (said by every check).
pub fn memory_limit_error(span: Span, limit: u64) -> RuntimeError {
    RuntimeError::new(
        ErrorKind::Limit,
        span,
        format!("evaluation exceeded the memory limit of {}", format_size(limit)),
    )
}

/// `1GiB`, `512MiB`, `1500000 bytes`: a size as the limit was probably given.
pub fn format_size(bytes: u64) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{}{unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

/// What an evaluation holds, against its limit.
#[derive(Debug, Default)]
pub(crate) struct Meter {
    /// Bytes held by the values kept so far.
    held: u64,
    /// Shared allocations already counted in `held` (by address).
    counted: HashSet<usize>,
}

impl Meter {
    /// Bytes held so far.
    pub(crate) fn held(&self) -> u64 {
        self.held
    }

    /// Bytes `value` holds beyond what is already counted.
    pub(crate) fn measure(&self, value: &Value) -> u64 {
        let mut walk = Walk {
            counted: &self.counted,
            seen: HashSet::new(),
            remember: None,
        };
        walk.size(value)
    }

    /// Count `value` as kept until the end of the evaluation; its size.
    pub(crate) fn keep(&mut self, value: &Value) -> u64 {
        let mut remembered = Vec::new();
        let size = {
            let mut walk = Walk {
                counted: &self.counted,
                seen: HashSet::new(),
                remember: Some(&mut remembered),
            };
            walk.size(value)
        };
        self.counted.extend(remembered);
        self.held = self.held.saturating_add(size);
        size
    }
}

/// One measurement: what it met already, and (when keeping) which big allocations to
/// remember.
struct Walk<'a> {
    counted: &'a HashSet<usize>,
    seen: HashSet<usize>,
    remember: Option<&'a mut Vec<usize>>,
}

impl Walk<'_> {
    /// True when the allocation at `address` was counted before (now or earlier).
    fn counted_before(&mut self, address: usize) -> bool {
        self.counted.contains(&address) || !self.seen.insert(address)
    }

    /// [`Walk::counted_before`] for an `Arc` held by `references` values: one that only
    /// this value holds cannot have been met before, and need not be remembered.
    fn shared_and_counted(&mut self, address: usize, references: usize) -> bool {
        references > 1 && self.counted_before(address)
    }

    fn note(&mut self, address: usize, size: u64) -> u64 {
        if size >= REMEMBERED_MIN
            && let Some(list) = self.remember.as_deref_mut()
        {
            list.push(address);
        }
        size
    }

    fn size(&mut self, value: &Value) -> u64 {
        match value {
            Value::String(s) => {
                let address = s.as_ptr() as usize;
                if s.len() < 64 {
                    return s.len() as u64 + OVERHEAD;
                }
                if self.shared_and_counted(address, Arc::strong_count(s)) {
                    return 0;
                }
                self.note(address, s.len() as u64 + OVERHEAD)
            }
            Value::Bytes(b) => {
                let address = b.as_ptr() as usize;
                if b.is_empty() || self.counted_before(address) {
                    return 0;
                }
                self.note(address, b.len() as u64 + OVERHEAD)
            }
            Value::Array(items) => {
                let address = Arc::as_ptr(items) as usize;
                if self.shared_and_counted(address, Arc::strong_count(items)) {
                    return 0;
                }
                let mut size = OVERHEAD + SLOT * items.capacity() as u64;
                for item in items.iter() {
                    size = size.saturating_add(self.size(item));
                }
                self.note(address, size)
            }
            Value::Record(record) => {
                let address = Arc::as_ptr(record) as usize;
                if self.shared_and_counted(address, Arc::strong_count(record)) {
                    return 0;
                }
                let mut size = OVERHEAD;
                for (name, field) in &record.fields {
                    size = size
                        .saturating_add(SLOT + OVERHEAD + name.len() as u64)
                        .saturating_add(self.size(field));
                }
                self.note(address, size)
            }
            Value::Dict(dict) => {
                let address = Arc::as_ptr(dict) as usize;
                if self.shared_and_counted(address, Arc::strong_count(dict)) {
                    return 0;
                }
                let mut size = OVERHEAD;
                for (key, entry) in &dict.entries {
                    size = size
                        .saturating_add(2 * SLOT)
                        .saturating_add(self.size(key))
                        .saturating_add(self.size(entry));
                }
                self.note(address, size)
            }
            Value::Dynamic(inner) => {
                let address = Arc::as_ptr(inner) as usize;
                if self.shared_and_counted(address, Arc::strong_count(inner)) {
                    return 0;
                }
                let size = OVERHEAD + SLOT + self.size(inner);
                self.note(address, size)
            }
            Value::Stream(stream) => {
                let address = stream.tables().as_ptr() as usize;
                if stream.is_empty() || self.counted_before(address) {
                    return 0;
                }
                self.note(address, stream.memory_size() as u64)
            }
            Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::UInt(_)
            | Value::Float(_)
            | Value::Duration(_)
            | Value::Time(_)
            | Value::Regex(_)
            | Value::Function(_)
            | Value::Unbounded(_) => 0,
        }
    }
}

/// Why long work on a value stopped early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The text being written would pass the memory limit (the limit, in bytes).
    Memory(u64),
    /// The host raised the interrupt flag.
    Interrupted,
}

impl Stop {
    /// The `Limit` error this stop ends the script with.
    pub fn error(self, span: Span) -> RuntimeError {
        match self {
            Stop::Memory(limit) => memory_limit_error(span, limit),
            Stop::Interrupted => RuntimeError::new(ErrorKind::Limit, span, "evaluation interrupted"),
        }
    }
}

/// The bounds of long work on one value (writing `display` or JSON text, comparing):
/// how long the text may grow, and the interrupt flag, looked at every few thousand
/// items. [`Budget::unlimited`] for work outside an evaluation.
#[derive(Clone, Debug, Default)]
pub struct Budget {
    /// Bytes the text may reach (`None`: no limit).
    max_len: Option<u64>,
    /// The whole memory limit, as reported in the error.
    limit: u64,
    interrupt: Option<Arc<AtomicBool>>,
    ticks: u32,
}

impl Budget {
    /// No limit and no interrupt flag.
    pub fn unlimited() -> Self {
        Budget::default()
    }

    /// Text may reach `max_len` bytes (what is left of `limit`); `interrupt` stops the work.
    pub fn new(max_len: Option<u64>, limit: u64, interrupt: Option<Arc<AtomicBool>>) -> Self {
        Budget {
            max_len,
            limit,
            interrupt,
            ticks: 0,
        }
    }

    /// Check that text may grow to `len` bytes, and every few thousand calls that the
    /// work was not interrupted.
    pub fn grow(&mut self, len: usize) -> Result<(), Stop> {
        if let Some(max) = self.max_len
            && len as u64 > max
        {
            return Err(Stop::Memory(self.limit));
        }
        self.tick()
    }

    /// Count one item of work; every few thousand, look at the interrupt flag.
    pub fn tick(&mut self) -> Result<(), Stop> {
        self.ticks += 1;
        if self.ticks >= POLL_EVERY {
            self.ticks = 0;
            if self.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed)) {
                return Err(Stop::Interrupted);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_values_count_once() {
        let text: Arc<str> = "x".repeat(10_000).into();
        let s = Value::String(text.clone());
        let pair = Value::array(vec![s.clone(), s.clone()]);
        let mut meter = Meter::default();
        let alone = meter.measure(&s);
        assert!((10_000..10_100).contains(&alone), "{alone}");
        assert!(meter.measure(&pair) < alone + 200);
        meter.keep(&s);
        assert!(meter.measure(&pair) < 200, "the string is counted already");
        assert_eq!(meter.held(), alone);
    }

    #[test]
    fn nested_sharing_is_not_exponential() {
        let mut v = Value::array(vec![Value::Int(1)]);
        for _ in 0..60 {
            v = Value::array(vec![v.clone(), v]);
        }
        assert!(Meter::default().measure(&v) < 10_000);
    }

    #[test]
    fn sizes_read_as_given() {
        assert_eq!(format_size(1 << 30), "1GiB");
        assert_eq!(format_size(512 << 20), "512MiB");
        assert_eq!(format_size(1_500_000), "1500000 bytes");
    }

    #[test]
    fn a_budget_stops_text_past_its_length() {
        let mut b = Budget::new(Some(10), 1024, None);
        assert_eq!(b.grow(10), Ok(()));
        assert_eq!(b.grow(11), Err(Stop::Memory(1024)));
        let flag = Arc::new(AtomicBool::new(true));
        let mut b = Budget::new(None, 0, Some(flag));
        let stopped = (0..POLL_EVERY).map(|_| b.tick()).any(|r| r.is_err());
        assert!(stopped);
    }
}
