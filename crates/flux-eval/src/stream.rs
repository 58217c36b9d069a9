//! Tables as values: conversion between table cells ([`Scalar`]) and [`Value`]s, a row as
//! the record a row function receives, and a stream's Flux type.

use std::sync::Arc;

use flux_table::{ColumnType, Scalar, Stream, Table};

use crate::value::{Record, Value};

pub use flux_table::Stream as TableStream;

impl From<Scalar> for Value {
    fn from(s: Scalar) -> Self {
        match s {
            Scalar::Null => Value::Null,
            Scalar::Bool(b) => Value::Bool(b),
            Scalar::Int(n) => Value::Int(n),
            Scalar::UInt(n) => Value::UInt(n),
            Scalar::Float(f) => Value::Float(f),
            Scalar::String(s) => Value::String(s),
            Scalar::Time(t) => Value::Time(t),
        }
    }
}

impl From<Stream> for Value {
    fn from(s: Stream) -> Self {
        Value::Stream(s)
    }
}

/// The table cell a value becomes, or `None` for values a column cannot hold
/// (durations, records, arrays, …): Flux's column types are bool, int, uint, float,
/// string and time.
pub fn scalar_of(v: &Value) -> Option<Scalar> {
    Some(match v {
        Value::Null => Scalar::Null,
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Int(n) => Scalar::Int(*n),
        Value::UInt(n) => Scalar::UInt(*n),
        Value::Float(f) => Scalar::Float(*f),
        Value::String(s) => Scalar::String(s.clone()),
        Value::Time(t) => Scalar::Time(*t),
        _ => return None,
    })
}

/// The column type a non-null value would have in a table.
pub fn column_type_of(v: &Value) -> Option<ColumnType> {
    scalar_of(v).and_then(|s| s.column_type())
}

/// Row `row` of `table` as the record a row function (`fn: (r) => ...`) receives: one
/// field per column, in column order; null cells are null fields.
pub fn row_record(table: &Table, row: usize) -> Value {
    let fields = table
        .columns()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.label.clone(), Value::from(table.cell(i, row))));
    Value::Record(Arc::new(Record::from_fields(fields)))
}

/// The Flux type of a stream as error messages write it: `stream[{_value: float, ...}]`
/// from the first table's columns (`stream[A]` for a stream without tables).
pub fn stream_type(s: &Stream) -> String {
    match s.tables().first() {
        None => "stream[A]".to_string(),
        Some(t) => {
            let cols: Vec<String> = t
                .columns()
                .iter()
                .map(|c| format!("{}: {}", c.label, c.ty.flux_name()))
                .collect();
            format!("stream[{{{}}}]", cols.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flux_table::{ColumnBuilder, GroupKey, TableError};

    fn table() -> Result<Table, TableError> {
        let mut v = ColumnBuilder::new(ColumnType::Float, 2);
        v.push(&Scalar::Float(1.5))?;
        v.push(&Scalar::Null)?;
        let mut h = ColumnBuilder::new(ColumnType::String, 2);
        h.push(&Scalar::String("a".into()))?;
        h.push(&Scalar::String("b".into()))?;
        Table::from_builders(GroupKey::empty(), vec![("_value".into(), v), ("host".into(), h)])
    }

    #[test]
    fn scalars_and_values_convert_both_ways() {
        let values = [
            Value::Null,
            Value::Bool(true),
            Value::Int(-1),
            Value::UInt(2),
            Value::Float(0.5),
            Value::string("x"),
            Value::Time(7),
        ];
        for v in values {
            let s = scalar_of(&v);
            assert!(s.is_some(), "{v:?}");
            assert_eq!(s.map(Value::from), Some(v));
        }
        assert_eq!(scalar_of(&Value::array(vec![])), None);
        assert_eq!(column_type_of(&Value::Time(0)), Some(ColumnType::Time));
        assert_eq!(column_type_of(&Value::Null), None);
    }

    #[test]
    fn rows_are_records_and_streams_display_as_stream() -> Result<(), TableError> {
        let t = table()?;
        assert_eq!(row_record(&t, 0).display(), "{_value: 1.5, host: a}");
        assert_eq!(row_record(&t, 1).display(), "{_value: <null>, host: b}");
        let s = Stream::new(vec![t]);
        assert_eq!(stream_type(&s), "stream[{_value: float, host: string}]");
        let v = Value::from(s.clone());
        assert_eq!(v.display(), "<stream>");
        assert_eq!(v.type_name(), "stream");
        assert_eq!(v, Value::Stream(s));
        assert_ne!(v, Value::Stream(Stream::default()));
        Ok(())
    }
}
