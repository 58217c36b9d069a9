//! Technical-analysis series, as Go Flux computes them: `exponentialMovingAverage`,
//! `tripleExponentialDerivative`, `chandeMomentumOscillator`, `relativeStrengthIndex` and
//! `kaufmansAMA`. Each keeps the rows from the `n`-th (or later) on, the computed columns
//! turned to float and the others passed through.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, UInt64Type};
use arrow_array::{ArrayRef, Float64Array};

use crate::model::{Column, ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::integral::floats;
use crate::ops::kernels::{nulls, slice};

/// Go's exponential moving average over a column (its `DoNumeric`): the mean of the first
/// `n` values (null when all are null), then `v * k + previous * (1 - k)` for each value,
/// `k = 2 / (n + 1)`; a null repeats the previous average. Empty for fewer than `n` values.
fn ema_sequence(values: &[Option<f64>], n: usize) -> Vec<Option<f64>> {
    if values.len() < n || n == 0 {
        return Vec::new();
    }
    let k = 2.0 / (n as f64 + 1.0);
    let (sum, mut count) = values[..n]
        .iter()
        .flatten()
        .fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
    let mut average = if count > 0 { sum / count as f64 } else { sum };
    let mut out = Vec::with_capacity(values.len() - n + 1);
    out.push((count > 0).then_some(average));
    for v in &values[n..] {
        match v {
            None => out.push((count > 0).then_some(average)),
            Some(v) => {
                average = if count == 0 {
                    count = 1;
                    *v
                } else {
                    v * k + average * (1.0 - k)
                };
                out.push(Some(average));
            }
        }
    }
    out
}

fn value_column(t: &Table, what: &str) -> Result<(usize, Vec<Option<f64>>), TableError> {
    let vi = t
        .column_index("_value")
        .ok_or_else(|| TableError::new("cannot find _value column"))?;
    let ty = t.columns()[vi].ty;
    let values = floats(ty, &t.arrays()[vi]).ok_or_else(|| {
        TableError::new(format!(
            "cannot take {what} of column _value (type {})",
            ty.flux_name()
        ))
    })?;
    Ok((vi, values))
}

/// `t` from row `first` on, with column `j` replaced by the float `values`.
fn replace_from(t: &Table, first: usize, j: usize, values: Vec<Option<f64>>) -> Result<Table, TableError> {
    let rows = slice(t, first, usize::MAX)?;
    let mut columns = rows.columns().to_vec();
    let mut data = rows.arrays().to_vec();
    columns[j] = Column::new(columns[j].label.clone(), ColumnType::Float);
    data[j] = Arc::new(Float64Array::from(values));
    Table::new(rows.key().clone(), columns, data)
}

fn positive(n: i64, what: &str) -> Result<usize, TableError> {
    if n <= 0 {
        return Err(TableError::new(format!(
            "cannot take {what} with a period of {n} (must be greater than 0)"
        )));
    }
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// `exponentialMovingAverage(n:)`: `_value` becomes its exponential moving average from
/// row `n - 1` on; a table of fewer than `n` rows gives its last row with the mean.
pub fn exponential_moving_average(stream: &Stream, n: i64) -> Result<Stream, TableError> {
    let n = positive(n, "moving average")?;
    each(stream, |t| {
        let (vi, values) = value_column(t, "exponential moving average")?;
        if values.is_empty() {
            return replace_from(t, 0, vi, Vec::new());
        }
        if values.len() < n {
            let (sum, count) = values
                .iter()
                .flatten()
                .fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
            let mean = (count > 0).then(|| sum / count as f64);
            return replace_from(t, values.len() - 1, vi, vec![mean]);
        }
        replace_from(t, n - 1, vi, ema_sequence(&values, n))
    })
}

/// `tripleExponentialDerivative(n:)`: the percentage change of the triple-smoothed
/// exponential moving average of `_value`, from row `3(n - 1) + 1` on.
pub fn triple_exponential_derivative(stream: &Stream, n: i64) -> Result<Stream, TableError> {
    let n = positive(n, "triple exponential derivative")?;
    each(stream, |t| {
        let (vi, values) = value_column(t, "exponential moving average")?;
        let third = ema_sequence(&ema_sequence(&ema_sequence(&values, n), n), n);
        let skip = 3 * (n - 1) + 1;
        if third.is_empty() {
            // Go gives one row: the last values, a null derivative.
            if t.is_empty() || t.num_rows() >= skip - 1 {
                return replace_from(t, usize::MAX, vi, Vec::new());
            }
            return replace_from(t, t.num_rows() - 1, vi, vec![None]);
        }
        let changes = third
            .windows(2)
            .map(|w| match (w[0], w[1]) {
                (Some(a), Some(b)) => Some((b / a - 1.0) * 100.0),
                _ => None,
            })
            .collect();
        replace_from(t, skip, vi, changes)
    })
}

/// The difference between rows `i` and `p` of a column.
type RowDifference<'a> = Box<dyn Fn(usize, usize) -> f64 + 'a>;

/// The raw values of a numeric column as floats (a null reads as 0, as Go reads it), with
/// differences taken in the column's own type (wrapping for integers).
fn raw_differences(ty: ColumnType, array: &ArrayRef) -> Option<(Vec<f64>, RowDifference<'_>)> {
    match ty {
        ColumnType::Int => {
            let v = array.as_primitive::<Int64Type>().values();
            Some((
                v.iter().map(|x| *x as f64).collect(),
                Box::new(move |i, p| v[i].wrapping_sub(v[p]) as f64),
            ))
        }
        ColumnType::UInt => {
            let v = array.as_primitive::<UInt64Type>().values();
            Some((
                v.iter().map(|x| *x as f64).collect(),
                Box::new(move |i, p| v[i].wrapping_sub(v[p]) as f64),
            ))
        }
        ColumnType::Float => {
            let v = array.as_primitive::<Float64Type>().values();
            Some((v.to_vec(), Box::new(move |i, p| v[i] - v[p])))
        }
        _ => None,
    }
}

/// Go's `nextCMO`: the oscillator after adding `diff`, then the sums with `diff_n_ago`
/// taken out.
fn next_cmo(sum_up: &mut f64, sum_down: &mut f64, diff: f64, diff_n_ago: f64) -> f64 {
    if diff > 0.0 {
        *sum_up += diff;
    } else if diff < 0.0 {
        *sum_down -= diff;
    }
    let value = 100.0 * (*sum_up - *sum_down) / (*sum_up + *sum_down);
    if diff_n_ago > 0.0 {
        *sum_up -= diff_n_ago;
    } else {
        *sum_down += diff_n_ago;
    }
    value
}

/// `chandeMomentumOscillator(n:, columns:)`: each listed column becomes Chande's momentum
/// oscillator over the last `n` changes, from row `n` on.
pub fn chande_momentum_oscillator(stream: &Stream, n: i64, columns: &[&str]) -> Result<Stream, TableError> {
    let n = positive(n, "chande momentum oscillator")?;
    each(stream, |t| {
        let mut out_columns = t.columns().to_vec();
        let mut data: Vec<ArrayRef> = Vec::with_capacity(t.columns().len());
        let rows = slice(t, n, usize::MAX)?;
        for (j, c) in t.columns().iter().enumerate() {
            if !columns.contains(&&*c.label) {
                data.push(rows.arrays()[j].clone());
                continue;
            }
            let (_, diff) = raw_differences(c.ty, &t.arrays()[j]).ok_or_else(|| {
                TableError::new(format!(
                    "cannot take chande momentum oscillator of column {} (type {})",
                    c.label,
                    c.ty.flux_name()
                ))
            })?;
            let (mut up, mut down) = (0.0, 0.0);
            let mut out = Vec::with_capacity(rows.num_rows());
            for i in 0..t.num_rows() {
                let d = if i == 0 { 0.0 } else { diff(i, i - 1) };
                if i >= n {
                    let ago = diff(i + 1 - n, i - n);
                    out.push(next_cmo(&mut up, &mut down, d, ago));
                } else {
                    next_cmo(&mut up, &mut down, d, 0.0);
                }
            }
            out_columns[j] = Column::new(c.label.clone(), ColumnType::Float);
            data.push(Arc::new(Float64Array::from(out)));
        }
        Table::new(t.key().clone(), out_columns, data)
    })
}

/// Go's running average for the RSI (`moving_average.Add` with `k = 1 / n`).
struct Smoothed {
    n: usize,
    k: f64,
    index: usize,
    count: usize,
    value: f64,
    period_reached: bool,
}

impl Smoothed {
    fn new(n: usize) -> Self {
        Smoothed {
            n,
            k: 1.0 / n as f64,
            index: 0,
            count: 0,
            value: 0.0,
            period_reached: false,
        }
    }

    fn add(&mut self, v: f64) {
        self.value = if self.count == 0 {
            v
        } else if !self.period_reached {
            (self.value * self.count as f64 + v) / (self.count + 1) as f64
        } else {
            v * self.k + self.value * (1.0 - self.k)
        };
        if self.count < self.n {
            self.count += 1;
        }
        self.skip();
    }

    fn skip(&mut self) {
        if self.index + 1 == self.n {
            self.period_reached = true;
        }
        self.index += 1;
    }
}

/// `relativeStrengthIndex(n:, columns:)`: each listed column becomes the RSI of its
/// ups and downs (smoothed over `n`), from row `n` on; a table of at most `n` rows gives
/// one row with the RSI of all of them (other columns: the last row's, null for a table of
/// one row).
pub fn relative_strength_index(stream: &Stream, n: i64, columns: &[&str]) -> Result<Stream, TableError> {
    let n = positive(n, "relative strength index")?;
    each(stream, |t| {
        let rows = t.num_rows();
        let mut out_columns = t.columns().to_vec();
        let mut data: Vec<ArrayRef> = Vec::with_capacity(t.columns().len());
        let kept = slice(t, n, usize::MAX)?;
        let last = slice(t, rows.saturating_sub(1), 1)?;
        for (j, c) in t.columns().iter().enumerate() {
            if !columns.contains(&&*c.label) {
                data.push(if rows > n {
                    kept.arrays()[j].clone()
                } else if rows > 1 {
                    last.arrays()[j].clone()
                } else {
                    nulls(c.ty, 1)
                });
                continue;
            }
            let values = floats(c.ty, &t.arrays()[j]).ok_or_else(|| {
                TableError::new(format!(
                    "cannot take relative strength index of column {} (type {})",
                    c.label,
                    c.ty.flux_name()
                ))
            })?;
            let (mut up, mut down) = (Smoothed::new(n), Smoothed::new(n));
            let mut previous: Option<f64> = None;
            let mut out = Vec::with_capacity(rows.saturating_sub(n));
            for (i, v) in values.iter().enumerate() {
                match v {
                    Some(v) => {
                        let before = previous.unwrap_or(0.0);
                        up.add(if *v > before { v - before } else { 0.0 });
                        down.add(if *v < before { before - v } else { 0.0 });
                        previous = Some(*v);
                    }
                    None => {
                        up.skip();
                        down.skip();
                    }
                }
                if i >= n {
                    out.push(previous.map(|_| 100.0 - 100.0 / (1.0 + up.value / down.value)));
                }
            }
            if rows <= n {
                out = vec![Some(100.0 - 100.0 / (1.0 + up.value / down.value))];
            }
            out_columns[j] = Column::new(c.label.clone(), ColumnType::Float);
            data.push(Arc::new(Float64Array::from(out)));
        }
        Table::new(t.key().clone(), out_columns, data)
    })
}

/// `kaufmansAMA(n:, column:)`: the column becomes Kaufman's adaptive moving average, from
/// row `n` on.
pub fn kaufmans_ama(stream: &Stream, n: i64, column: &str) -> Result<Stream, TableError> {
    if n <= 0 {
        return Err(TableError::new(format!(
            "cannot take KaufmansAMA with a period of {n} (must be greater than 0)"
        )));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    each(stream, |t| {
        let mut out_columns = t.columns().to_vec();
        let mut data: Vec<ArrayRef> = Vec::with_capacity(t.columns().len());
        let kept = slice(t, n, usize::MAX)?;
        for (j, c) in t.columns().iter().enumerate() {
            if &*c.label != column {
                data.push(kept.arrays()[j].clone());
                continue;
            }
            let (values, _) = raw_differences(c.ty, &t.arrays()[j]).ok_or_else(|| {
                TableError::new(format!(
                    "cannot take KAMA of column {} (type {})",
                    c.label,
                    c.ty.flux_name()
                ))
            })?;
            let (mut up, mut down) = (0.0, 0.0);
            let mut ring = vec![0.0; n];
            let mut previous = values.first().copied().unwrap_or(0.0);
            let mut kama = 0.0;
            let mut out = Vec::with_capacity(kept.num_rows());
            for (count, &current) in values.iter().enumerate() {
                let diff = current - previous;
                if count >= n {
                    let efficiency = next_cmo(&mut up, &mut down, diff, ring[(count + 1) % n]).abs() / 100.0;
                    if count == n {
                        kama = previous;
                    }
                    // Go folds `2/(2+1) - 2/(30+1)` exactly at compile time: 56/93.
                    let (fast_minus_slow, slow) = (56.0 / 93.0, 2.0 / 31.0);
                    let sc = (efficiency * fast_minus_slow + slow).powi(2);
                    kama += sc * (current - kama);
                    out.push(kama);
                } else {
                    next_cmo(&mut up, &mut down, diff, 0.0);
                }
                ring[count % n] = diff;
                previous = current;
            }
            out_columns[j] = Column::new(c.label.clone(), ColumnType::Float);
            data.push(Arc::new(Float64Array::from(out)));
        }
        Table::new(t.key().clone(), out_columns, data)
    })
}
