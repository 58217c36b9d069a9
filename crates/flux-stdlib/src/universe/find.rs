//! From tables back to values: `tableFind` picks a table by its group key, `getColumn` and
//! `getRecord` read it, `findColumn` and `findRecord` do both at once (an empty array or
//! record when nothing matches, as in Go).

use std::sync::Arc;

use flux_eval::stream::row_record;
use flux_eval::{Args, CallContext, ErrorKind, Function, Record, Result, Value};
use flux_table::{Stream, Table};

use super::piped;
use crate::natives::error;

/// A group key as the record a table predicate (`fn: (key) => ...`) receives.
fn key_record(table: &Table) -> Value {
    let key = table.key();
    let fields = key
        .columns()
        .iter()
        .zip(key.values())
        .map(|(c, v)| (c.label.clone(), Value::from(v.clone())));
    Value::Record(Arc::new(Record::from_fields(fields)))
}

/// The first table whose key satisfies `f` (a key column it reads that a table lacks is
/// null, as in Go).
fn find(cx: &mut CallContext, stream: &Stream, f: &Function) -> Result<Option<Table>> {
    let labels = super::labels::read_labels(f);
    for table in stream.tables() {
        match cx.call(
            f,
            [("key", super::labels::with_nulls(key_record(table), &labels))],
        )? {
            Value::Bool(true) => return Ok(Some(table.clone())),
            Value::Bool(false) | Value::Null => {}
            _ => {
                return Err(error(
                    ErrorKind::Type,
                    "table predicate function does not evaluate to a boolean",
                ));
            }
        }
    }
    Ok(None)
}

/// The one table of a `tableFind` result (the `<-table` argument).
fn one_table(args: &mut Args) -> Result<Table> {
    let stream: Stream = args.required("table")?;
    match stream.tables() {
        [table] => Ok(table.clone()),
        _ => Err(error(
            ErrorKind::Type,
            "unexpected type for table: want table, got stream (use tableFind to pick one table)",
        )),
    }
}

fn column_values(table: &Table, column: usize) -> Value {
    let cells = (0..table.num_rows()).map(|row| Value::from(table.cell(column, row)));
    Value::array(cells.collect())
}

fn record_at(table: &Table, idx: i64) -> Option<Value> {
    let row = usize::try_from(idx).ok().filter(|&r| r < table.num_rows())?;
    Some(row_record(table, row))
}

pub(super) fn table_find(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    match find(cx, &tables, &f)? {
        Some(table) => Ok(Value::Stream(
            Stream::new(vec![table]).with_bounds(tables.bounds()),
        )),
        None => Err(error(ErrorKind::Runtime, "no table found")),
    }
}

pub(super) fn get_column(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let table = one_table(args)?;
    let column: Arc<str> = args.required("column")?;
    let Some(c) = table.column_index(&column) else {
        return Err(error(ErrorKind::Runtime, format!("cannot find column {column}")));
    };
    Ok(column_values(&table, c))
}

pub(super) fn get_record(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let table = one_table(args)?;
    let idx: i64 = args.required("idx")?;
    record_at(&table, idx).ok_or_else(|| error(ErrorKind::Runtime, format!("index out of bounds: {idx}")))
}

pub(super) fn find_column(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let column: Arc<str> = args.required("column")?;
    let found = find(cx, &tables, &f)?;
    Ok(
        match found.as_ref().and_then(|t| Some((t, t.column_index(&column)?))) {
            Some((table, c)) => column_values(table, c),
            None => Value::array(Vec::new()),
        },
    )
}

pub(super) fn find_record(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let idx: i64 = args.required("idx")?;
    let found = find(cx, &tables, &f)?;
    Ok(found
        .and_then(|t| record_at(&t, idx))
        .unwrap_or_else(|| Value::Record(Arc::new(Record::from_fields(Vec::<(Arc<str>, Value)>::new())))))
}
