//! The experimental package's table functions: `group(mode: "extend")`, `set`, `unpivot`,
//! `chain`, `join` (on `_time`), `_alignTime`, `preview`, and the forms of universe
//! functions that only read `_value` (`count`, `sum`, `mean`, …), which call the universe
//! natives.

use std::sync::Arc;

use flux_eval::stream::{row_record, scalar_of};
use flux_eval::{Args, CallContext, ErrorKind, Function, Record, Result, Time, Value};
use flux_table::ops::join::merge_runs;
use flux_table::ops::keys::{key_cmp, key_eq};
use flux_table::ops::rows::from_rows;
use flux_table::ops::{GroupMode, each_merged};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table, TableError};

use crate::natives::{error, table_cell};
use crate::universe::{forward, output, piped, strings, table_error};

/// `experimental.count` & co: the universe function of the same name on `_value`.
macro_rules! universe_form {
    ($name:ident, $universe:literal $(, $param:literal)*) => {
        pub(super) fn $name(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
            forward($universe, args, cx, &["tables" $(, $param)*], Vec::new())
        }
    };
}

universe_form!(count, "count");
universe_form!(sum, "sum");
universe_form!(mean, "mean");
universe_form!(min, "min");
universe_form!(max, "max");
universe_form!(first, "first");
universe_form!(last, "last");
universe_form!(distinct, "distinct");
universe_form!(unique, "unique");
universe_form!(spread, "spread");
universe_form!(mode, "mode");
universe_form!(stddev, "stddev", "mode");
universe_form!(quantile, "quantile", "q", "compression", "method");
universe_form!(fill, "fill", "value", "usePrevious");
universe_form!(skew, "skew");
universe_form!(histogram, "histogram", "bins", "normalize");
universe_form!(histogram_quantile, "histogramQuantile", "quantile", "minValue");
universe_form!(integral, "integral", "unit", "interpolate");
universe_form!(kaufmans_ama, "kaufmansAMA", "n");

/// `experimental._window`: universe `window` on `_time`, `_start` and `_stop`.
pub(super) fn window(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let columns = vec![
        ("timeColumn", Value::from("_time")),
        ("startColumn", Value::from("_start")),
        ("stopColumn", Value::from("_stop")),
    ];
    forward(
        "_window",
        args,
        cx,
        &["tables", "every", "period", "offset", "location", "createEmpty"],
        columns,
    )
}

/// `group(mode: "extend", columns:)`: the key grows by `columns`; tables in key order.
pub(super) fn group(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let mode: Arc<str> = args.required("mode")?;
    let columns = strings(args, "columns")?.unwrap_or_default();
    if &*mode != "extend" {
        return Err(error(
            ErrorKind::Argument,
            format!(r#"invalid group mode "{mode}"; experimental.group requires mode "extend""#),
        ));
    }
    let mut pieces = Vec::with_capacity(tables.len());
    for t in tables.tables() {
        if let Some(missing) = columns.iter().find(|c| t.column_index(c).is_none()) {
            return Err(error(ErrorKind::Argument, format!("unknown column {missing:?}")));
        }
        let mut by: Vec<&str> = t.key().columns().iter().map(|c| &*c.label).collect();
        by.extend(columns.iter().map(|c| &**c));
        let one = Stream::new(vec![t.clone()]);
        let grouped = flux_table::ops::group(&one, &by, GroupMode::By).map_err(table_error)?;
        pieces.extend(grouped.tables().iter().cloned());
    }
    // Tables come out in key order, as Go's table cache hands them on.
    let merged = each_merged(&Stream::new(pieces), |t| Ok(t.clone())).map_err(table_error)?;
    let mut sorted = merged.tables().to_vec();
    sorted.sort_by(|a, b| key_cmp(a.key(), b.key()));
    Ok(Value::Stream(Stream::new(sorted).with_bounds(tables.bounds())))
}

/// `set(o:)`: every property of `o` becomes a column holding that value (a key column
/// keeps its place in the key with the new value).
pub(super) fn set(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let o: Arc<Record> = args.required("o")?;
    let mut values: Vec<(Arc<str>, Scalar, ColumnType)> = Vec::with_capacity(o.fields.len());
    for (label, value) in &o.fields {
        let cell = table_cell("set: property", label, value)?;
        let Some(ty) = cell.column_type() else { continue };
        values.push((label.clone(), cell, ty));
    }
    let set_table = |t: &Table| -> std::result::Result<Table, TableError> {
        let find = |label: &str| values.iter().find(|(l, _, _)| &**l == label);
        let (kc, kv): (Vec<Column>, Vec<Scalar>) = t
            .key()
            .columns()
            .iter()
            .zip(t.key().values())
            .map(|(c, v)| match find(&c.label) {
                Some((l, cell, ty)) => (Column::new(l.clone(), *ty), cell.clone()),
                None => (c.clone(), v.clone()),
            })
            .unzip();
        let key = GroupKey::new(kc, kv)?;
        let n = t.num_rows();
        let constant = |cell: &Scalar, ty: ColumnType| -> std::result::Result<_, TableError> {
            let mut b = ColumnBuilder::new(ty, n);
            for _ in 0..n {
                b.push(cell)?;
            }
            Ok(b.finish())
        };
        let mut columns = Vec::with_capacity(t.columns().len() + values.len());
        let mut data = Vec::with_capacity(columns.capacity());
        for (c, a) in t.columns().iter().zip(t.arrays()) {
            match find(&c.label) {
                Some((l, cell, ty)) => {
                    columns.push(Column::new(l.clone(), *ty));
                    data.push(constant(cell, *ty)?);
                }
                None => {
                    columns.push(c.clone());
                    data.push(a.clone());
                }
            }
        }
        for (label, cell, ty) in &values {
            if t.column_index(label).is_none() {
                columns.push(Column::new(label.clone(), *ty));
                data.push(constant(cell, *ty)?);
            }
        }
        Table::new(key, columns, data)
    };
    // Tables come out in key order, as Go's table cache hands them on.
    let merged = each_merged(&tables, set_table).map_err(table_error)?;
    let mut sorted = merged.tables().to_vec();
    sorted.sort_by(|a, b| key_cmp(a.key(), b.key()));
    Ok(Value::Stream(Stream::new(sorted).with_bounds(tables.bounds())))
}

/// `unpivot(otherColumns:)`: one table per value column (not a key column nor one of
/// `otherColumns`), keyed also by `_field` (the column's label), with its non-null values
/// as `_value` next to the other columns.
pub(super) fn unpivot(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let others = strings(args, "otherColumns")?.unwrap_or_else(|| vec!["_time".into()]);
    let mut out = Vec::new();
    for t in tables.tables() {
        if t.column_index("_field").is_some() || t.column_index("_value").is_some() {
            return Err(error(
                ErrorKind::Argument,
                r#"unpivot can't have "_field" or "_value" as an input column"#,
            ));
        }
        for o in &others {
            if &**o != "_field" && t.column_index(o).is_none() {
                return Err(error(
                    ErrorKind::Argument,
                    format!("unpivot could not find column named {o:?}"),
                ));
            }
        }
        for (c, a) in t.columns().iter().zip(t.arrays()) {
            if t.key().contains(&c.label) || others.contains(&c.label) {
                continue;
            }
            let field = Scalar::String(c.label.clone());
            let rows: Vec<usize> = (0..t.num_rows())
                .filter(|&r| !arrow_array::Array::is_null(a, r))
                .collect();
            let mut kc = t.key().columns().to_vec();
            let mut kv = t.key().values().to_vec();
            let mut columns = kc.clone();
            let with_field = !others.iter().any(|o| &**o == "_field");
            if with_field {
                columns.push(Column::new("_field", ColumnType::String));
                kc.push(Column::new("_field", ColumnType::String));
                kv.push(field.clone());
            }
            for o in &others {
                let ty = match t.column_index(o) {
                    Some(i) if &**o != "_field" => t.columns()[i].ty,
                    _ => ColumnType::String,
                };
                columns.push(Column::new(o.clone(), ty));
            }
            columns.push(Column::new("_value", c.ty));
            let value_index = t.column_index(&c.label).unwrap_or_default();
            let cells = rows.iter().map(|&r| {
                let mut row: Vec<Scalar> = t.key().values().to_vec();
                if with_field {
                    row.push(field.clone());
                }
                for o in &others {
                    row.push(match t.column_index(o) {
                        Some(i) if &**o != "_field" => t.cell(i, r),
                        _ => field.clone(),
                    });
                }
                row.push(t.cell(value_index, r));
                row
            });
            let key = GroupKey::new(kc, kv).map_err(table_error)?;
            out.push(from_rows(key, columns, cells).map_err(table_error)?);
        }
    }
    output(&tables, each_merged(&Stream::new(out), |t| Ok(t.clone())))
}

/// `chain(first:, second:)`: `second`, once `first` has run (streams here are evaluated
/// when they are made, so `first` already has).
pub(super) fn chain(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let _first: Stream = args.required("first")?;
    let second: Stream = args.required("second")?;
    Ok(Value::Stream(second))
}

/// `_alignTime(alignTo:)`: each table's times moved so that its first row is at `alignTo`
/// (empty tables are dropped; the columns sorted by label, as Go's `map` of a call leaves
/// them).
pub(super) fn align_time(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let align_to: Time = args.required("alignTo")?;
    let align = |t: &Table| -> std::result::Result<Table, TableError> {
        let Some(i) = t.column_index("_time") else {
            return Err(TableError::new("column \"_time\" does not exist"));
        };
        let first = (0..t.num_rows()).find_map(|r| match t.cell(i, r) {
            Scalar::Time(v) => Some(v),
            _ => None,
        });
        let mut b = ColumnBuilder::new(ColumnType::Time, t.num_rows());
        for r in 0..t.num_rows() {
            b.push(&match (t.cell(i, r), first) {
                (Scalar::Time(v), Some(f)) => Scalar::Time(align_to.0.saturating_add(v.saturating_sub(f))),
                _ => Scalar::Null,
            })?;
        }
        flux_table::ops::rows::with_column(t, "_time", ColumnType::Time, b.finish())
            .and_then(|t| flux_table::ops::rows::with_columns_by_label(&t))
    };
    // Go's alignTime goes through `map`, which gives nothing for an empty table.
    let non_empty: Stream = tables
        .tables()
        .iter()
        .filter(|t| !t.is_empty())
        .cloned()
        .collect();
    output(&tables, each_merged(&non_empty, align))
}

/// `preview(nrows:, ntables:)`: the first `ntables` tables, each cut to `nrows` rows.
pub(super) fn preview(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let nrows = args.optional::<i64>("nrows")?.unwrap_or(5);
    let ntables = usize::try_from(args.optional::<i64>("ntables")?.unwrap_or(5)).unwrap_or(0);
    let kept: Stream = tables.tables().iter().take(ntables).cloned().collect();
    output(&tables, flux_table::ops::limit(&kept, nrows, 0))
}

/// `join(left:, right:, fn:)`: tables of equal keys joined on `_time`; `fn` makes each
/// output row from the `left` and `right` rows and must keep the key.
pub(super) fn join(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let left: Stream = args.required("left")?;
    let right: Stream = args.required("right")?;
    let f: Function = args.required("fn")?;
    let mut pairs: Vec<(&Table, &Table)> = Vec::new();
    for t in left.tables().iter().chain(right.tables()) {
        if t.column_index("_time").is_none() {
            return Err(error(ErrorKind::Argument, "no _time column found"));
        }
    }
    for l in left.tables() {
        if let Some(r) = right.tables().iter().find(|r| key_eq(l.key(), r.key())) {
            pairs.push((l, r));
        }
    }
    pairs.sort_by(|a, b| key_cmp(a.0.key(), b.0.key()));
    let mut out = Vec::with_capacity(pairs.len());
    for (l, r) in pairs {
        let (lt, rt) = (
            l.column_index("_time").unwrap_or_default(),
            r.column_index("_time").unwrap_or_default(),
        );
        let mut matches: Vec<(u32, u32)> = Vec::new();
        merge_runs(l, &[lt], r, &[rt], |run| {
            for &a in run.left {
                for &b in run.right {
                    matches.push((a, b));
                }
            }
            Ok(())
        })
        .map_err(table_error)?;
        let mut records = Vec::with_capacity(matches.len());
        for (a, b) in matches {
            let joined = cx.call(
                &f,
                [
                    ("left", row_record(l, a as usize)),
                    ("right", row_record(r, b as usize)),
                ],
            )?;
            let Value::Record(record) = joined else {
                return Err(error(ErrorKind::Type, "join function must return a record"));
            };
            let keeps_key = l.key().columns().iter().zip(l.key().values()).all(|(c, v)| {
                record
                    .get(&c.label)
                    .and_then(scalar_of)
                    .is_some_and(|s| &s == v && !matches!(s, Scalar::Null))
            });
            if !keeps_key {
                return Err(error(
                    ErrorKind::Argument,
                    "argument 'fn' may not modify group key",
                ));
            }
            records.push(record);
        }
        out.push(records_table(l.key(), &records)?);
    }
    Ok(Value::Stream(Stream::new(out).with_bounds(left.bounds())))
}

/// A table of `key` from records: columns are the first record's properties by label, each
/// typed by its first non-null value.
fn records_table(key: &GroupKey, records: &[Arc<Record>]) -> Result<Table> {
    let mut labels: Vec<Arc<str>> = records
        .first()
        .map(|r| r.fields.keys().cloned().collect())
        .unwrap_or_else(|| key.columns().iter().map(|c| c.label.clone()).collect());
    labels.sort();
    let mut columns = Vec::with_capacity(labels.len());
    for label in labels {
        let mut ty = key.columns().iter().find(|c| c.label == label).map(|c| c.ty);
        for r in records {
            let value = r.get(&label).unwrap_or(&Value::Null);
            let cell = table_cell("join: property", &label, value)?;
            if ty.is_none() {
                ty = cell.column_type();
            }
        }
        columns.push(Column::new(label, ty.unwrap_or(ColumnType::String)));
    }
    let rows = records.iter().map(|r| {
        columns
            .iter()
            .map(|c| r.get(&c.label).and_then(scalar_of).unwrap_or(Scalar::Null))
            .collect::<Vec<_>>()
    });
    from_rows(key.clone(), columns.clone(), rows).map_err(table_error)
}

/// `diff(got:, want:)`: the rows in which the streams differ, marked in `_diff`.
pub(super) fn diff(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let got: Stream = args.required("got")?;
    let want: Stream = args.required("want")?;
    let out = flux_table::ops::diff(&want, &got).map_err(table_error)?;
    Ok(Value::Stream(out.with_bounds(got.bounds())))
}

/// `experimental/table.fill`: an empty table gets one row, the key's values and nulls.
pub fn fill_empty(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    let tables = piped(args)?;
    let fill = |t: &Table| -> std::result::Result<Table, TableError> {
        if !t.is_empty() {
            return Ok(t.clone());
        }
        let row = t
            .columns()
            .iter()
            .map(|c| t.key().value(&c.label).cloned().unwrap_or(Scalar::Null))
            .collect();
        from_rows(t.key().clone(), t.columns().to_vec(), [row])
    };
    output(&tables, flux_table::ops::each(&tables, fill))
}
