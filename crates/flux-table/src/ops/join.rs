//! Joins: the sort-merge pairing of rows by join columns shared by universe `join` and the
//! `join` package, and universe `join` itself ([`merge_join`]).

use std::cmp::Ordering;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, UInt32Array};
use arrow_ord::ord::{DynComparator, make_comparator};
use arrow_schema::SortOptions;

use crate::model::{Column, GroupKey, Stream, Table, TableError};
use crate::ops::kernels::arrow_error;
use crate::ops::keys::{KeyId, KeyedTables, key_cmp_with, sort_by_key, sorted_positions};

/// Rows of `table` ordered by the columns at `by` (nulls first), stably.
pub fn row_order(table: &Table, by: &[usize]) -> Result<Vec<u32>, TableError> {
    let comparators = by
        .iter()
        .map(|&i| {
            let a = table.arrays()[i].as_ref();
            make_comparator(a, a, SortOptions::default()).map_err(arrow_error)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut order: Vec<u32> = (0..table.num_rows() as u32).collect();
    order.sort_by(|&a, &b| {
        comparators
            .iter()
            .map(|c| c(a as usize, b as usize))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    });
    Ok(order)
}

/// One run of rows sharing a join key: the rows of the left side, of the right side (either
/// may be empty, not both).
pub struct Run<'a> {
    /// Left rows (indices into the left table).
    pub left: &'a [u32],
    /// Right rows (indices into the right table).
    pub right: &'a [u32],
}

/// Walks two tables in join-key order: `left_by[i]` of the left table pairs with
/// `right_by[i]` of the right table (same types). Calls `f` for every key, in key order,
/// with the rows each side has for it. A row with a null join value matches nothing: such
/// rows come last, one run each, the right side's then the left side's, each side's in
/// reverse order (where Go's merge join leaves them).
pub fn merge_runs(
    left: &Table,
    left_by: &[usize],
    right: &Table,
    right_by: &[usize],
    mut f: impl FnMut(Run<'_>) -> Result<(), TableError>,
) -> Result<(), TableError> {
    let has_null =
        |t: &Table, by: &[usize], row: u32| by.iter().any(|&i| t.arrays()[i].is_null(row as usize));
    let (lorder, lnulls): (Vec<u32>, Vec<u32>) = row_order(left, left_by)?
        .into_iter()
        .partition(|&row| !has_null(left, left_by, row));
    let (rorder, rnulls): (Vec<u32>, Vec<u32>) = row_order(right, right_by)?
        .into_iter()
        .partition(|&row| !has_null(right, right_by, row));
    let comparators = |a: &Table, ab: &[usize], b: &Table, bb: &[usize]| {
        ab.iter()
            .zip(bb)
            .map(|(&i, &j)| {
                make_comparator(
                    a.arrays()[i].as_ref(),
                    b.arrays()[j].as_ref(),
                    SortOptions::default(),
                )
                .map_err(arrow_error)
            })
            .collect::<Result<Vec<DynComparator>, _>>()
    };
    let across = comparators(left, left_by, right, right_by)?;
    let within_left = comparators(left, left_by, left, left_by)?;
    let within_right = comparators(right, right_by, right, right_by)?;
    let cmp = |cs: &[DynComparator], a: u32, b: u32| {
        cs.iter()
            .map(|c| c(a as usize, b as usize))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    };
    // The end of the run of equal keys starting at `start` of `order`.
    let run_end = |order: &[u32], start: usize, cs: &[DynComparator]| {
        let mut end = start + 1;
        while end < order.len() && cmp(cs, order[start], order[end]).is_eq() {
            end += 1;
        }
        end
    };
    let (mut l, mut r) = (0, 0);
    while l < lorder.len() || r < rorder.len() {
        let ordering = if l == lorder.len() {
            Ordering::Greater
        } else if r == rorder.len() {
            Ordering::Less
        } else {
            cmp(&across, lorder[l], rorder[r])
        };
        let (lend, rend) = match ordering {
            Ordering::Less => (run_end(&lorder, l, &within_left), r),
            Ordering::Greater => (l, run_end(&rorder, r, &within_right)),
            Ordering::Equal => (
                run_end(&lorder, l, &within_left),
                run_end(&rorder, r, &within_right),
            ),
        };
        f(Run {
            left: &lorder[l..lend],
            right: &rorder[r..rend],
        })?;
        (l, r) = (lend, rend);
    }
    for row in rnulls.iter().rev() {
        f(Run {
            left: &[],
            right: std::slice::from_ref(row),
        })?;
    }
    for row in lnulls.iter().rev() {
        f(Run {
            left: std::slice::from_ref(row),
            right: &[],
        })?;
    }
    Ok(())
}

/// Universe `join(tables: {a, b}, on:)`: an inner join of the two named streams (`left`
/// is the stream whose name sorts first). Tables lacking an `on` column, or whose key holds
/// null in one, take no part. Tables pair when they agree on the `on` columns that are key
/// columns of both streams (as their first tables show); each pair gives one table: the
/// rows whose `on` values are equal (a null equals nothing; no table when none are), columns sorted by label, columns both
/// sides have that are not `on` renamed `<label>_<name>`, key the union of both keys.
/// Output tables come in key order, rows in the order of the `on` columns (taken by label).
pub fn merge_join(left: (&str, &Stream), right: (&str, &Stream), on: &[&str]) -> Result<Stream, TableError> {
    // Rows pair (and come out) in the order of the `on` columns by label, as in Go.
    let mut sorted_on = on.to_vec();
    sorted_on.sort_unstable();
    sorted_on.dedup();
    let on = sorted_on.as_slice();
    let usable = |s: &Stream| -> Vec<Table> {
        s.tables()
            .iter()
            .filter(|t| on.iter().all(|c| t.column_index(c).is_some()))
            .filter(|t| {
                !t.key()
                    .columns()
                    .iter()
                    .zip(t.key().values())
                    .any(|(c, v)| on.contains(&&*c.label) && v.column_type().is_none())
            })
            .cloned()
            .collect()
    };
    let (lt, rt) = (usable(left.1), usable(right.1));
    let shared_key: Vec<&str> = on
        .iter()
        .copied()
        .filter(|c| lt.first().is_some_and(|t| t.key().contains(c)))
        .filter(|c| rt.first().is_some_and(|t| t.key().contains(c)))
        .collect();
    let mut out: Vec<Table> = Vec::new();
    let mut seen = KeyedTables::new();
    for l in &lt {
        for r in &rt {
            if shared_key.iter().any(|c| l.key().value(c) != r.key().value(c)) {
                continue;
            }
            let joined = join_pair((left.0, l), (right.0, r), on)?;
            // A pair without matching rows gives no table (Go's output has none).
            if joined.is_empty() {
                continue;
            }
            let before = seen.groups.len();
            seen.add(joined.key().clone(), l);
            if seen.groups.len() > before {
                out.push(joined);
            }
        }
    }
    Ok(Stream::new(sort_by_key(out)))
}

/// The output label of column `label` of the side named `name`.
fn renamed(label: &Arc<str>, name: &str, other: &Table, on: &[&str]) -> Arc<str> {
    if other.column_index(label).is_some() && !on.contains(&&**label) {
        format!("{label}_{name}").into()
    } else {
        label.clone()
    }
}

fn join_pair(left: (&str, &Table), right: (&str, &Table), on: &[&str]) -> Result<Table, TableError> {
    let (lname, l) = left;
    let (rname, r) = right;
    // Output columns: (label, column, from left?, index in its table).
    let mut columns: Vec<(Column, bool, usize)> = Vec::new();
    for (i, c) in l.columns().iter().enumerate() {
        columns.push((Column::new(renamed(&c.label, lname, r, on), c.ty), true, i));
    }
    for (i, c) in r.columns().iter().enumerate() {
        let label = renamed(&c.label, rname, l, on);
        if !columns.iter().any(|(e, _, _)| e.label == label) {
            columns.push((Column::new(label, c.ty), false, i));
        }
    }
    columns.sort_by(|a, b| a.0.label.cmp(&b.0.label));
    let mut key_columns: Vec<(Column, crate::model::Scalar)> = Vec::new();
    for (side, name, other) in [(l, lname, r), (r, rname, l)] {
        for (c, v) in side.key().columns().iter().zip(side.key().values()) {
            let label = renamed(&c.label, name, other, on);
            if !key_columns.iter().any(|(e, _)| e.label == label) {
                key_columns.push((Column::new(label, c.ty), v.clone()));
            }
        }
    }
    key_columns.sort_by(|a, b| a.0.label.cmp(&b.0.label));
    let (kc, kv): (Vec<_>, Vec<_>) = key_columns.into_iter().unzip();
    let key = GroupKey::new(kc, kv)?;
    let lby: Vec<usize> = on.iter().filter_map(|c| l.column_index(c)).collect();
    let rby: Vec<usize> = on.iter().filter_map(|c| r.column_index(c)).collect();
    let (mut li, mut ri) = (Vec::new(), Vec::new());
    // Values of different types are never equal: such tables pair without rows.
    let same_types = lby
        .iter()
        .zip(&rby)
        .all(|(&i, &j)| l.columns()[i].ty == r.columns()[j].ty);
    if same_types {
        merge_runs(l, &lby, r, &rby, |run| {
            for &a in run.left {
                for &b in run.right {
                    li.push(a);
                    ri.push(b);
                }
            }
            Ok(())
        })?;
    }
    let (li, ri) = (UInt32Array::from(li), UInt32Array::from(ri));
    let data = columns
        .iter()
        .map(|(_, from_left, i)| {
            let (t, idx) = if *from_left { (l, &li) } else { (r, &ri) };
            arrow_select::take::take(t.arrays()[*i].as_ref(), idx, None).map_err(arrow_error)
        })
        .collect::<Result<Vec<ArrayRef>, _>>()?;
    Table::new(key, columns.into_iter().map(|(c, _, _)| c).collect(), data)
}

/// One group key of two streams, with the table each side has for it.
pub type KeyPair<'a> = (GroupKey, Option<&'a Table>, Option<&'a Table>);

/// The keys of `left` and `right` (one table per key on each side), each with its table
/// on either side, in Go's key order.
pub fn pair_by_key<'a>(left: &'a [Table], right: &'a [Table]) -> Vec<KeyPair<'a>> {
    let mut index: std::collections::HashMap<KeyId, usize> = std::collections::HashMap::new();
    let mut pairs: Vec<KeyPair<'a>> = Vec::with_capacity(left.len().max(right.len()));
    for t in left {
        index.entry(KeyId::of(t.key())).or_insert_with(|| {
            pairs.push((t.key().clone(), Some(t), None));
            pairs.len() - 1
        });
    }
    for t in right {
        match index.get(&KeyId::of(t.key())) {
            Some(&i) => pairs[i].2 = Some(t),
            None => pairs.push((t.key().clone(), None, Some(t))),
        }
    }
    let mut keyed: Vec<(Vec<usize>, KeyPair<'a>)> =
        pairs.into_iter().map(|p| (sorted_positions(&p.0), p)).collect();
    keyed.sort_by(|(pa, a), (pb, b)| key_cmp_with(&a.0, pa, &b.0, pb));
    keyed.into_iter().map(|(_, p)| p).collect()
}
