//! `import "array"`: `array.from` makes a table from an array of records.

use std::sync::Arc;

use flux_eval::stream::scalar_of;
use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};
use flux_table::ops::rows::from_records;
use flux_table::{GroupKey, Scalar, Stream};

use crate::natives::error;

/// The package's natives (declarations in stdlib/array/array.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("from", from)];

/// `array.from(rows:)`: one table, empty group key, a column per record property
/// (sorted by label, as Flux orders a record type's properties), typed by its values.
pub(crate) fn from(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let rows: Value = args.required("rows")?;
    let Value::Array(rows) = rows else {
        return Err(error(
            ErrorKind::Type,
            format!("row data must be an array of records, got {}", rows.type_string()),
        ));
    };
    if rows.is_empty() {
        return Err(error(ErrorKind::Argument, "rows must be non-empty"));
    }
    let mut records: Vec<Vec<(Arc<str>, Scalar)>> = Vec::with_capacity(rows.len());
    for row in rows.iter() {
        let Value::Record(record) = row else {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "row data must be an array of records, got [{}]",
                    row.type_string()
                ),
            ));
        };
        let mut cells = Vec::with_capacity(record.fields.len());
        for (label, value) in &record.fields {
            let Some(cell) = scalar_of(value) else {
                return Err(error(
                    ErrorKind::Type,
                    format!("cannot represent the type {} as column data", value.type_string()),
                ));
            };
            cells.push((label.clone(), cell));
        }
        cells.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        records.push(cells);
    }
    let table =
        from_records(GroupKey::empty(), &records, None).map_err(|e| error(ErrorKind::Type, e.message))?;
    Ok(Value::Stream(Stream::new(vec![table])))
}
