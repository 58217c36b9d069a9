//! Aggregates (one row per table: the key columns, then the aggregated column): `count`,
//! `sum`, `mean`, `median`/`quantile`, `spread`, `stddev`.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, UInt64Type};
use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, PrimitiveArray, UInt64Array};

use crate::model::{Column, ColumnType, Scalar, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::kernels::{constant, slice, take};
use crate::ops::tdigest::TDigest;

/// The aggregated column of `table` (Go's checks and wording).
pub(crate) fn aggregate_column(table: &Table, column: &str) -> Result<usize, TableError> {
    let i = table
        .column_index(column)
        .ok_or_else(|| TableError::new(format!("column \"{column}\" does not exist")))?;
    if table.key().contains(column) {
        return Err(TableError::new(
            "cannot aggregate columns that are part of the group key",
        ));
    }
    Ok(i)
}

pub(crate) fn unsupported(ty: ColumnType) -> TableError {
    TableError::new(format!("unsupported aggregate column type {}", ty.flux_name()))
}

/// The one-row output table: the key columns, then `column` holding `value`.
pub(crate) fn one_row(
    table: &Table,
    column: &str,
    value: ArrayRef,
    ty: ColumnType,
) -> Result<Table, TableError> {
    let key = table.key();
    let mut columns: Vec<Column> = key.columns().to_vec();
    let mut data: Vec<ArrayRef> = key
        .columns()
        .iter()
        .zip(key.values())
        .map(|(c, v)| constant(c.ty, v, 1))
        .collect();
    columns.push(Column::new(column, ty));
    data.push(value);
    Table::new(key.clone(), columns, data)
}

fn float(value: Option<f64>) -> ArrayRef {
    Arc::new(Float64Array::from(vec![value]))
}

/// `count(column:)`: the number of rows (nulls included), as an int.
pub fn count(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        match t.columns()[c].ty {
            ColumnType::Time => Err(unsupported(ColumnType::Time)),
            _ => {
                let n = Arc::new(Int64Array::from(vec![t.num_rows() as i64]));
                one_row(t, column, n, ColumnType::Int)
            }
        }
    })
}

/// `sum(column:)`: the sum of the non-null values (int, uint or float; null when there are
/// none). Integer sums wrap around as Go's do.
pub fn sum(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        let a = &t.arrays()[c];
        let has_values = a.null_count() < a.len();
        let ty = t.columns()[c].ty;
        let value: ArrayRef = match ty {
            ColumnType::Int => {
                let s = a
                    .as_primitive::<Int64Type>()
                    .iter()
                    .flatten()
                    .fold(0i64, i64::wrapping_add);
                Arc::new(Int64Array::from(vec![has_values.then_some(s)]))
            }
            ColumnType::UInt => {
                let s = a
                    .as_primitive::<UInt64Type>()
                    .iter()
                    .flatten()
                    .fold(0u64, u64::wrapping_add);
                Arc::new(UInt64Array::from(vec![has_values.then_some(s)]))
            }
            ColumnType::Float => float(has_values.then(|| float_sum(a.as_primitive::<Float64Type>()))),
            other => return Err(unsupported(other)),
        };
        one_row(t, column, value, ty)
    })
}

/// Sum of the non-null floats, in row order (so results match a sequential sum exactly).
fn float_sum(a: &PrimitiveArray<Float64Type>) -> f64 {
    if a.null_count() == 0 {
        a.values().iter().fold(0.0, |s, v| s + v)
    } else {
        a.iter().flatten().fold(0.0, |s, v| s + v)
    }
}

/// `mean(column:)`: the mean of the non-null values of an int, uint or float column, as a
/// float (null when there are none).
pub fn mean(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        let a = &t.arrays()[c];
        let n = a.len() - a.null_count();
        let total = match t.columns()[c].ty {
            // Go sums null-free integer columns as integers (wrapping), then converts.
            ColumnType::Int if a.null_count() == 0 => {
                a.as_primitive::<Int64Type>()
                    .values()
                    .iter()
                    .fold(0i64, |s, v| s.wrapping_add(*v)) as f64
            }
            ColumnType::UInt if a.null_count() == 0 => {
                a.as_primitive::<UInt64Type>()
                    .values()
                    .iter()
                    .fold(0u64, |s, v| s.wrapping_add(*v)) as f64
            }
            ColumnType::Int => a
                .as_primitive::<Int64Type>()
                .iter()
                .flatten()
                .fold(0.0, |s, v| s + v as f64),
            ColumnType::UInt => a
                .as_primitive::<UInt64Type>()
                .iter()
                .flatten()
                .fold(0.0, |s, v| s + v as f64),
            ColumnType::Float => float_sum(a.as_primitive::<Float64Type>()),
            other => return Err(unsupported(other)),
        };
        one_row(
            t,
            column,
            float((n > 0).then(|| total / n as f64)),
            ColumnType::Float,
        )
    })
}

/// How `quantile` computes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QuantileMethod {
    /// A t-digest estimate with the given compression (Flux's default 1000 when 0).
    EstimateTdigest(f64),
    /// Linear interpolation between the two nearest values (float columns).
    ExactMean,
    /// The row holding the value at the quantile (any column type).
    ExactSelector,
}

impl QuantileMethod {
    /// The method from Flux's `method` and `compression` arguments.
    pub fn parse(method: &str, compression: f64) -> Result<Self, TableError> {
        if compression > 0.0 && method != "estimate_tdigest" {
            return Err(TableError::new(
                "compression parameter is only valid for method estimate_tdigest",
            ));
        }
        match method {
            "estimate_tdigest" => Ok(QuantileMethod::EstimateTdigest(compression)),
            "exact_mean" => Ok(QuantileMethod::ExactMean),
            "exact_selector" => Ok(QuantileMethod::ExactSelector),
            other => Err(TableError::new(format!("unknown method {other}"))),
        }
    }
}

/// `median(column:, method:)`: `quantile` at 0.5.
pub fn median(stream: &Stream, column: &str, method: QuantileMethod) -> Result<Stream, TableError> {
    quantile(stream, column, 0.5, method)
}

/// `quantile(column:, q:, method:)`.
pub fn quantile(stream: &Stream, column: &str, q: f64, method: QuantileMethod) -> Result<Stream, TableError> {
    if !(0.0..=1.0).contains(&q) {
        return Err(TableError::new("quantile must be between 0 and 1"));
    }
    match method {
        QuantileMethod::ExactSelector => each(stream, |t| quantile_row(t, column, q)),
        QuantileMethod::ExactMean => each(stream, |t| {
            let c = aggregate_column(t, column)?;
            let mut data: Vec<f64> = match t.columns()[c].ty {
                ColumnType::Float => t.arrays()[c]
                    .as_primitive::<Float64Type>()
                    .iter()
                    .flatten()
                    .collect(),
                other => return Err(unsupported(other)),
            };
            data.sort_by(f64::total_cmp);
            let value = (!data.is_empty()).then(|| {
                let x = q * (data.len() - 1) as f64;
                let (x0, x1) = (x.floor(), x.ceil());
                let (y0, y1) = (data[x0 as usize], data[x1 as usize]);
                if x0 == x1 {
                    y0
                } else {
                    y0 * (x1 - x) + y1 * (x - x0)
                }
            });
            one_row(t, column, float(value), ColumnType::Float)
        }),
        QuantileMethod::EstimateTdigest(compression) => {
            let compression = if compression == 0.0 { 1000.0 } else { compression };
            each(stream, |t| {
                let c = aggregate_column(t, column)?;
                let a = &t.arrays()[c];
                let mut digest = TDigest::new(compression);
                match t.columns()[c].ty {
                    ColumnType::Float => a
                        .as_primitive::<Float64Type>()
                        .iter()
                        .flatten()
                        .for_each(|v| digest.add(v)),
                    ColumnType::Int => {
                        a.as_primitive::<Int64Type>()
                            .iter()
                            .flatten()
                            .for_each(|v| digest.add(v as f64));
                    }
                    ColumnType::UInt => {
                        a.as_primitive::<UInt64Type>()
                            .iter()
                            .flatten()
                            .for_each(|v| digest.add(v as f64));
                    }
                    other => return Err(unsupported(other)),
                }
                let value = (a.null_count() < a.len()).then(|| digest.quantile(q));
                one_row(t, column, float(value), ColumnType::Float)
            })
        }
    }
}

/// The `exact_selector` quantile: the row whose value ranks at `q` (stable order, nulls
/// left out); with no value, one row of nulls but for the key columns.
fn quantile_row(table: &Table, column: &str, q: f64) -> Result<Table, TableError> {
    let c = table
        .column_index(column)
        .ok_or_else(|| TableError::new(format!("no column \"{column}\" exists")))?;
    let a = &table.arrays()[c];
    let mut rows: Vec<u32> = (0..a.len() as u32).filter(|&i| a.is_valid(i as usize)).collect();
    if rows.is_empty() {
        let key = table.key();
        let data = table
            .columns()
            .iter()
            .map(|col| constant(col.ty, key.value(&col.label).unwrap_or(&Scalar::Null), 1))
            .collect();
        return Table::new(key.clone(), table.columns().to_vec(), data);
    }
    let cmp = arrow_ord::ord::make_comparator(a.as_ref(), a.as_ref(), Default::default())
        .map_err(crate::ops::kernels::arrow_error)?;
    rows.sort_by(|&x, &y| cmp(x as usize, y as usize));
    let x = q * rows.len() as f64;
    let index = (x.ceil() as usize).saturating_sub(1).min(rows.len() - 1);
    let picked = take(table, &arrow_array::UInt32Array::from(vec![rows[index]]))?;
    slice(&picked, 0, 1)
}

/// `spread(column:)`: max minus min of the non-null values (int gives int, uint gives uint,
/// float gives float; null when there are none).
pub fn spread(stream: &Stream, column: &str) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        let a = &t.arrays()[c];
        let ty = t.columns()[c].ty;
        let value: ArrayRef = match ty {
            ColumnType::Int => {
                let v = a.as_primitive::<Int64Type>();
                let range = min_max(v.iter().flatten()).map(|(lo, hi)| hi.wrapping_sub(lo));
                Arc::new(Int64Array::from(vec![range]))
            }
            ColumnType::UInt => {
                let v = a.as_primitive::<UInt64Type>();
                let range = min_max(v.iter().flatten()).map(|(lo, hi)| hi.wrapping_sub(lo));
                Arc::new(UInt64Array::from(vec![range]))
            }
            ColumnType::Float => {
                let v = a.as_primitive::<Float64Type>().iter().flatten();
                let range = v.fold(None, |acc: Option<(f64, f64)>, x| match acc {
                    None => Some((x, x)),
                    Some((lo, hi)) => Some((if x < lo { x } else { lo }, if x > hi { x } else { hi })),
                });
                float(range.map(|(lo, hi)| hi - lo))
            }
            other => return Err(unsupported(other)),
        };
        one_row(t, column, value, ty)
    })
}

fn min_max<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Option<(T, T)> {
    values.fold(None, |acc, x| match acc {
        None => Some((x, x)),
        Some((lo, hi)) => Some((lo.min(x), hi.max(x))),
    })
}

/// `stddev(column:, mode:)`: the standard deviation of the non-null values, `sample` (n - 1)
/// or `population` (n), as a float; null without values, NaN for one sample value.
pub fn stddev(stream: &Stream, column: &str, population: bool) -> Result<Stream, TableError> {
    each(stream, |t| {
        let c = aggregate_column(t, column)?;
        let a = &t.arrays()[c];
        let values: Vec<f64> = match t.columns()[c].ty {
            ColumnType::Float => a.as_primitive::<Float64Type>().iter().flatten().collect(),
            ColumnType::Int => a
                .as_primitive::<Int64Type>()
                .iter()
                .flatten()
                .map(|v| v as f64)
                .collect(),
            ColumnType::UInt => a
                .as_primitive::<UInt64Type>()
                .iter()
                .flatten()
                .map(|v| v as f64)
                .collect(),
            other => return Err(unsupported(other)),
        };
        // Welford's running mean and sum of squared differences, as Go computes it.
        let (mut n, mut mean, mut m2) = (0.0f64, 0.0f64, 0.0f64);
        for v in values {
            n += 1.0;
            let delta = v - mean;
            mean += delta / n;
            m2 += delta * (v - mean);
        }
        let divisor = if population { n } else { n - 1.0 };
        let value = (n > 0.0).then(|| {
            if divisor < 1.0 {
                f64::NAN
            } else {
                (m2 / divisor).sqrt()
            }
        });
        one_row(t, column, float(value), ColumnType::Float)
    })
}
