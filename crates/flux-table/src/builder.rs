//! Building one column value by value.

use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_array::builder::{
    BooleanBuilder, Float64Builder, Int64Builder, StringBuilder, TimestampNanosecondBuilder, UInt64Builder,
};

use crate::model::{ColumnType, Scalar, TableError};

/// Builds the array of one column, appending scalars of its type (or nulls).
#[derive(Debug)]
pub enum ColumnBuilder {
    /// A `bool` column.
    Bool(BooleanBuilder),
    /// An `int` column.
    Int(Int64Builder),
    /// A `uint` column.
    UInt(UInt64Builder),
    /// A `float` column.
    Float(Float64Builder),
    /// A `string` column.
    String(StringBuilder),
    /// A `time` column.
    Time(TimestampNanosecondBuilder),
}

impl ColumnBuilder {
    /// An empty builder for a column of `ty`, with room for `capacity` rows.
    pub fn new(ty: ColumnType, capacity: usize) -> Self {
        match ty {
            ColumnType::Bool => ColumnBuilder::Bool(BooleanBuilder::with_capacity(capacity)),
            ColumnType::Int => ColumnBuilder::Int(Int64Builder::with_capacity(capacity)),
            ColumnType::UInt => ColumnBuilder::UInt(UInt64Builder::with_capacity(capacity)),
            ColumnType::Float => ColumnBuilder::Float(Float64Builder::with_capacity(capacity)),
            ColumnType::String => ColumnBuilder::String(StringBuilder::with_capacity(capacity, capacity * 8)),
            ColumnType::Time => ColumnBuilder::Time(TimestampNanosecondBuilder::with_capacity(capacity)),
        }
    }

    /// The type of the column being built.
    pub fn column_type(&self) -> ColumnType {
        match self {
            ColumnBuilder::Bool(_) => ColumnType::Bool,
            ColumnBuilder::Int(_) => ColumnType::Int,
            ColumnBuilder::UInt(_) => ColumnType::UInt,
            ColumnBuilder::Float(_) => ColumnType::Float,
            ColumnBuilder::String(_) => ColumnType::String,
            ColumnBuilder::Time(_) => ColumnType::Time,
        }
    }

    /// Append `value`: null, or a scalar of the column's type (anything else is an error).
    pub fn push(&mut self, value: &Scalar) -> Result<(), TableError> {
        match (self, value) {
            (ColumnBuilder::Bool(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::Int(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::UInt(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::Float(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::String(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::Time(b), Scalar::Null) => b.append_null(),
            (ColumnBuilder::Bool(b), Scalar::Bool(v)) => b.append_value(*v),
            (ColumnBuilder::Int(b), Scalar::Int(v)) => b.append_value(*v),
            (ColumnBuilder::UInt(b), Scalar::UInt(v)) => b.append_value(*v),
            (ColumnBuilder::Float(b), Scalar::Float(v)) => b.append_value(*v),
            (ColumnBuilder::String(b), Scalar::String(v)) => b.append_value(v),
            (ColumnBuilder::Time(b), Scalar::Time(v)) => b.append_value(*v),
            (this, other) => {
                let found = other.column_type().map_or("null", |t| t.flux_name());
                return Err(TableError::new(format!(
                    "expected {} but found {found}",
                    this.column_type().flux_name()
                )));
            }
        }
        Ok(())
    }

    /// Number of values appended so far.
    pub fn len(&self) -> usize {
        use arrow_array::builder::ArrayBuilder;
        match self {
            ColumnBuilder::Bool(b) => b.len(),
            ColumnBuilder::Int(b) => b.len(),
            ColumnBuilder::UInt(b) => b.len(),
            ColumnBuilder::Float(b) => b.len(),
            ColumnBuilder::String(b) => b.len(),
            ColumnBuilder::Time(b) => b.len(),
        }
    }

    /// True when nothing was appended.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The finished array.
    pub fn finish(self) -> ArrayRef {
        match self {
            ColumnBuilder::Bool(mut b) => Arc::new(b.finish()),
            ColumnBuilder::Int(mut b) => Arc::new(b.finish()),
            ColumnBuilder::UInt(mut b) => Arc::new(b.finish()),
            ColumnBuilder::Float(mut b) => Arc::new(b.finish()),
            ColumnBuilder::String(mut b) => Arc::new(b.finish()),
            ColumnBuilder::Time(mut b) => Arc::new(b.finish()),
        }
    }
}
