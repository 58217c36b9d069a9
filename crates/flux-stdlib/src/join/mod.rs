//! `import "join"`: `join.tables` (declarations in stdlib/join/join.flux, where `inner`,
//! `left`, `right`, `full` and `time` are written in Flux over it).
//!
//! Tables of the two streams pair by group key. Within a pair, rows pair by the columns the
//! `on` predicate compares (`l.a == r.b and ...`; a null matches nothing); each pair of rows
//! becomes the record `as` returns. A key present on one side only, or rows without a
//! partner, join with a row of nulls (holding the key's values) for the `left`, `right` and
//! `full` methods.

use std::sync::Arc;

use flux_eval::stream::{row_record, scalar_of};
use flux_eval::{Args, CallContext, ErrorKind, Function, NativeFunction, Record, Result, Value};
use flux_syntax::ast::{BinaryOp, Expr, ExprKind, LogicalOp};
use flux_table::ops::join::{Run, merge_runs, pair_by_key};
use flux_table::ops::rows::from_rows;
use flux_table::{Column, ColumnType, GroupKey, Scalar, Stream, Table};

use crate::natives::{error, table_cell};
use crate::universe::labels::{read_labels_of, with_nulls};
use crate::universe::lambda::returned;
use projection::Projection;

mod projection;

/// The package's natives (declarations in stdlib/join/join.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("tables", tables)];

#[derive(Clone, Copy, PartialEq)]
enum Method {
    Inner,
    Left,
    Right,
    Full,
}

fn tables(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let left: Stream = args.required("left")?;
    let right: Stream = args.required("right")?;
    let on: Function = args.required("on")?;
    let as_fn: Function = args.required("as")?;
    let method = match &*args.required::<Arc<str>>("method")? {
        "inner" => Method::Inner,
        "left" => Method::Left,
        "right" => Method::Right,
        "full" => Method::Full,
        _ => {
            return Err(error(
                ErrorKind::Argument,
                "invalid argument for 'method' - must be \"inner\", \"left\", \"right\", or \"full\"",
            ));
        }
    };
    let pairs = column_pairs(&on)?;
    let sides = Sides::new(&left, &right, &as_fn)?;
    let groups = pair_by_key(&sides.left_tables, &sides.right_tables);
    // An `as` that only copies columns is evaluated on whole columns.
    if let Some(projection) = Projection::of(&as_fn) {
        let mut out = Vec::with_capacity(groups.len());
        for (key, l, r) in groups {
            let rows = sides.pair_rows(l, r, &pairs, method)?;
            if let Some(table) = projection.table(&key, (l, r), &rows, &sides)? {
                out.push(table);
            }
        }
        return Ok(Value::Stream(Stream::new(out).with_bounds(left.bounds())));
    }
    let mut joined: Vec<(GroupKey, Vec<Arc<Record>>)> = Vec::with_capacity(groups.len());
    for (key, l, r) in groups {
        let rows = sides.pair_rows(l, r, &pairs, method)?;
        let records = sides.call_as(cx, &key, (l, r), &rows, &as_fn)?;
        if !records.is_empty() {
            joined.push((key, records));
        }
    }
    let out = build_tables(joined, &sides)?;
    Ok(Value::Stream(Stream::new(out).with_bounds(left.bounds())))
}

/// The (left column, right column) pairs the `on` predicate compares.
fn column_pairs(on: &Function) -> Result<Vec<(Arc<str>, Arc<str>)>> {
    let unsupported = |msg: &str| {
        error(
            ErrorKind::Argument,
            format!(
                "error in join function - some expressions are not yet supported in the `on` parameter: {msg}"
            ),
        )
    };
    let single = "function body should be a single logical expression that compares columns from each table";
    let Function::Closure(c) = on else {
        return Err(unsupported(single));
    };
    let body = returned(&c.literal.body).ok_or_else(|| unsupported(single))?;
    let mut pairs = Vec::new();
    let mut complaint = None;
    collect_pairs(body, &mut pairs, &mut complaint);
    match complaint {
        Some(msg) => Err(unsupported(&msg)),
        None => Ok(pairs),
    }
}

/// Walks the predicate as Go does (each node, then its operands): a node Go does not
/// support records its complaint, and the last complaint is the error.
fn collect_pairs(e: &Expr, pairs: &mut Vec<(Arc<str>, Arc<str>)>, complaint: &mut Option<String>) {
    let mut complain = |msg: String| *complaint = Some(msg);
    match &e.kind {
        ExprKind::Paren(inner) => collect_pairs(inner, pairs, complaint),
        ExprKind::Logical { op, left, right } => {
            if *op != LogicalOp::And {
                complain("unsupported operator in join predicate: or".into());
            }
            collect_pairs(left, pairs, complaint);
            collect_pairs(right, pairs, complaint);
        }
        ExprKind::Binary { op, left, right } => {
            if *op != BinaryOp::Eq {
                complain(format!("unsupported operator in join predicate: {}", op.as_str()));
            } else {
                match (member(left), member(right)) {
                    (None, _) => complain("left side of comparison is not a member expression".into()),
                    (_, None) => complain("right side of comparison is not a member expression".into()),
                    (Some((lobj, lcol)), Some((robj, rcol))) => match (&*lobj, &*robj) {
                        ("l", "r") => pairs.push((lcol, rcol)),
                        ("r", "l") => pairs.push((rcol, lcol)),
                        _ => complain(
                            "binary expression operands must reference `l` or `r` only, and may not reference the same object"
                                .into(),
                        ),
                    },
                }
            }
            collect_pairs(left, pairs, complaint);
            collect_pairs(right, pairs, complaint);
        }
        ExprKind::Member { object, .. } => collect_pairs(object, pairs, complaint),
        ExprKind::Identifier(_) => {}
        other => {
            complain(format!(
                "illegal expression type in join predicate: {}",
                node_type(other)
            ));
            match other {
                ExprKind::Unary { argument, .. } => collect_pairs(argument, pairs, complaint),
                ExprKind::Index { array, index } => {
                    collect_pairs(array, pairs, complaint);
                    collect_pairs(index, pairs, complaint);
                }
                ExprKind::Conditional {
                    test,
                    consequent,
                    alternate,
                } => {
                    collect_pairs(test, pairs, complaint);
                    collect_pairs(consequent, pairs, complaint);
                    collect_pairs(alternate, pairs, complaint);
                }
                ExprKind::Array(items) => items.iter().for_each(|i| collect_pairs(i, pairs, complaint)),
                _ => {}
            }
        }
    }
}

/// The name Go's semantic graph gives an expression.
fn node_type(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Integer(_) => "IntegerLiteral",
        ExprKind::Float(_) => "FloatLiteral",
        ExprKind::String(parts)
            if parts
                .iter()
                .any(|p| matches!(p, flux_syntax::ast::StringPart::Interpolation(_))) =>
        {
            "StringExpression"
        }
        ExprKind::String(_) => "StringLiteral",
        ExprKind::Regex(_) => "RegexpLiteral",
        ExprKind::Duration(_) => "DurationLiteral",
        ExprKind::DateTime(_) => "DateTimeLiteral",
        ExprKind::Label(_) => "LabelLiteral",
        ExprKind::Record(_) => "ObjectExpression",
        ExprKind::Array(_) => "ArrayExpression",
        ExprKind::Dict(_) => "DictExpression",
        ExprKind::Function(_) => "FunctionExpression",
        ExprKind::Call(_) | ExprKind::Pipe { .. } => "CallExpression",
        ExprKind::Index { .. } => "IndexExpression",
        ExprKind::Unary { .. } => "UnaryExpression",
        ExprKind::Conditional { .. } => "ConditionalExpression",
        _ => "Expression",
    }
}

/// `obj.property` as (object name, property).
fn member(e: &Expr) -> Option<(Arc<str>, Arc<str>)> {
    let ExprKind::Member { object, property } = &e.kind else {
        return None;
    };
    let ExprKind::Identifier(name) = &object.kind else {
        return None;
    };
    Some((Arc::from(&**name), Arc::from(&**property.name())))
}

/// Both inputs, one table per key, with each side's columns (the union over its tables).
pub(crate) struct Sides {
    left_tables: Vec<Table>,
    right_tables: Vec<Table>,
    pub(crate) left_columns: Vec<Column>,
    pub(crate) right_columns: Vec<Column>,
    left_reads: Vec<Arc<str>>,
    right_reads: Vec<Arc<str>>,
}

impl Sides {
    fn new(left: &Stream, right: &Stream, as_fn: &Function) -> Result<Sides> {
        let merged = |s: &Stream| -> Result<Vec<Table>> {
            let non_empty: Stream = s.tables().iter().filter(|t| !t.is_empty()).cloned().collect();
            Ok(flux_table::ops::each_merged(&non_empty, |t| Ok(t.clone()))
                .map_err(crate::universe::table_error)?
                .tables()
                .to_vec())
        };
        let columns = |tables: &[Table]| {
            let mut out: Vec<Column> = Vec::new();
            for t in tables {
                for c in t.columns() {
                    if !out.iter().any(|e| e.label == c.label) {
                        out.push(c.clone());
                    }
                }
            }
            out
        };
        let (left_tables, right_tables) = (merged(left)?, merged(right)?);
        let sides = Sides {
            left_columns: columns(&left_tables),
            right_columns: columns(&right_tables),
            left_tables,
            right_tables,
            left_reads: read_labels_of(as_fn, "l"),
            right_reads: read_labels_of(as_fn, "r"),
        };
        for (name, reads, cols, tables) in [
            ("left", &sides.left_reads, &sides.left_columns, &sides.left_tables),
            (
                "right",
                &sides.right_reads,
                &sides.right_columns,
                &sides.right_tables,
            ),
        ] {
            // Go types `l` and `r` from the first rows it joins: a side without rows, while
            // the other side has some, cannot give the labels `as` reads.
            if tables.is_empty() {
                let other_has_rows = !sides.left_tables.is_empty() || !sides.right_tables.is_empty();
                if other_has_rows && !reads.is_empty() {
                    return Err(error(
                        ErrorKind::Argument,
                        format!("error preparing {name} side of join: cannot join on an empty table"),
                    ));
                }
                continue;
            }
            if let Some(missing) = reads.iter().find(|l| !cols.iter().any(|c| c.label == **l)) {
                return Err(error(
                    ErrorKind::Argument,
                    format!("error preparing {name} side of join: table is missing label {missing}"),
                ));
            }
        }
        Ok(sides)
    }

    /// The row pairs of one key, in join-key order, as the method keeps them: indices into
    /// the left and the right table, `None` standing for the side's row of nulls.
    fn pair_rows(
        &self,
        left: Option<&Table>,
        right: Option<&Table>,
        pairs: &[(Arc<str>, Arc<str>)],
        method: Method,
    ) -> Result<Vec<(Option<u32>, Option<u32>)>> {
        let keep_left = matches!(method, Method::Left | Method::Full);
        let keep_right = matches!(method, Method::Right | Method::Full);
        let by = |t: &Table, side: &str, right_side: bool| -> Result<Vec<usize>> {
            pairs
                .iter()
                .map(|(l, r)| {
                    let label = if right_side { r } else { l };
                    t.column_index(label).ok_or_else(|| {
                        error(
                            ErrorKind::Argument,
                            format!(
                                "cannot set join columns in {side} table stream: table is missing column '{label}'"
                            ),
                        )
                    })
                })
                .collect()
        };
        let mut out: Vec<(Option<u32>, Option<u32>)> = Vec::new();
        let mut collect = |run: Run<'_>| {
            if (run.left.is_empty() && !keep_right) || (run.right.is_empty() && !keep_left) {
                return Ok(());
            }
            let lrows: Vec<Option<u32>> = if run.left.is_empty() {
                vec![None]
            } else {
                run.left.iter().map(|&i| Some(i)).collect()
            };
            let rrows: Vec<Option<u32>> = if run.right.is_empty() {
                vec![None]
            } else {
                run.right.iter().map(|&i| Some(i)).collect()
            };
            for &l in &lrows {
                for &r in &rrows {
                    out.push((l, r));
                }
            }
            Ok(())
        };
        match (left, right) {
            (Some(l), Some(r)) => {
                let (lby, rby) = (by(l, "left", false)?, by(r, "right", true)?);
                let same_types = lby
                    .iter()
                    .zip(&rby)
                    .all(|(&i, &j)| l.columns()[i].ty == r.columns()[j].ty);
                if same_types {
                    merge_runs(l, &lby, r, &rby, &mut collect)
                } else {
                    // Values of different types are never equal: no row has a partner.
                    merge_runs(l, &lby, &empty_like(l), &lby, &mut collect)
                        .and_then(|()| merge_runs(&empty_like(r), &rby, r, &rby, &mut collect))
                }
            }
            (Some(l), None) => {
                let lby = by(l, "left", false)?;
                merge_runs(l, &lby, &empty_like(l), &lby, &mut collect)
            }
            (None, Some(r)) => {
                let rby = by(r, "right", true)?;
                merge_runs(&empty_like(r), &rby, r, &rby, &mut collect)
            }
            (None, None) => Ok(()),
        }
        .map_err(crate::universe::table_error)?;
        Ok(out)
    }

    /// The records of one key's row pairs, through `as`.
    fn call_as(
        &self,
        cx: &mut CallContext,
        key: &GroupKey,
        (left, right): (Option<&Table>, Option<&Table>),
        rows: &[(Option<u32>, Option<u32>)],
        as_fn: &Function,
    ) -> Result<Vec<Arc<Record>>> {
        let mut out = Vec::with_capacity(rows.len());
        for &(lrow, rrow) in rows {
            let l = side_record(left, lrow, key, &self.left_columns, &self.left_reads);
            let r = side_record(right, rrow, key, &self.right_columns, &self.right_reads);
            let joined = cx.call(as_fn, [("l", l), ("r", r)])?;
            let Value::Record(record) = joined else {
                return Err(error(
                    ErrorKind::Type,
                    format!("join function must return a record, got {}", joined.type_name()),
                ));
            };
            check_key(&record, key)?;
            out.push(record);
        }
        Ok(out)
    }
}

/// A table with `t`'s columns and no rows.
fn empty_like(t: &Table) -> Table {
    let data = t.arrays().iter().map(|a| a.slice(0, 0)).collect();
    Table::new(t.key().clone(), t.columns().to_vec(), data).unwrap_or_else(|_| t.clone())
}

/// One side's row as a record, or (`None`) the side's row of nulls holding the key's values.
fn side_record(
    table: Option<&Table>,
    row: Option<u32>,
    key: &GroupKey,
    columns: &[Column],
    reads: &[Arc<str>],
) -> Value {
    match (table, row) {
        (Some(t), Some(row)) => with_nulls(row_record(t, row as usize), reads),
        _ => {
            let fields = columns.iter().map(|c| {
                let v = key.value(&c.label).cloned().map_or(Value::Null, Value::from);
                (c.label.clone(), v)
            });
            with_nulls(Value::Record(Arc::new(Record::from_fields(fields))), reads)
        }
    }
}

/// Go's check that the joined record keeps the group key.
/// `key` with each key column typed as the output column of its label (a key column the
/// output lacks keeps its own type).
pub(crate) fn output_key(key: &GroupKey, columns: &[Column]) -> Result<GroupKey> {
    let key_columns = key
        .columns()
        .iter()
        .map(|kc| {
            columns
                .iter()
                .find(|c| c.label == kc.label)
                .cloned()
                .unwrap_or(kc.clone())
        })
        .collect();
    GroupKey::new(key_columns, key.values().to_vec()).map_err(crate::universe::table_error)
}

pub(crate) fn check_key(record: &Record, key: &GroupKey) -> Result<()> {
    for (c, v) in key.columns().iter().zip(key.values()) {
        let same = match (record.get(&c.label), v) {
            (Some(Value::Null), _) | (None, _) | (_, Scalar::Null) => false,
            (Some(got), want) => scalar_of(got).as_ref() == Some(want),
        };
        if !same {
            return Err(error(
                ErrorKind::Runtime,
                format!(
                    "join cannot modify group key: output record has a missing or invalid value for column '{}:{}'",
                    c.label,
                    c.ty.flux_name()
                ),
            ));
        }
    }
    Ok(())
}

/// The output tables: every table has the columns of the first record, sorted by label; a
/// column's type is that of its first non-null value (else the input column of that label).
fn build_tables(joined: Vec<(GroupKey, Vec<Arc<Record>>)>, sides: &Sides) -> Result<Vec<Table>> {
    let Some(first) = joined.first().and_then(|(_, r)| r.first()) else {
        return Ok(Vec::new());
    };
    let mut labels: Vec<Arc<str>> = first.fields.keys().cloned().collect();
    labels.sort();
    let mut columns: Vec<Column> = Vec::with_capacity(labels.len());
    for label in labels {
        let mut ty: Option<ColumnType> = None;
        'find: for (_, records) in &joined {
            for r in records {
                let value = r.get(&label).unwrap_or(&Value::Null);
                let cell = table_cell("map object property", &label, value)?;
                if let Some(t) = cell.column_type() {
                    ty = Some(t);
                    break 'find;
                }
            }
        }
        let ty = ty.or_else(|| {
            sides
                .left_columns
                .iter()
                .chain(&sides.right_columns)
                .find(|c| c.label == label)
                .map(|c| c.ty)
        });
        if let Some(ty) = ty {
            columns.push(Column::new(label, ty));
        }
    }
    let mut out = Vec::with_capacity(joined.len());
    for (key, records) in joined {
        let mut rows = Vec::with_capacity(records.len());
        for r in &records {
            let mut row = Vec::with_capacity(columns.len());
            for c in &columns {
                let value = r.get(&c.label).unwrap_or(&Value::Null);
                let cell = scalar_of(value).unwrap_or(Scalar::Null);
                if cell.column_type().is_some_and(|t| t != c.ty) {
                    return Err(error(
                        ErrorKind::Type,
                        format!(
                            "join: column \"{}\" is {} but the record has {}",
                            c.label,
                            c.ty.flux_name(),
                            value.type_name()
                        ),
                    ));
                }
                row.push(cell);
            }
            rows.push(row);
        }
        let key = output_key(&key, &columns)?;
        out.push(from_rows(key, columns.clone(), rows).map_err(crate::universe::table_error)?);
    }
    Ok(out)
}
