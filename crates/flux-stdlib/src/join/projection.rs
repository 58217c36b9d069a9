//! The column-wise path of `join.tables`: an `as` function that only copies columns,
//! `(l, r) => ({l with b: r.b})` or `(l, r) => ({t: l._time, a: l._value, b: r._value})`,
//! builds its output from the inputs' arrays instead of being called once per row pair.
//! The tables are those the per-row path gives.

use std::sync::Arc;

use arrow_array::{ArrayRef, UInt32Array};
use flux_eval::{Function, Result, Value};
use flux_syntax::ast::ExprKind;
use flux_table::ops::rows::row_values;
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Table};

use super::{Sides, check_key, output_key};
use crate::natives::error;
use crate::universe::lambda::{returned, unparen};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Side {
    Left,
    Right,
}

/// A recognised `as` function: the record's base (`{l with ...}`) and its properties, each
/// a column of one side.
#[derive(Debug)]
pub(super) struct Projection {
    base: Option<Side>,
    properties: Vec<(Arc<str>, Side, Arc<str>)>,
}

impl Projection {
    /// The projection `f` is, if it is one.
    pub(super) fn of(f: &Function) -> Option<Projection> {
        let Function::Closure(c) = f else { return None };
        let params = &c.literal.params;
        if params.len() != 2 || params.iter().any(|p| p.default.is_some()) {
            return None;
        }
        let (l, r) = (&*params[0].key.name, &*params[1].key.name);
        if !matches!((l, r), ("l", "r") | ("r", "l")) {
            return None;
        }
        let body = returned(&c.literal.body)?;
        let ExprKind::Record(record) = &unparen(body).kind else {
            return None;
        };
        let base = match &record.with {
            None => None,
            Some(id) => Some(side(&id.name)?),
        };
        let mut properties: Vec<(Arc<str>, Side, Arc<str>)> = Vec::with_capacity(record.properties.len());
        for p in &record.properties {
            let label: Arc<str> = Arc::from(&**p.key.name());
            let ExprKind::Member { object, property } = &unparen(p.value.as_ref()?).kind else {
                return None;
            };
            let ExprKind::Identifier(name) = &object.kind else {
                return None;
            };
            if properties.iter().any(|(l, _, _)| *l == label) {
                return None;
            }
            properties.push((label, side(name)?, Arc::from(&**property.name())));
        }
        Some(Projection { base, properties })
    }

    /// The output table of one key (`None` without rows): `rows` are the row pairs, `None`
    /// standing for a side's row of nulls (which holds the key's values).
    pub(super) fn table(
        &self,
        key: &GroupKey,
        tables: (Option<&Table>, Option<&Table>),
        rows: &[(Option<u32>, Option<u32>)],
        sides: &Sides,
    ) -> Result<Option<Table>> {
        if rows.is_empty() {
            return Ok(None);
        }
        let schema = |side: Side| match side {
            Side::Left => &sides.left_columns,
            Side::Right => &sides.right_columns,
        };
        let mut sources: Vec<(Arc<str>, Side, Arc<str>)> = Vec::new();
        if let Some(base) = self.base {
            sources.extend(
                schema(base)
                    .iter()
                    .map(|c| (c.label.clone(), base, c.label.clone())),
            );
        }
        for (label, side, column) in &self.properties {
            match sources.iter_mut().find(|(l, _, _)| l == label) {
                Some(entry) => *entry = (label.clone(), *side, column.clone()),
                None => sources.push((label.clone(), *side, column.clone())),
            }
        }
        sources.sort_by(|a, b| a.0.cmp(&b.0));
        let indices = |side: Side| -> UInt32Array {
            rows.iter()
                .map(|(l, r)| if side == Side::Left { *l } else { *r })
                .collect()
        };
        let (lidx, ridx) = (indices(Side::Left), indices(Side::Right));
        let mut columns = Vec::with_capacity(sources.len());
        let mut data: Vec<ArrayRef> = Vec::with_capacity(sources.len());
        for (label, side, source) in &sources {
            let (table, idx) = match side {
                Side::Left => (tables.0, &lidx),
                Side::Right => (tables.1, &ridx),
            };
            let declared = schema(*side).iter().find(|c| c.label == *source).map(|c| c.ty);
            let found = table.and_then(|t| t.column_index(source).map(|i| (t, i)));
            let (ty, array) = match (key.value(source), found) {
                // A key column holds the key's value in every row, the row of nulls included.
                (Some(value), Some((t, i))) => {
                    let ty = t.columns()[i].ty;
                    (ty, constant(ty, value, rows.len())?)
                }
                (_, Some((t, i))) => {
                    let array = arrow_select::take::take(t.arrays()[i].as_ref(), idx, None)
                        .map_err(|e| error(flux_eval::ErrorKind::Internal, e.to_string()))?;
                    (t.columns()[i].ty, array)
                }
                (Some(value), None) => {
                    let ty = declared.or(value.column_type()).unwrap_or(ColumnType::String);
                    (ty, constant(ty, value, rows.len())?)
                }
                (None, None) => {
                    let ty = declared.unwrap_or(ColumnType::String);
                    (ty, constant(ty, &Scalar::Null, rows.len())?)
                }
            };
            columns.push(Column::new(label.clone(), ty));
            data.push(array);
        }
        let unkeyed = Table::new(GroupKey::empty(), columns.clone(), data.clone())
            .map_err(crate::universe::table_error)?;
        // Go's check that every output row keeps the key: a key column copied from the
        // column of its own name holds the key's value; any other is checked row by row.
        let copied = |label: &str| sources.iter().any(|(l, _, s)| &**l == label && l == s);
        for (c, v) in key.columns().iter().zip(key.values()) {
            let Some(i) = unkeyed.column_index(&c.label) else {
                return Err(missing_key(c));
            };
            let bad_row = if v.column_type().is_none() {
                Some(0)
            } else if copied(&c.label) {
                None
            } else {
                (0..rows.len()).find(|&r| unkeyed.cell(i, r) != *v)
            };
            if let Some(row) = bad_row {
                let record = flux_eval::Record::from_fields(
                    unkeyed
                        .columns()
                        .iter()
                        .zip(row_values(&unkeyed, row))
                        .map(|(c, v)| (c.label.clone(), Value::from(v))),
                );
                check_key(&record, key)?;
                return Err(missing_key(c));
            }
        }
        let key = output_key(key, &columns)?;
        Table::new(key, columns, data)
            .map(Some)
            .map_err(crate::universe::table_error)
    }
}

fn side(name: &str) -> Option<Side> {
    match name {
        "l" => Some(Side::Left),
        "r" => Some(Side::Right),
        _ => None,
    }
}

/// `len` copies of `value` (null or of type `ty`).
fn constant(ty: ColumnType, value: &Scalar, len: usize) -> Result<ArrayRef> {
    let mut b = ColumnBuilder::new(ty, len);
    for _ in 0..len {
        b.push(value).map_err(crate::universe::table_error)?;
    }
    Ok(b.finish())
}

/// Go's error for an output row that does not keep the key column `c`.
fn missing_key(c: &Column) -> flux_eval::RuntimeError {
    error(
        flux_eval::ErrorKind::Runtime,
        format!(
            "join cannot modify group key: output record has a missing or invalid value for column '{}:{}'",
            c.label,
            c.ty.flux_name()
        ),
    )
}
