//! Group keys as Go Flux compares them: by label, whatever the order of the key columns.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::time::format_rfc3339_nano as format_rfc3339;

/// The positions of the key columns, ordered by label.
pub(crate) fn sorted_positions(key: &GroupKey) -> Vec<usize> {
    let mut order: Vec<usize> = (0..key.len()).collect();
    order.sort_by(|&a, &b| key.columns()[a].label.cmp(&key.columns()[b].label));
    order
}

/// Go Flux's order of group keys (the order in which it emits grouped tables): key columns are
/// compared by label; where labels differ, the key lacking the smaller label sorts first; on
/// equal labels by type, then by value (null first, false before true); a shorter key that is
/// a prefix of a longer one sorts first.
pub fn key_cmp(a: &GroupKey, b: &GroupKey) -> Ordering {
    key_cmp_with(a, &sorted_positions(a), b, &sorted_positions(b))
}

/// [`key_cmp`] with each key's positions by label already computed.
pub(crate) fn key_cmp_with(a: &GroupKey, pa: &[usize], b: &GroupKey, pb: &[usize]) -> Ordering {
    for (&i, &j) in pa.iter().zip(pb) {
        let (ca, cb) = (&a.columns()[i], &b.columns()[j]);
        if ca.label != cb.label {
            return cb.label.cmp(&ca.label);
        }
        if ca.ty != cb.ty {
            return ca.ty.cmp(&cb.ty);
        }
        let by_value = value_cmp(&a.values()[i], &b.values()[j]);
        if by_value != Ordering::Equal {
            return by_value;
        }
    }
    pa.len().cmp(&pb.len())
}

/// Tables sorted in Go's key order (each key's label order computed once).
pub(crate) fn sort_by_key(tables: Vec<Table>) -> Vec<Table> {
    let mut keyed: Vec<(Vec<usize>, Table)> = tables
        .into_iter()
        .map(|t| (sorted_positions(t.key()), t))
        .collect();
    keyed.sort_by(|(pa, a), (pb, b)| key_cmp_with(a.key(), pa, b.key(), pb));
    keyed.into_iter().map(|(_, t)| t).collect()
}

/// Null first; floats by value (NaN last).
fn value_cmp(a: &Scalar, b: &Scalar) -> Ordering {
    match (a, b) {
        (Scalar::Float(x), Scalar::Float(y)) => {
            x.partial_cmp(y).unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()))
        }
        _ => a.total_cmp(b),
    }
}

/// True when the keys have the same columns and values, in any column order.
pub fn key_eq(a: &GroupKey, b: &GroupKey) -> bool {
    a.len() == b.len() && KeyId::of(a) == KeyId::of(b)
}

/// A hashable identity of a group key that ignores the order of its columns.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct KeyId(Vec<(Arc<str>, ColumnType, Bits)>);

/// A scalar with floats compared by their bits, so it can be hashed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Bits {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(u64),
    String(Arc<str>),
}

impl Bits {
    pub(crate) fn of(value: &Scalar) -> Bits {
        match value {
            Scalar::Null => Bits::Null,
            Scalar::Bool(v) => Bits::Bool(*v),
            Scalar::Int(v) | Scalar::Time(v) => Bits::Int(*v),
            Scalar::UInt(v) => Bits::UInt(*v),
            Scalar::Float(v) => Bits::Float(if *v == 0.0 { 0 } else { v.to_bits() }),
            Scalar::String(v) => Bits::String(v.clone()),
        }
    }
}

impl KeyId {
    pub(crate) fn of(key: &GroupKey) -> KeyId {
        KeyId(
            sorted_positions(key)
                .into_iter()
                .map(|i| {
                    let c = &key.columns()[i];
                    (c.label.clone(), c.ty, Bits::of(&key.values()[i]))
                })
                .collect(),
        )
    }
}

/// A key as Go prints it in messages: `{a=1,b=x}`, columns by label.
pub fn key_display(key: &GroupKey) -> String {
    let parts: Vec<String> = sorted_positions(key)
        .into_iter()
        .map(|i| format!("{}={}", key.columns()[i].label, scalar_display(&key.values()[i])))
        .collect();
    format!("{{{}}}", parts.join(","))
}

/// A scalar as Go's `%v` prints a Flux value.
pub(crate) fn scalar_display(value: &Scalar) -> String {
    match value {
        Scalar::Null => "<nil>".into(),
        Scalar::Bool(v) => v.to_string(),
        Scalar::Int(v) => v.to_string(),
        Scalar::UInt(v) => v.to_string(),
        Scalar::Float(v) => crate::ops::convert::float_to_string(*v),
        Scalar::String(v) => v.to_string(),
        Scalar::Time(v) => format_rfc3339(*v),
    }
}

/// Tables grouped by key identity, in order of first appearance.
pub(crate) struct KeyedTables<'a> {
    index: HashMap<KeyId, usize>,
    pub(crate) groups: Vec<(GroupKey, Vec<&'a Table>)>,
}

impl<'a> KeyedTables<'a> {
    pub(crate) fn new() -> Self {
        KeyedTables {
            index: HashMap::new(),
            groups: Vec::new(),
        }
    }

    pub(crate) fn add(&mut self, key: GroupKey, table: &'a Table) {
        let id = KeyId::of(&key);
        match self.index.get(&id) {
            Some(&i) => self.groups[i].1.push(table),
            None => {
                self.index.insert(id, self.groups.len());
                self.groups.push((key, vec![table]));
            }
        }
    }
}

/// Fails with Go's "`what` found duplicate table with key: {...}" when two tables of `stream`
/// share a key (Go's per-key transformations reject that).
pub(crate) fn unique_keys(stream: &Stream, what: &str) -> Result<(), TableError> {
    let mut seen = std::collections::HashSet::new();
    for t in stream.tables() {
        if !seen.insert(KeyId::of(t.key())) {
            return Err(TableError::new(format!(
                "{what} found duplicate table with key: {}",
                key_display(t.key())
            )));
        }
    }
    Ok(())
}

/// A key made of the key columns of `key` that pass `keep`, in their order.
pub(crate) fn key_retain(
    key: &GroupKey,
    mut keep: impl FnMut(&Column) -> bool,
) -> Result<GroupKey, TableError> {
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for (c, v) in key.columns().iter().zip(key.values()) {
        if keep(c) {
            columns.push(c.clone());
            values.push(v.clone());
        }
    }
    GroupKey::new(columns, values)
}

/// A fast, non-cryptographic hasher for grouping (the multiply-rotate scheme of rustc's
/// FxHasher); inputs are table values, not attacker-chosen keys of a long-lived map.
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(word) ^ (rest.len() as u64) << 56);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;
