//! Reading a column's cells as text, for the writers (CSV, table output, JSON).

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Float64Array, Int64Array, StringArray, TimestampNanosecondArray,
    UInt64Array,
};

use crate::text::{write_bool, write_float, write_int, write_uint};
use crate::time::{write_fixed_nanos, write_rfc3339_nano};
use crate::{ColumnType, Scalar};

/// How times are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimeStyle {
    /// RFC3339Nano (CSV, JSON).
    Rfc3339Nano,
    /// Nine fraction digits always (the `flux` command's tables).
    FixedNanos,
}

/// The typed array of one column.
pub(crate) enum Cells<'a> {
    Bool(&'a BooleanArray),
    Int(&'a Int64Array),
    UInt(&'a UInt64Array),
    Float(&'a Float64Array),
    String(&'a StringArray),
    Time(&'a TimestampNanosecondArray),
}

impl<'a> Cells<'a> {
    /// The cells of `array`, a column of type `ty` (a [`crate::Table`] guarantees they agree).
    pub(crate) fn new(ty: ColumnType, array: &'a ArrayRef) -> Self {
        match ty {
            ColumnType::Bool => Cells::Bool(array.as_boolean()),
            ColumnType::Int => Cells::Int(array.as_primitive::<Int64Type>()),
            ColumnType::UInt => Cells::UInt(array.as_primitive::<UInt64Type>()),
            ColumnType::Float => Cells::Float(array.as_primitive::<Float64Type>()),
            ColumnType::String => Cells::String(array.as_string::<i32>()),
            ColumnType::Time => Cells::Time(array.as_primitive::<TimestampNanosecondType>()),
        }
    }

    /// True when the cell at `row` is null.
    pub(crate) fn is_null(&self, row: usize) -> bool {
        match self {
            Cells::Bool(a) => a.is_null(row),
            Cells::Int(a) => a.is_null(row),
            Cells::UInt(a) => a.is_null(row),
            Cells::Float(a) => a.is_null(row),
            Cells::String(a) => a.is_null(row),
            Cells::Time(a) => a.is_null(row),
        }
    }

    /// The string at `row` (for a string column with a value there).
    pub(crate) fn str(&self, row: usize) -> Option<&'a str> {
        match self {
            Cells::String(a) if a.is_valid(row) => Some(a.value(row)),
            _ => None,
        }
    }

    /// Append the text of the cell at `row` (nothing for null); strings as they are.
    pub(crate) fn write(&self, row: usize, out: &mut Vec<u8>, times: TimeStyle) {
        if self.is_null(row) {
            return;
        }
        match self {
            Cells::Bool(a) => write_bool(out, a.value(row)),
            Cells::Int(a) => write_int(out, a.value(row)),
            Cells::UInt(a) => write_uint(out, a.value(row)),
            Cells::Float(a) => write_float(out, a.value(row)),
            Cells::String(a) => out.extend_from_slice(a.value(row).as_bytes()),
            Cells::Time(a) => write_time(out, a.value(row), times),
        }
    }
}

fn write_time(out: &mut Vec<u8>, nanos: i64, times: TimeStyle) {
    match times {
        TimeStyle::Rfc3339Nano => write_rfc3339_nano(out, nanos),
        TimeStyle::FixedNanos => write_fixed_nanos(out, nanos),
    }
}

/// Append the text of a scalar (nothing for null); strings as they are.
pub(crate) fn write_scalar(out: &mut Vec<u8>, value: &Scalar, times: TimeStyle) {
    match value {
        Scalar::Null => {}
        Scalar::Bool(v) => write_bool(out, *v),
        Scalar::Int(v) => write_int(out, *v),
        Scalar::UInt(v) => write_uint(out, *v),
        Scalar::Float(v) => write_float(out, *v),
        Scalar::String(v) => out.extend_from_slice(v.as_bytes()),
        Scalar::Time(v) => write_time(out, *v, times),
    }
}
