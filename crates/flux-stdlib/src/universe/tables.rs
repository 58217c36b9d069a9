//! Universe transformations on whole tables: `range`, column changes (`keep`, `drop`,
//! `rename`, `duplicate`, `set`, `fill`), grouping (`group`, `union`, `pivot`), order (`sort`,
//! `limit`, `tail`), metadata (`columns`, `keys`, `keyValues`), windows and `yield`.

use std::collections::HashMap;
use std::sync::Arc;

use flux_eval::stream::scalar_of;
use flux_eval::unbounded::RangeInput;
use flux_eval::value::Record;
use flux_eval::{Args, CallContext, ErrorKind, Function, Result, Value};
use flux_table::Stream;
use flux_table::ops::{self, GroupMode, range::RangeSpec};

use super::{output, piped, string_or, strings, strs};
use crate::natives::error;

/// A `range` bound: a time, a duration from now, or an int of Unix seconds (Go's
/// `ToQueryTime`).
fn query_time(value: &Value, now: i64) -> Result<i64> {
    match value {
        Value::Time(t) => Ok(*t),
        Value::Duration(d) => Ok(now.saturating_add(d.total_nanos())),
        Value::Int(secs) => Ok(secs.saturating_mul(1_000_000_000)),
        other => Err(error(
            ErrorKind::Type,
            format!("value is not a time, got {}", other.type_name()),
        )),
    }
}

pub(super) fn range(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    // The pushdown hook: a remote `from()` is read here, with these bounds (see
    // docs/architecture.md, "Reading from a remote InfluxDB").
    let input: RangeInput = args.required("tables")?;
    // Relative bounds count from the script's `now` (its `option now`, else the clock).
    let now = crate::now(cx)?;
    let start: Value = args.required("start")?;
    let stop: Option<Value> = args.optional("stop")?;
    let start = query_time(&start, now)?;
    let stop = match stop {
        Some(v) => query_time(&v, now)?,
        None => now,
    };
    let tables = match input {
        RangeInput::Tables(tables) => tables,
        RangeInput::Unbounded(read) => {
            return Ok(Value::Stream(
                read.read(start, stop, cx)?.with_bounds(Some((start, stop))),
            ));
        }
    };
    let spec = RangeSpec::new(start, stop);
    let out = ops::range(&tables, &spec).map_err(super::table_error)?;
    Ok(Value::Stream(out.with_bounds(Some((start, stop)))))
}

/// The distinct column labels of a stream, in order of first appearance.
fn labels(stream: &Stream) -> Vec<Arc<str>> {
    let mut seen = Vec::<Arc<str>>::new();
    for t in stream.tables() {
        for c in t.columns() {
            if !seen.contains(&c.label) {
                seen.push(c.label.clone());
            }
        }
    }
    seen
}

/// `fn(column: label)` for each label of the stream: the answers by label.
fn per_label(cx: &mut CallContext, f: &Function, stream: &Stream) -> Result<HashMap<Arc<str>, Value>> {
    let mut answers = HashMap::new();
    for label in labels(stream) {
        let answer = cx.call(f, [("column", Value::String(label.clone()))])?;
        answers.insert(label, answer);
    }
    Ok(answers)
}

fn predicate_answers(cx: &mut CallContext, f: &Function, stream: &Stream) -> Result<HashMap<Arc<str>, bool>> {
    per_label(cx, f, stream)?
        .into_iter()
        .map(|(label, v)| match v {
            Value::Bool(b) => Ok((label, b)),
            other => Err(error(
                ErrorKind::Type,
                format!("expected predicate to return bool, got {}", other.type_name()),
            )),
        })
        .collect()
}

/// `keep` and `drop`: exactly one of `columns` and `fn`.
fn keep_or_drop(args: &mut Args, cx: &mut CallContext, keep: bool) -> Result<Value> {
    let name = if keep { "keep" } else { "drop" };
    let tables = piped(args)?;
    let columns = strings(args, "columns")?;
    let f: Option<Function> = args.optional("fn")?;
    let result = match (columns, f) {
        (None, None) => {
            return Err(error(
                ErrorKind::Argument,
                format!("{name} error: neither column list nor predicate function provided"),
            ));
        }
        (Some(_), Some(_)) => {
            return Err(error(
                ErrorKind::Argument,
                format!("{name} error: both column list and predicate provided"),
            ));
        }
        (Some(columns), None) => {
            let columns = strs(&columns);
            if keep {
                ops::keep(&tables, &columns)
            } else {
                ops::drop(&tables, &columns)
            }
        }
        (None, Some(f)) => {
            let answers = predicate_answers(cx, &f, &tables)?;
            let chosen = |label: &str| answers.get(label).copied().unwrap_or(false);
            if keep {
                ops::keep_by(&tables, chosen)
            } else {
                ops::drop_by(&tables, chosen)
            }
        }
    };
    output(&tables, result)
}

pub(super) fn keep(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    keep_or_drop(args, cx, true)
}

pub(super) fn drop(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    keep_or_drop(args, cx, false)
}

pub(super) fn rename(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns: Option<Arc<Record>> = args.optional("columns")?;
    let f: Option<Function> = args.optional("fn")?;
    let result = match (columns, f) {
        (None, None) => {
            return Err(error(
                ErrorKind::Argument,
                "rename error: neither column list nor map function provided",
            ));
        }
        (Some(_), Some(_)) => {
            return Err(error(
                ErrorKind::Argument,
                "rename error: both column list and map function provided",
            ));
        }
        (Some(columns), None) => {
            let mut pairs = Vec::with_capacity(columns.fields.len());
            for (old, new) in &columns.fields {
                let Value::String(new) = new else {
                    return Err(error(
                        ErrorKind::Type,
                        format!(
                            "rename error: columns object contains non-string value of type {}",
                            new.type_name()
                        ),
                    ));
                };
                pairs.push((&**old, &**new));
            }
            ops::rename(&tables, &pairs)
        }
        (None, Some(f)) => {
            let mut names = HashMap::new();
            for (label, v) in per_label(cx, &f, &tables)? {
                let Value::String(new) = v else {
                    return Err(error(
                        ErrorKind::Type,
                        format!("rename function must return a string, got {}", v.type_name()),
                    ));
                };
                names.insert(label, new);
            }
            ops::rename_by(&tables, |label| {
                names.get(label).cloned().unwrap_or_else(|| label.into())
            })
        }
    };
    output(&tables, result)
}

pub(super) fn duplicate(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column: Arc<str> = args.required("column")?;
    let as_label: Arc<str> = args.required("as")?;
    output(&tables, ops::duplicate(&tables, &column, &as_label))
}

pub(super) fn set(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let key: Arc<str> = args.required("key")?;
    let value: Arc<str> = args.required("value")?;
    output(&tables, ops::set(&tables, &key, &value))
}

pub(super) fn group(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns = strings(args, "columns")?.unwrap_or_default();
    let mode = match &*string_or(args, "mode", "by")? {
        "by" => GroupMode::By,
        "except" => GroupMode::Except,
        _ => {
            return Err(error(
                ErrorKind::Argument,
                "invalid group mode: must be \"by\" or \"except\"",
            ));
        }
    };
    output(&tables, ops::group(&tables, &strs(&columns), mode))
}

pub(super) fn union(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let items: Arc<Vec<Value>> = args.required("tables")?;
    let mut streams = Vec::with_capacity(items.len());
    for item in items.iter() {
        let Value::Stream(s) = item else {
            return Err(error(
                ErrorKind::Type,
                format!("union expects an array of streams, got {}", item.type_name()),
            ));
        };
        streams.push(s.clone());
    }
    // The bounds of the first input (Go's planner intersects them; inputs rarely differ).
    let bounds = streams.first().and_then(Stream::bounds);
    let out = ops::union(&streams).map_err(super::table_error)?;
    Ok(Value::Stream(out.with_bounds(bounds)))
}

pub(super) fn sort(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let columns = strings(args, "columns")?.unwrap_or_else(|| vec!["_value".into()]);
    let desc = args.optional::<bool>("desc")?.unwrap_or(false);
    output(&tables, ops::sort(&tables, &strs(&columns), desc))
}

/// `n` and `offset` of `limit` and `tail` (a negative offset is Go's error).
fn count_and_offset(args: &mut Args, name: &str) -> Result<(i64, i64)> {
    let n: i64 = args.required("n")?;
    let offset = args.optional::<i64>("offset")?.unwrap_or(0);
    if offset < 0 {
        return Err(error(
            ErrorKind::Argument,
            format!("{name} offset cannot be negative ({offset})"),
        ));
    }
    Ok((n, offset))
}

pub(super) fn limit(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let (n, offset) = count_and_offset(args, "limit")?;
    output(&tables, ops::limit(&tables, n, offset))
}

pub(super) fn tail(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let (n, offset) = count_and_offset(args, "tail")?;
    output(&tables, ops::tail(&tables, n, offset))
}

pub(super) fn columns(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    output(&tables, ops::columns(&tables, &column))
}

pub(super) fn keys(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    output(&tables, ops::keys(&tables, &column))
}

pub(super) fn key_values(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let Some(columns) = strings(args, "keyColumns")? else {
        return Err(error(
            ErrorKind::Argument,
            "neither column list nor predicate function provided",
        ));
    };
    output(&tables, ops::key_values(&tables, &strs(&columns)))
}

pub(super) fn fill(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let column = string_or(args, "column", "_value")?;
    let value: Option<Value> = args.optional("value")?;
    let previous = args.optional::<bool>("usePrevious")?.unwrap_or(false);
    let result = match (value, previous) {
        (Some(v), false) => {
            let scalar = scalar_of(&v).filter(|s| s.column_type().is_some()).ok_or_else(|| {
                error(
                    ErrorKind::Argument,
                    "value type for fill must be a valid primitive type (bool, int, uint, float, string, time)",
                )
            })?;
            ops::fill_value(&tables, &column, &scalar)
        }
        (None, true) => ops::fill_previous(&tables, &column),
        _ => {
            return Err(error(
                ErrorKind::Argument,
                "fill requires exactly one of value or usePrevious",
            ));
        }
    };
    output(&tables, result)
}

pub(super) fn pivot(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let row_key = strings(args, "rowKey")?.unwrap_or_default();
    let column_key = strings(args, "columnKey")?.unwrap_or_default();
    let value_column: Arc<str> = args.required("valueColumn")?;
    output(
        &tables,
        ops::pivot(&tables, &strs(&row_key), &strs(&column_key), &value_column),
    )
}

/// `_fillEmpty(createEmpty:)`: with `createEmpty`, each empty table gets one row of nulls
/// (with its key values), as `aggregateWindow` needs.
pub(super) fn fill_empty(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let create_empty: bool = args.required("createEmpty")?;
    if !create_empty {
        return Ok(Value::Stream(tables));
    }
    output(&tables, ops::fill_empty(&tables))
}

/// `_aggregateWindowColumns(fn:, timeSrc:, timeDst:)`: Go runs `aggregateWindow` with
/// `count`, `sum` or `mean` (stamping `_start` or `_stop` into `_time`) as one fused
/// transformation whose tables hold `_time`, the key columns, then the value; the other
/// aggregates keep the pipeline's order (the value, then `_time`).
pub(super) fn aggregate_window_columns(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let f: Function = args.required("fn")?;
    let time_src: Arc<str> = args.required("timeSrc")?;
    let time_dst: Arc<str> = args.required("timeDst")?;
    let fused = matches!(&f, Function::Builtin(_))
        && matches!(f.name(), "count" | "sum" | "mean")
        && matches!(&*time_src, "_start" | "_stop")
        && &*time_dst == "_time";
    if !fused {
        return Ok(Value::Stream(tables));
    }
    let out = ops::each(&tables, |t| {
        let mut order: Vec<usize> = t.column_index(&time_dst).into_iter().collect();
        order.extend(t.key().columns().iter().filter_map(|c| t.column_index(&c.label)));
        let rest: Vec<usize> = (0..t.columns().len()).filter(|i| !order.contains(i)).collect();
        order.extend(rest);
        let columns = order.iter().map(|&i| t.columns()[i].clone()).collect();
        let data = order.iter().map(|&i| t.arrays()[i].clone()).collect();
        flux_table::Table::new(t.key().clone(), columns, data)
    });
    output(&tables, out)
}

/// `yield(name:)`: the same tables, named as a result for the output.
/// `yield(name:)`: the stream is a result of the script (also mid-pipeline) and flows on.
pub(super) fn yield_(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let name = string_or(args, "name", "_result")?;
    let named = Value::Stream(tables.with_name(name));
    cx.yield_result(named.clone());
    Ok(named)
}
