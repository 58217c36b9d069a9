//! Universe `join(tables: {a: s1, b: s2}, on:, method:)`, deprecated in Go Flux but common:
//! the kernel is `flux_table::ops::join::merge_join`.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, Record, Result, Value};
use flux_table::Stream;

use super::{strings, strs, table_error};
use crate::natives::error;

pub(super) fn join(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables: Arc<Record> = args.required("tables")?;
    let on = match strings(args, "on")? {
        None => {
            return Err(error(
                ErrorKind::Argument,
                "missing required keyword argument \"on\"",
            ));
        }
        Some(on) if on.is_empty() => {
            return Err(error(
                ErrorKind::Argument,
                "at least one column in 'on' column list is required",
            ));
        }
        Some(on) => on,
    };
    if let Some(method) = args.optional::<Arc<str>>("method")?
        && &*method != "inner"
    {
        return Err(error(
            ErrorKind::Argument,
            format!("{method} is not a valid join type"),
        ));
    }
    let mut named: Vec<(Arc<str>, Stream)> = Vec::with_capacity(tables.fields.len());
    for (name, value) in &tables.fields {
        let Value::Stream(s) = value else {
            return Err(error(
                ErrorKind::Argument,
                format!(
                    "expected {name:?} to be stream type; instead got {}",
                    value.type_name()
                ),
            ));
        };
        named.push((name.clone(), s.clone()));
    }
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let [(lname, left), (rname, right)] = named.as_slice() else {
        return Err(error(
            ErrorKind::Argument,
            "joins currently must only have two parents",
        ));
    };
    let joined =
        flux_table::ops::join::merge_join((lname, left), (rname, right), &strs(&on)).map_err(table_error)?;
    Ok(Value::Stream(
        joined.with_bounds(left.bounds().or(right.bounds())),
    ))
}
