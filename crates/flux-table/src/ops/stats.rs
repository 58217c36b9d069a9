//! Statistics over tables: `skew`, `covariance` (and Pearson's r), `histogram`,
//! `histogramQuantile` and the row selector `sample`.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Float64Type;
use arrow_array::{Array, ArrayRef, Float64Array, UInt32Array};

use crate::model::{Column, ColumnType, Stream, Table, TableError};
use crate::ops::aggregate::{aggregate_column, one_row, unsupported};
use crate::ops::each;
use crate::ops::integral::floats;
use crate::ops::kernels::{constant, take};

/// `skew(column:)`: the skewness of the non-null values (NaN for fewer than two, null for
/// none), as Go's running moments compute it.
pub fn skew(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        let ty = t.columns()[c].ty;
        let values = floats(ty, &t.arrays()[c]).ok_or_else(|| unsupported(ty))?;
        let (mut n, mut m1, mut m2, mut m3) = (0f64, 0f64, 0f64, 0f64);
        for v in values.into_iter().flatten() {
            let n0 = n;
            n += 1.0;
            let delta = v - m1;
            let delta_n = delta / n;
            let term = delta * delta_n * n0;
            m3 += term * delta_n * (n - 2.0) - 3.0 * delta_n * m2;
            m2 += term;
            m1 += delta_n;
        }
        let value = match n {
            0.0 => None,
            n if n < 2.0 => Some(f64::NAN),
            n => Some(n.sqrt() * m3 / m2.powf(1.5)),
        };
        let value: ArrayRef = Arc::new(Float64Array::from(vec![value]));
        one_row(t, column, value, ColumnType::Float)
    })
}

/// The key columns of `table` repeated `rows` times, as the first columns of an output.
fn key_columns(table: &Table, rows: usize) -> (Vec<Column>, Vec<ArrayRef>) {
    let key = table.key();
    let columns = key.columns().to_vec();
    let data = key
        .columns()
        .iter()
        .zip(key.values())
        .map(|(c, v)| constant(c.ty, v, rows))
        .collect();
    (columns, data)
}

/// `covariance(columns: [x, y], pearsonr:, valueDst:)`: the sample covariance of two
/// float columns over the rows where both are set (or Pearson's r), one row per table.
pub fn covariance(
    stream: &Stream,
    x: &str,
    y: &str,
    pearsonr: bool,
    value_dst: &str,
) -> Result<Stream, TableError> {
    each(stream, |t| {
        let missing = |c: &str| {
            TableError::new(format!(
                "covariance: specified column does not exist in table: {c}"
            ))
        };
        let xi = t.column_index(x).ok_or_else(|| missing(x))?;
        let yi = t.column_index(y).ok_or_else(|| missing(y))?;
        let ty = t.columns()[xi].ty;
        if ty != t.columns()[yi].ty {
            return Err(TableError::new(
                "cannot compute the covariance between different types",
            ));
        }
        if ty != ColumnType::Float && !t.is_empty() {
            return Err(TableError::new(format!(
                "covariance does not support {}",
                ty.flux_name()
            )));
        }
        let (mut n, mut xm1, mut ym1, mut xm2, mut ym2, mut xym2) = (0f64, 0f64, 0f64, 0f64, 0f64, 0f64);
        if ty == ColumnType::Float {
            let xs = t.arrays()[xi].as_primitive::<Float64Type>();
            let ys = t.arrays()[yi].as_primitive::<Float64Type>();
            for (xv, yv) in xs.iter().zip(ys.iter()) {
                let (Some(xv), Some(yv)) = (xv, yv) else { continue };
                n += 1.0;
                let xd = xv - xm1;
                let yd = yv - ym1;
                xm1 += xd / n;
                ym1 += yd / n;
                xm2 += xd * (xv - xm1);
                ym2 += yd * (yv - ym1);
                xym2 += xd * (yv - ym1);
            }
        }
        let value = if n < 2.0 {
            f64::NAN
        } else if pearsonr {
            xym2 / (xm2 * ym2).sqrt()
        } else {
            xym2 / (n - 1.0)
        };
        let (mut columns, mut data) = key_columns(t, 1);
        columns.push(Column::new(value_dst, ColumnType::Float));
        data.push(Arc::new(Float64Array::from(vec![value])));
        Table::new(t.key().clone(), columns, data)
    })
}

/// The options of `histogram`.
#[derive(Clone, Debug)]
pub struct HistogramOptions<'a> {
    /// The float column counted (`_value`).
    pub column: &'a str,
    /// The column receiving each bin's upper bound (`le`).
    pub upper_bound_column: &'a str,
    /// The column receiving the cumulative counts (`_value`).
    pub count_column: &'a str,
    /// The upper bounds of the bins (sorted here).
    pub bins: Vec<f64>,
    /// Divide the counts by the number of values.
    pub normalize: bool,
}

/// `histogram(...)`: per table, one row per bin: the key columns, the bin's upper bound and
/// the number of values at or below it (cumulative).
pub fn histogram(stream: &Stream, options: &HistogramOptions) -> Result<Stream, TableError> {
    let mut bins = options.bins.clone();
    bins.sort_by(f64::total_cmp);
    each(stream, |t| {
        let c = t
            .column_index(options.column)
            .ok_or_else(|| TableError::new(format!("column {:?} is missing", options.column)))?;
        if t.columns()[c].ty != ColumnType::Float {
            return Err(TableError::new(format!(
                "column {:?} must be a float got {}",
                options.column,
                t.columns()[c].ty.flux_name()
            )));
        }
        let values = t.arrays()[c].as_primitive::<Float64Type>();
        let total = (values.len() - values.null_count()) as f64;
        let mut counts = vec![0f64; bins.len()];
        for v in values.iter().flatten() {
            let i = bins.partition_point(|b| v > *b);
            let Some(count) = counts.get_mut(i) else {
                return Err(TableError::new(format!(
                    "found value greater than any bin, {i} {} {v:.6} {:.6}",
                    bins.len(),
                    bins.last().copied().unwrap_or(f64::NAN),
                )));
            };
            *count += 1.0;
        }
        let mut running = 0.0;
        let cumulative: Vec<f64> = counts
            .iter()
            .map(|c| {
                running += c;
                if options.normalize {
                    running / total
                } else {
                    running
                }
            })
            .collect();
        let (mut columns, mut data) = key_columns(t, bins.len());
        columns.push(Column::new(options.upper_bound_column, ColumnType::Float));
        data.push(Arc::new(Float64Array::from(bins.clone())));
        columns.push(Column::new(options.count_column, ColumnType::Float));
        data.push(Arc::new(Float64Array::from(cumulative)));
        Table::new(t.key().clone(), columns, data)
    })
}

/// What `histogramQuantile` does with counts that decrease.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnNonmonotonic {
    /// Fail.
    Error,
    /// Output no row for the table.
    Drop,
    /// Raise each count to the one before it.
    Force,
}

/// The options of `histogramQuantile`.
#[derive(Clone, Debug)]
pub struct HistogramQuantileOptions<'a> {
    /// The quantile, 0 to 1.
    pub quantile: f64,
    /// The cumulative counts (`_value`).
    pub count_column: &'a str,
    /// The bins' upper bounds (`le`).
    pub upper_bound_column: &'a str,
    /// The output column (`_value`).
    pub value_column: &'a str,
    /// The lower bound of the first bin (0).
    pub min_value: f64,
    /// Decreasing counts.
    pub on_nonmonotonic: OnNonmonotonic,
}

/// The quantile of a cumulative histogram (sorted by upper bound), `Ok(None)` for a null,
/// `Err(None)` to drop the table.
fn quantile_of(
    cdf: &mut [(f64, f64)],
    o: &HistogramQuantileOptions,
) -> Result<Option<f64>, Option<TableError>> {
    if cdf.is_empty() {
        return Err(Some(TableError::new("histogram is empty")));
    }
    let mut previous = 0.0;
    for bucket in cdf.iter_mut() {
        if bucket.1 < previous {
            match o.on_nonmonotonic {
                OnNonmonotonic::Force => bucket.1 = previous,
                OnNonmonotonic::Drop => return Err(None),
                OnNonmonotonic::Error => {
                    return Err(Some(TableError::new(
                        "histogram records counts are not monotonic",
                    )));
                }
            }
        } else {
            previous = bucket.1;
        }
    }
    let total = cdf[cdf.len() - 1].1;
    if total == 0.0 {
        return Ok(None);
    }
    let rank = o.quantile * total;
    let rank_index = cdf.iter().rposition(|b| rank >= b.1);
    let (lower_count, lower_bound, upper_count, upper_bound) = match rank_index {
        None => (0.0, o.min_value, cdf[0].1, cdf[0].0),
        Some(i) if i == cdf.len() - 1 => return Ok(Some(cdf[i].0)),
        Some(i) => (cdf[i].1, cdf[i].0, cdf[i + 1].1, cdf[i + 1].0),
    };
    if rank == lower_count {
        return Ok(Some(lower_bound));
    }
    if lower_bound == f64::NEG_INFINITY {
        return Ok(Some(upper_bound));
    }
    if upper_bound == f64::INFINITY {
        return Ok(Some(lower_bound));
    }
    let scale = (rank - lower_count) / (upper_count - lower_count);
    Ok(Some(lower_bound + (upper_bound - lower_bound) * scale))
}

/// `histogramQuantile(...)`: per table of cumulative bins, the key columns and the
/// quantile, linearly interpolated within its bin.
pub fn histogram_quantile(stream: &Stream, o: &HistogramQuantileOptions) -> Result<Stream, TableError> {
    each(stream, |t| {
        let float_column = |label: &str, what: &str| -> Result<usize, TableError> {
            let i = t
                .column_index(label)
                .ok_or_else(|| TableError::new(format!("table is missing {what} column {label:?}")))?;
            if t.columns()[i].ty != ColumnType::Float {
                return Err(TableError::new(format!(
                    "{what} column {label:?} must be of type float"
                )));
            }
            Ok(i)
        };
        let ci = float_column(o.count_column, "count")?;
        let ui = float_column(o.upper_bound_column, "upper bound")?;
        let counts = t.arrays()[ci].as_primitive::<Float64Type>();
        let bounds = t.arrays()[ui].as_primitive::<Float64Type>();
        let mut cdf = Vec::with_capacity(t.num_rows());
        for (count, bound) in counts.iter().zip(bounds.iter()) {
            let count = count.ok_or_else(|| TableError::new("unexpected null in the countColumn"))?;
            let bound = bound.ok_or_else(|| TableError::new("unexpected null in the upperBoundColumn"))?;
            cdf.push((bound, count));
        }
        if cdf.windows(2).any(|w| w[0].0 > w[1].0) {
            cdf.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        let value = match quantile_of(&mut cdf, o) {
            Ok(v) => Some(v),
            Err(None) => None,
            Err(Some(e)) => return Err(e),
        };
        let rows = usize::from(value.is_some());
        let (mut columns, mut data) = key_columns(t, rows);
        columns.push(Column::new(o.value_column, ColumnType::Float));
        data.push(Arc::new(Float64Array::from(
            value.into_iter().collect::<Vec<_>>(),
        )));
        Table::new(t.key().clone(), columns, data)
    })
}

/// `sample(n:, pos:, column:)`: rows `pos`, `pos + n`, `pos + 2n`, ... of each table
/// (`pos` drawn by `random_pos` for each table when not given).
pub fn sample(
    stream: &Stream,
    n: usize,
    pos: Option<usize>,
    column: &str,
    mut random_pos: impl FnMut() -> usize,
) -> Result<Stream, TableError> {
    each(stream, |t| {
        if t.column_index(column).is_none() {
            return Err(TableError::new(format!("no column {column:?} exists")));
        }
        let first = pos.unwrap_or_else(&mut random_pos);
        let rows: Vec<u32> = (first..t.num_rows())
            .step_by(n.max(1))
            .map(|r| r as u32)
            .collect();
        take(t, &UInt32Array::from(rows))
    })
}
