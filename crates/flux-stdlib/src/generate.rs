//! `import "generate"`: `generate.from` makes a table from a function of the row number.

use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFunction, Result, Value};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

use crate::natives::error;

/// The package's natives (declarations in stdlib/generate/generate.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("from", from)];

/// A `start`/`stop` argument as nanoseconds: a time, or a duration from the script's now.
fn bound(args: &mut Args, cx: &mut CallContext, name: &str) -> Result<i64> {
    match args.required::<Value>(name)? {
        Value::Time(t) => Ok(t),
        Value::Duration(d) if d.months == 0 => {
            let now = crate::now(cx)?;
            Ok(if d.negative {
                now.saturating_sub(d.nanos)
            } else {
                now.saturating_add(d.nanos)
            })
        }
        Value::Duration(_) => Err(error(
            ErrorKind::Argument,
            format!("{name}: a duration with months or years is not supported here"),
        )),
        other => Err(error(
            ErrorKind::Type,
            format!(
                "keyword argument {name:?} should be of type time, but got {}",
                other.type_name()
            ),
        )),
    }
}

/// `generate.from(start:, stop:, count:, fn:)`: row `n` at `start + n * ((stop - start) / count)`
/// with `_value: fn(n: n)`; key `_start`, `_stop`.
fn from(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let start = bound(args, cx, "start")?;
    let stop = bound(args, cx, "stop")?;
    let count: i64 = args.required("count")?;
    let f: Function = args.required("fn")?;
    let rows = usize::try_from(count).unwrap_or(0);
    let step = if count > 0 {
        stop.saturating_sub(start) / count
    } else {
        0
    };
    let table_error = |e: flux_table::TableError| error(ErrorKind::Internal, e.message);
    let mut starts = ColumnBuilder::new(ColumnType::Time, rows);
    let mut stops = ColumnBuilder::new(ColumnType::Time, rows);
    let mut times = ColumnBuilder::new(ColumnType::Time, rows);
    let mut values = ColumnBuilder::new(ColumnType::Int, rows);
    for n in 0..count.max(0) {
        let value = match cx.call(&f, [("n", Value::Int(n))])? {
            Value::Int(v) => v,
            other => {
                return Err(error(
                    ErrorKind::Type,
                    format!("function must return type integer, but got {}", other.type_name()),
                ));
            }
        };
        starts.push(&Scalar::Time(start)).map_err(table_error)?;
        stops.push(&Scalar::Time(stop)).map_err(table_error)?;
        times
            .push(&Scalar::Time(start.saturating_add(n.saturating_mul(step))))
            .map_err(table_error)?;
        values.push(&Scalar::Int(value)).map_err(table_error)?;
    }
    let key = GroupKey::new(
        vec![
            Column::new("_start", ColumnType::Time),
            Column::new("_stop", ColumnType::Time),
        ],
        vec![Scalar::Time(start), Scalar::Time(stop)],
    )
    .map_err(table_error)?;
    let table = Table::from_builders(
        key,
        vec![
            ("_start".into(), starts),
            ("_stop".into(), stops),
            ("_time".into(), times),
            ("_value".into(), values),
        ],
    )
    .map_err(table_error)?;
    Ok(Value::Stream(Stream::new(vec![table])))
}
