//! `testing.diff` / `experimental.diff`: the rows in which two streams differ, table by table.
//!
//! Tables of the two streams are paired by group key (a key present on one side only is paired
//! with an empty table). A pair whose rows are equal one by one gives nothing; otherwise the pair
//! gives one table of every row of both sides, marked in a first column `_diff`: `""` for a row
//! both sides share, `-` for a row only `want` has, `+` for a row only `got` has. Rows are matched
//! by a longest common subsequence, walked back with the same tie-breaking as Go Flux, so the
//! output is the one Go prints.
//!
//! Cells compare by value; floats are equal within 1e-6 (a NaN equals any float, as in Go); a null equals only
//! a null, and a column one side lacks counts as null there.

use std::sync::Arc;

use crate::builder::ColumnBuilder;
use crate::model::{Column, ColumnType, GroupKey, Scalar, Stream, Table, TableError};
use crate::ops::kernels::{concat, constant};
use crate::ops::keys::KeyId;

/// The name of the column that marks each row of a diff.
pub const DIFF_COLUMN: &str = "_diff";

/// Floats closer than this are equal.
const EPSILON: f64 = 1e-6;

/// Pairs larger than this (want rows × got rows) are not aligned row by row: every `want` row is
/// listed as `-` and every `got` row as `+` (the table of common subsequences would not fit).
const MAX_LCS_CELLS: usize = 16 * 1024 * 1024;

/// The differences between `want` and `got`: one table per group key whose tables differ (keys
/// of `got` first, in stream order, then keys only `want` has, as Go orders them). An empty
/// stream means equal.
pub fn diff(want: &Stream, got: &Stream) -> Result<Stream, TableError> {
    let want_groups = by_key(want)?;
    let got_groups = by_key(got)?;
    let mut out = Vec::new();
    for (id, key, g) in &got_groups {
        let w = want_groups
            .iter()
            .find(|(other, _, _)| other == id)
            .map(|(_, _, t)| t);
        if let Some(t) = diff_tables(key, w, Some(g))? {
            out.push(t);
        }
    }
    for (id, key, w) in &want_groups {
        if got_groups.iter().any(|(other, _, _)| other == id) {
            continue;
        }
        if let Some(t) = diff_tables(key, Some(w), None)? {
            out.push(t);
        }
    }
    Ok(Stream::new(out))
}

/// The tables of `stream`, those with equal keys concatenated, in order of first appearance.
fn by_key(stream: &Stream) -> Result<Vec<(KeyId, GroupKey, Table)>, TableError> {
    let mut groups: Vec<(KeyId, GroupKey, Vec<&Table>)> = Vec::new();
    for t in stream.tables() {
        let id = KeyId::of(t.key());
        match groups.iter_mut().find(|(other, _, _)| *other == id) {
            Some((_, _, parts)) => parts.push(t),
            None => groups.push((id, t.key().clone(), vec![t])),
        }
    }
    groups
        .into_iter()
        .map(|(id, key, parts)| Ok((id, key.clone(), concat(key, &parts)?)))
        .collect()
}

/// Where each compared column is found on each side.
struct Schema<'a> {
    /// Key columns first, then the compared ones.
    compared: Vec<Column>,
    want_idx: Vec<Option<usize>>,
    got_idx: Vec<Option<usize>>,
    want: Option<&'a Table>,
    got: Option<&'a Table>,
}

impl<'a> Schema<'a> {
    fn new(key: &GroupKey, want: Option<&'a Table>, got: Option<&'a Table>) -> Result<Self, TableError> {
        if key.contains(DIFF_COLUMN) {
            return Err(TableError::new("group key cannot contain _diff column"));
        }
        let mut schema = Schema {
            compared: Vec::new(),
            want_idx: Vec::new(),
            got_idx: Vec::new(),
            want,
            got,
        };
        let taken = |schema: &Schema, label: &str| {
            key.contains(label) || schema.compared.iter().any(|c| &*c.label == label)
        };
        for (i, c) in want.map(Table::columns).unwrap_or_default().iter().enumerate() {
            if &*c.label == DIFF_COLUMN || taken(&schema, &c.label) {
                continue;
            }
            let on_got = got.and_then(|g| g.column_index(&c.label));
            if let (Some(g), Some(j)) = (got, on_got) {
                let got_ty = g.columns()[j].ty;
                if got_ty != c.ty {
                    return Err(TableError::new(format!(
                        "column {:?} has different types {} != {}",
                        &*c.label,
                        c.ty.flux_name(),
                        got_ty.flux_name()
                    )));
                }
            }
            schema.compared.push(c.clone());
            schema.want_idx.push(Some(i));
            schema.got_idx.push(on_got);
        }
        for (j, c) in got.map(Table::columns).unwrap_or_default().iter().enumerate() {
            if &*c.label == DIFF_COLUMN || taken(&schema, &c.label) {
                continue;
            }
            schema.compared.push(c.clone());
            schema.want_idx.push(None);
            schema.got_idx.push(Some(j));
        }
        Ok(schema)
    }

    fn cell(table: Option<&Table>, index: Option<usize>, row: usize) -> Scalar {
        match (table, index) {
            (Some(t), Some(i)) => t.cell(i, row),
            _ => Scalar::Null,
        }
    }

    /// True when row `i` of `want` equals row `j` of `got` in every compared column.
    fn rows_equal(&self, i: usize, j: usize) -> bool {
        (0..self.compared.len()).all(|c| {
            let w = Self::cell(self.want, self.want_idx[c], i);
            let g = Self::cell(self.got, self.got_idx[c], j);
            cells_equal(&w, &g)
        })
    }

    fn row(&self, side: Side, row: usize) -> Vec<Scalar> {
        let (table, idx) = match side {
            Side::Want => (self.want, &self.want_idx),
            Side::Got => (self.got, &self.got_idx),
        };
        idx.iter().map(|&i| Self::cell(table, i, row)).collect()
    }
}

fn cells_equal(w: &Scalar, g: &Scalar) -> bool {
    match (w, g) {
        // As Go compares: unequal only when the difference is known to exceed epsilon (so a NaN
        // on either side compares equal).
        (Scalar::Float(a), Scalar::Float(b)) => {
            let difference = (a - b).abs();
            difference.is_nan() || difference <= EPSILON
        }
        _ => w == g,
    }
}

#[derive(Clone, Copy)]
enum Side {
    Want,
    Got,
}

/// One line of a diff: its mark and where the row comes from.
type Line = (&'static str, Side, usize);

/// The diff table of one key, or `None` when both sides hold the same rows.
fn diff_tables(
    key: &GroupKey,
    want: Option<&Table>,
    got: Option<&Table>,
) -> Result<Option<Table>, TableError> {
    let schema = Schema::new(key, want, got)?;
    let n_want = want.map_or(0, Table::num_rows);
    let n_got = got.map_or(0, Table::num_rows);
    if n_want == n_got && (0..n_want).all(|i| schema.rows_equal(i, i)) {
        return Ok(None);
    }
    let lines = if (n_want + 1).saturating_mul(n_got + 1) > MAX_LCS_CELLS {
        (0..n_want)
            .map(|i| ("-", Side::Want, i))
            .chain((0..n_got).map(|j| ("+", Side::Got, j)))
            .collect()
    } else {
        align(&schema, n_want, n_got)
    };
    let mut marks = ColumnBuilder::new(ColumnType::String, lines.len());
    let mut builders: Vec<ColumnBuilder> = schema
        .compared
        .iter()
        .map(|c| ColumnBuilder::new(c.ty, lines.len()))
        .collect();
    for (mark, side, row) in &lines {
        marks.push(&Scalar::String(Arc::from(*mark)))?;
        for (b, v) in builders.iter_mut().zip(schema.row(*side, *row)) {
            b.push(&v)?;
        }
    }
    let mut columns = vec![Column::new(DIFF_COLUMN, ColumnType::String)];
    let mut data = vec![marks.finish()];
    for (c, v) in key.columns().iter().zip(key.values()) {
        columns.push(c.clone());
        data.push(constant(c.ty, v, lines.len()));
    }
    for (c, b) in schema.compared.iter().zip(builders) {
        columns.push(c.clone());
        data.push(b.finish());
    }
    Table::new(key.clone(), columns, data).map(Some)
}

#[derive(Clone, Copy, PartialEq)]
enum Parent {
    Either,
    Left,
    Top,
    Match,
}

/// Align the rows by a longest common subsequence. `lcs[col][row]`: `row` counts `want` rows,
/// `col` counts `got` rows; ties go the way Go's trace goes (a `+` before a `-`, walking back).
fn align(schema: &Schema, n_want: usize, n_got: usize) -> Vec<Line> {
    let width = n_want + 1;
    let mut length = vec![0usize; width * (n_got + 1)];
    let mut parent = vec![Parent::Either; width * (n_got + 1)];
    for col in 1..=n_got {
        for row in 1..=n_want {
            let at = col * width + row;
            if schema.rows_equal(row - 1, col - 1) {
                parent[at] = Parent::Match;
                length[at] = length[(col - 1) * width + row - 1] + 1;
            } else {
                let top = length[(col - 1) * width + row];
                let left = length[col * width + row - 1];
                (parent[at], length[at]) = if top == left {
                    (Parent::Either, top)
                } else if top > left {
                    (Parent::Top, top)
                } else {
                    (Parent::Left, left)
                };
            }
        }
    }
    let mut lines = Vec::with_capacity(n_want + n_got);
    let (mut row, mut col) = (n_want, n_got);
    while row > 0 || col > 0 {
        let p = parent[col * width + row];
        if row > 0 && col > 0 && p == Parent::Match {
            lines.push(("", Side::Want, row - 1));
            row -= 1;
            col -= 1;
        } else if row > 0 && (col == 0 || p == Parent::Left) {
            lines.push(("-", Side::Want, row - 1));
            row -= 1;
        } else {
            lines.push(("+", Side::Got, col - 1));
            col -= 1;
        }
    }
    lines.reverse();
    lines
}
