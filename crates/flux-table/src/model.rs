//! The table model: column types, scalars, group keys, tables and streams.

use std::cmp::Ordering;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, ArrayRef};
use arrow_schema::{DataType, TimeUnit};

/// The type of a table column (Flux's column types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ColumnType {
    /// `bool`
    Bool,
    /// `int` (i64)
    Int,
    /// `uint` (u64)
    UInt,
    /// `float` (f64)
    Float,
    /// `string`
    String,
    /// `time`: nanoseconds since the Unix epoch, UTC.
    Time,
}

impl ColumnType {
    /// Flux's name of the type, as table output prints it (`int`, `time`, …).
    pub fn flux_name(self) -> &'static str {
        match self {
            ColumnType::Bool => "bool",
            ColumnType::Int => "int",
            ColumnType::UInt => "uint",
            ColumnType::Float => "float",
            ColumnType::String => "string",
            ColumnType::Time => "time",
        }
    }

    /// The arrow type its arrays have.
    pub fn arrow_type(self) -> DataType {
        match self {
            ColumnType::Bool => DataType::Boolean,
            ColumnType::Int => DataType::Int64,
            ColumnType::UInt => DataType::UInt64,
            ColumnType::Float => DataType::Float64,
            ColumnType::String => DataType::Utf8,
            ColumnType::Time => DataType::Timestamp(TimeUnit::Nanosecond, None),
        }
    }
}

/// One value of a column: a group-key value, or a cell read on its own.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    /// A missing value (of the column's type).
    Null,
    /// A `bool`.
    Bool(bool),
    /// An `int`.
    Int(i64),
    /// A `uint`.
    UInt(u64),
    /// A `float`.
    Float(f64),
    /// A `string`.
    String(Arc<str>),
    /// A `time` (nanoseconds since the epoch).
    Time(i64),
}

impl Scalar {
    /// The column type of a non-null scalar.
    pub fn column_type(&self) -> Option<ColumnType> {
        Some(match self {
            Scalar::Null => return None,
            Scalar::Bool(_) => ColumnType::Bool,
            Scalar::Int(_) => ColumnType::Int,
            Scalar::UInt(_) => ColumnType::UInt,
            Scalar::Float(_) => ColumnType::Float,
            Scalar::String(_) => ColumnType::String,
            Scalar::Time(_) => ColumnType::Time,
        })
    }

    /// A total order for sorting and comparing group keys: null first, then by value
    /// (floats by `total_cmp`); values of different types order by type.
    pub fn total_cmp(&self, other: &Scalar) -> Ordering {
        match (self, other) {
            (Scalar::Null, Scalar::Null) => Ordering::Equal,
            (Scalar::Null, _) => Ordering::Less,
            (_, Scalar::Null) => Ordering::Greater,
            (Scalar::Bool(a), Scalar::Bool(b)) => a.cmp(b),
            (Scalar::Int(a), Scalar::Int(b)) => a.cmp(b),
            (Scalar::UInt(a), Scalar::UInt(b)) => a.cmp(b),
            (Scalar::Float(a), Scalar::Float(b)) => a.total_cmp(b),
            (Scalar::String(a), Scalar::String(b)) => a.cmp(b),
            (Scalar::Time(a), Scalar::Time(b)) => a.cmp(b),
            (a, b) => a.column_type().cmp(&b.column_type()),
        }
    }
}

/// A failure in a table operation, in Flux's wording (the evaluator adds the location).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    /// The message, as Flux words it.
    pub message: String,
}

impl TableError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        TableError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TableError {}

/// A column's label and type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Column {
    /// The column's name (`_value`, `host`, …).
    pub label: Arc<str>,
    /// Its type.
    pub ty: ColumnType,
}

impl Column {
    /// A column named `label` of type `ty`.
    pub fn new(label: impl Into<Arc<str>>, ty: ColumnType) -> Self {
        Column {
            label: label.into(),
            ty,
        }
    }
}

/// A table's group key: the key columns, in order, and the value each has in every row.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct GroupKey {
    columns: Arc<[Column]>,
    values: Arc<[Scalar]>,
}

impl GroupKey {
    /// The empty key (a table not grouped by anything).
    pub fn empty() -> Self {
        GroupKey::default()
    }

    /// A key of `columns` with `values` (same length; a value is null or of its column's type).
    pub fn new(columns: Vec<Column>, values: Vec<Scalar>) -> Result<Self, TableError> {
        if columns.len() != values.len() {
            return Err(TableError::new(format!(
                "group key has {} columns but {} values",
                columns.len(),
                values.len()
            )));
        }
        for (c, v) in columns.iter().zip(&values) {
            if let Some(t) = v.column_type()
                && t != c.ty
            {
                return Err(TableError::new(format!(
                    "group key column {:?} is {} but its value is {}",
                    c.label,
                    c.ty.flux_name(),
                    t.flux_name()
                )));
            }
        }
        Ok(GroupKey {
            columns: columns.into(),
            values: values.into(),
        })
    }

    /// The key columns, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The key values, in the order of [`GroupKey::columns`].
    pub fn values(&self) -> &[Scalar] {
        &self.values
    }

    /// The value of key column `label`, if it is part of the key.
    pub fn value(&self, label: &str) -> Option<&Scalar> {
        let i = self.columns.iter().position(|c| &*c.label == label)?;
        self.values.get(i)
    }

    /// True when `label` is a key column.
    pub fn contains(&self, label: &str) -> bool {
        self.columns.iter().any(|c| &*c.label == label)
    }

    /// Number of key columns.
    pub fn len(&self) -> usize {
        self.columns.len()
    }

    /// True for the empty key.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// A total order on keys: column by column (label, then value), shorter keys first on a tie.
    pub fn total_cmp(&self, other: &GroupKey) -> Ordering {
        for (i, (a, b)) in self.columns.iter().zip(other.columns.iter()).enumerate() {
            let by_label = a.label.cmp(&b.label);
            if by_label != Ordering::Equal {
                return by_label;
            }
            let by_value = self.values[i].total_cmp(&other.values[i]);
            if by_value != Ordering::Equal {
                return by_value;
            }
        }
        self.columns.len().cmp(&other.columns.len())
    }
}

/// One table: a group key and typed, nullable columns of equal length.
#[derive(Clone, Debug)]
pub struct Table {
    key: GroupKey,
    columns: Arc<[Column]>,
    data: Vec<ArrayRef>,
    rows: usize,
}

impl Table {
    /// A table from its key, column descriptions and arrays (checked: one array per column,
    /// equal lengths, each array of its column's arrow type, every key column present).
    pub fn new(key: GroupKey, columns: Vec<Column>, data: Vec<ArrayRef>) -> Result<Self, TableError> {
        if columns.len() != data.len() {
            return Err(TableError::new(format!(
                "table has {} columns but {} arrays",
                columns.len(),
                data.len()
            )));
        }
        let rows = data.first().map_or(0, |a| a.len());
        for (c, a) in columns.iter().zip(&data) {
            if a.len() != rows {
                return Err(TableError::new(format!(
                    "column {:?} has {} rows, expected {rows}",
                    c.label,
                    a.len()
                )));
            }
            if a.data_type() != &c.ty.arrow_type() {
                return Err(TableError::new(format!(
                    "column {:?} is declared {} but holds {}",
                    c.label,
                    c.ty.flux_name(),
                    a.data_type()
                )));
            }
        }
        for k in key.columns() {
            if !columns.iter().any(|c| c == k) {
                return Err(TableError::new(format!(
                    "group key column {:?} is not a column of the table",
                    k.label
                )));
            }
        }
        Ok(Table {
            key,
            columns: columns.into(),
            data,
            rows,
        })
    }

    /// A table from a key and named column builders (the builders' lengths must agree).
    pub fn from_builders(
        key: GroupKey,
        builders: Vec<(Arc<str>, crate::ColumnBuilder)>,
    ) -> Result<Self, TableError> {
        let mut columns = Vec::with_capacity(builders.len());
        let mut data = Vec::with_capacity(builders.len());
        for (label, b) in builders {
            columns.push(Column::new(label, b.column_type()));
            data.push(b.finish());
        }
        Table::new(key, columns, data)
    }

    /// The group key.
    pub fn key(&self) -> &GroupKey {
        &self.key
    }

    /// The columns, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The arrays, in column order.
    pub fn arrays(&self) -> &[ArrayRef] {
        &self.data
    }

    /// The array of column `index`.
    pub fn array(&self, index: usize) -> Option<&ArrayRef> {
        self.data.get(index)
    }

    /// The index of the column labelled `label`.
    pub fn column_index(&self, label: &str) -> Option<usize> {
        self.columns.iter().position(|c| &*c.label == label)
    }

    /// Number of rows.
    pub fn num_rows(&self) -> usize {
        self.rows
    }

    /// True when the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Bytes its rows take in its columns (values, offsets and null bits of the rows this
    /// table has: a slice of a bigger column counts its own rows). Constant time per
    /// column: the memory budget measures every stream a function returns.
    pub fn memory_size(&self) -> usize {
        self.columns
            .iter()
            .zip(&self.data)
            .map(|(c, a)| column_size(c.ty, a))
            .sum()
    }

    /// The cell at (`column`, `row`) as a scalar (null when out of range).
    /// For bulk work read the arrays instead.
    pub fn cell(&self, column: usize, row: usize) -> Scalar {
        match (self.columns.get(column), self.data.get(column)) {
            (Some(c), Some(a)) if row < a.len() => scalar_at(c.ty, a, row),
            _ => Scalar::Null,
        }
    }
}

/// The value at `row` of an array of column type `ty`.
pub(crate) fn scalar_at(ty: ColumnType, array: &ArrayRef, row: usize) -> Scalar {
    if array.is_null(row) {
        return Scalar::Null;
    }
    match ty {
        ColumnType::Bool => Scalar::Bool(array.as_boolean().value(row)),
        ColumnType::Int => Scalar::Int(array.as_primitive::<Int64Type>().value(row)),
        ColumnType::UInt => Scalar::UInt(array.as_primitive::<UInt64Type>().value(row)),
        ColumnType::Float => Scalar::Float(array.as_primitive::<Float64Type>().value(row)),
        ColumnType::String => Scalar::String(array.as_string::<i32>().value(row).into()),
        ColumnType::Time => Scalar::Time(array.as_primitive::<TimestampNanosecondType>().value(row)),
    }
}

/// A stream of tables, in order. Cheap to clone (the tables share their columns).
///
/// Besides its tables a stream carries two facts Go Flux keeps in its query plan: the time
/// bounds set by the nearest `range` upstream (what `window` clips to), and the result name
/// given by `yield`.
#[derive(Clone, Debug, Default)]
pub struct Stream {
    tables: Arc<Vec<Table>>,
    meta: Option<Arc<StreamMeta>>,
}

/// What a stream carries besides its tables (kept apart so that a stream stays two words).
#[derive(Clone, Debug, Default)]
struct StreamMeta {
    bounds: Option<(i64, i64)>,
    name: Option<Arc<str>>,
}

impl Stream {
    /// A stream of `tables`.
    pub fn new(tables: Vec<Table>) -> Self {
        Stream {
            tables: Arc::new(tables),
            meta: None,
        }
    }

    fn meta(&self) -> StreamMeta {
        self.meta.as_deref().cloned().unwrap_or_default()
    }

    /// The same stream with the query bounds `[start, stop)` (nanoseconds), or none.
    pub fn with_bounds(mut self, bounds: Option<(i64, i64)>) -> Self {
        self.meta = Some(Arc::new(StreamMeta {
            bounds,
            ..self.meta()
        }));
        self
    }

    /// The query bounds set by `range` upstream, if any.
    pub fn bounds(&self) -> Option<(i64, i64)> {
        self.meta.as_ref().and_then(|m| m.bounds)
    }

    /// The same stream named as a result (`yield(name:)`).
    pub fn with_name(mut self, name: impl Into<Arc<str>>) -> Self {
        self.meta = Some(Arc::new(StreamMeta {
            name: Some(name.into()),
            ..self.meta()
        }));
        self
    }

    /// True when `other` is this very stream under the same result name (the same tables,
    /// not equal ones).
    pub fn same_result(&self, other: &Stream) -> bool {
        Arc::ptr_eq(&self.tables, &other.tables) && self.name() == other.name()
    }

    /// The result name given by `yield`, if any.
    pub fn name(&self) -> Option<&str> {
        self.meta.as_ref().and_then(|m| m.name.as_deref())
    }

    /// The tables, in order.
    pub fn tables(&self) -> &[Table] {
        &self.tables
    }

    /// Bytes its tables' rows take ([`Table::memory_size`]; slices of one column, as
    /// `window` makes, add up to the column).
    pub fn memory_size(&self) -> usize {
        self.tables.iter().map(Table::memory_size).sum()
    }

    /// Number of tables.
    pub fn len(&self) -> usize {
        self.tables.len()
    }

    /// True for a stream without tables.
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// True when both are clones of one stream (they share their tables).
    pub fn ptr_eq(&self, other: &Stream) -> bool {
        Arc::ptr_eq(&self.tables, &other.tables)
    }
}

/// Bytes the rows of `array` (a column of type `ty`) take: 8 per value (a bit per bool),
/// offsets and text for strings, a bit per row for nulls.
fn column_size(ty: ColumnType, array: &ArrayRef) -> usize {
    let rows = array.len();
    let nulls = if array.null_count() > 0 {
        rows.div_ceil(8)
    } else {
        0
    };
    let values = match ty {
        ColumnType::Bool => rows.div_ceil(8),
        ColumnType::String => {
            let offsets = array.as_string::<i32>().value_offsets();
            let text = match (offsets.first(), offsets.last()) {
                (Some(&first), Some(&last)) => usize::try_from(last - first).unwrap_or(0),
                _ => 0,
            };
            (rows + 1) * 4 + text
        }
        ColumnType::Int | ColumnType::UInt | ColumnType::Float | ColumnType::Time => rows * 8,
    };
    values + nulls
}

impl FromIterator<Table> for Stream {
    fn from_iter<I: IntoIterator<Item = Table>>(iter: I) -> Self {
        Stream::new(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod memory_tests {
    use super::*;
    use arrow_array::Int64Array;

    #[test]
    fn slices_of_one_column_count_once() -> Result<(), TableError> {
        let column: ArrayRef = Arc::new(Int64Array::from_iter_values(0..100_000));
        let whole = Table::new(
            GroupKey::empty(),
            vec![Column::new("_value", ColumnType::Int)],
            vec![column.clone()],
        )?;
        let one = whole.memory_size();
        assert_eq!(one, 800_000);
        let tenths = (0..10).map(|i| {
            let part = column.slice(i * 10_000, 10_000);
            Table::new(
                GroupKey::empty(),
                vec![Column::new("_value", ColumnType::Int)],
                vec![part],
            )
        });
        let stream: Stream = tenths.collect::<Result<Vec<_>, _>>()?.into_iter().collect();
        assert_eq!(stream.memory_size(), one);
        Ok(())
    }
}
