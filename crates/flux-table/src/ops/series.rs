//! Row-to-row transformations of time series: `difference`, `derivative`, `cumulativeSum`,
//! `increase`, `elapsed`, `movingAverage`.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, ArrayRef, BooleanArray, Float64Array, Int64Array, UInt64Array};

use crate::model::{Column, ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::kernels::{filter_by_mask, slice};

/// The options of `difference`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DifferenceOptions {
    /// A negative difference gives null (or, with `initial_zero`, the current value).
    pub non_negative: bool,
    /// Keep the first row (its difference is null, or 0 with `initial_zero`).
    pub keep_first: bool,
    /// Use 0 as the value before the first row.
    pub initial_zero: bool,
}

/// Go's per-value difference step: the previous valid value, whether there is one.
struct Step<T> {
    previous: Option<T>,
    options: DifferenceOptions,
}

impl<T: Copy> Step<T> {
    /// The difference for `value` (None is a null output); `sub` gives current - previous
    /// and whether it is non-negative, `as_out` the current value itself when it may
    /// replace a negative difference.
    fn next<O>(
        &mut self,
        value: Option<T>,
        sub: impl Fn(T, T) -> (O, bool),
        as_out: impl Fn(T) -> Option<O>,
        zero: O,
    ) -> Option<O> {
        let v = value?;
        let Some(prev) = self.previous.replace(v) else {
            return (self.options.keep_first && self.options.initial_zero).then_some(zero);
        };
        let (diff, non_negative) = sub(v, prev);
        if non_negative || !self.options.non_negative {
            Some(diff)
        } else if self.options.initial_zero {
            as_out(v)
        } else {
            None
        }
    }
}

/// `difference(columns:, nonNegative:, keepFirst:, initialZero:)`: each listed column holds
/// the difference from the previous non-null value (int and uint give int, float gives
/// float); the first row is dropped unless `keep_first`.
pub fn difference(
    stream: &Stream,
    columns: &[&str],
    options: DifferenceOptions,
) -> Result<Stream, TableError> {
    each(stream, |t| {
        let mut out_columns = t.columns().to_vec();
        let mut data = t.arrays().to_vec();
        for (j, c) in t.columns().iter().enumerate() {
            if !columns.contains(&&*c.label) {
                continue;
            }
            let a = &t.arrays()[j];
            let new: ArrayRef = match c.ty {
                ColumnType::Int => {
                    let mut s = Step {
                        previous: None,
                        options,
                    };
                    let v = a.as_primitive::<Int64Type>();
                    Arc::new(Int64Array::from_iter(v.iter().map(|x| {
                        s.next(
                            x,
                            |c, p| (c.wrapping_sub(p), c.wrapping_sub(p) >= 0),
                            |c| (c >= 0).then_some(c),
                            0,
                        )
                    })))
                }
                ColumnType::UInt => {
                    let mut s = Step {
                        previous: None,
                        options,
                    };
                    let v = a.as_primitive::<UInt64Type>();
                    Arc::new(Int64Array::from_iter(v.iter().map(|x| {
                        s.next(
                            x,
                            |c, p| (c.wrapping_sub(p) as i64, c.wrapping_sub(p) as i64 >= 0),
                            |c| (c as i64 >= 0).then_some(c as i64),
                            0,
                        )
                    })))
                }
                ColumnType::Float => {
                    let mut s = Step {
                        previous: None,
                        options,
                    };
                    let v = a.as_primitive::<Float64Type>();
                    Arc::new(Float64Array::from_iter(v.iter().map(|x| {
                        s.next(x, |c, p| (c - p, c - p >= 0.0), |c| (c >= 0.0).then_some(c), 0.0)
                    })))
                }
                ColumnType::Time => {
                    return Err(TableError::new(
                        "difference does not support time columns. Try the elapsed function",
                    ));
                }
                other => {
                    return Err(TableError::new(format!(
                        "difference does not support column \"{}\" of type \"{}\"",
                        c.label,
                        other.flux_name()
                    )));
                }
            };
            out_columns[j] = Column::new(
                c.label.clone(),
                if c.ty == ColumnType::Float {
                    c.ty
                } else {
                    ColumnType::Int
                },
            );
            data[j] = new;
        }
        let whole = Table::new(t.key().clone(), out_columns, data)?;
        if options.keep_first {
            Ok(whole)
        } else {
            slice(&whole, 1, usize::MAX)
        }
    })
}

/// `cumulativeSum(columns:)`: each listed int, uint or float column holds the running sum of
/// its non-null values (a null row shows the sum so far); other columns are left alone.
pub fn cumulative_sum(stream: &Stream, columns: &[&str]) -> Result<Stream, TableError> {
    each(stream, |t| {
        let mut data = t.arrays().to_vec();
        for (j, c) in t.columns().iter().enumerate() {
            if !columns.contains(&&*c.label) {
                continue;
            }
            let a = &t.arrays()[j];
            data[j] = match c.ty {
                ColumnType::Int => {
                    let mut sum = 0i64;
                    Arc::new(Int64Array::from_iter_values(
                        a.as_primitive::<Int64Type>().iter().map(|v| {
                            sum = sum.wrapping_add(v.unwrap_or(0));
                            sum
                        }),
                    ))
                }
                ColumnType::UInt => {
                    let mut sum = 0u64;
                    Arc::new(UInt64Array::from_iter_values(
                        a.as_primitive::<UInt64Type>().iter().map(|v| {
                            sum = sum.wrapping_add(v.unwrap_or(0));
                            sum
                        }),
                    ))
                }
                ColumnType::Float => {
                    let mut sum = 0f64;
                    Arc::new(Float64Array::from_iter_values(
                        a.as_primitive::<Float64Type>().iter().map(|v| {
                            if let Some(v) = v {
                                sum += v;
                            }
                            sum
                        }),
                    ))
                }
                _ => continue,
            };
        }
        Table::new(t.key().clone(), t.columns().to_vec(), data)
    })
}

/// `increase(columns:)`: `difference(nonNegative: true, keepFirst: true, initialZero: true)`
/// then `cumulativeSum`.
pub fn increase(stream: &Stream, columns: &[&str]) -> Result<Stream, TableError> {
    let options = DifferenceOptions {
        non_negative: true,
        keep_first: true,
        initial_zero: true,
    };
    cumulative_sum(&difference(stream, columns, options)?, columns)
}

/// The options of `derivative`.
#[derive(Clone, Copy, Debug)]
pub struct DerivativeOptions<'a> {
    /// The time unit of the rate, in nanoseconds (`1s` by default).
    pub unit: i64,
    /// A decrease gives null (or 0 with `initial_zero`).
    pub non_negative: bool,
    /// With `non_negative`, a decrease gives 0 instead of null.
    pub initial_zero: bool,
    /// The time column (`_time`).
    pub time_column: &'a str,
}

impl Default for DerivativeOptions<'static> {
    fn default() -> Self {
        DerivativeOptions {
            unit: 1_000_000_000,
            non_negative: false,
            initial_zero: false,
            time_column: "_time",
        }
    }
}

/// `derivative(columns:, unit:, nonNegative:, initialZero:, timeColumn:)`: each listed int,
/// uint or float column becomes the float rate of change per `unit` from the previous
/// non-null value. Rows repeating the previous time are dropped, and so is the first row;
/// a null time or a time going backwards is an error.
pub fn derivative(
    stream: &Stream,
    columns: &[&str],
    options: &DerivativeOptions,
) -> Result<Stream, TableError> {
    each(stream, |t| {
        let ti = t
            .column_index(options.time_column)
            .ok_or_else(|| TableError::new(format!("no column \"{}\" exists", options.time_column)))?;
        if t.columns()[ti].ty != ColumnType::Time {
            return Err(TableError::new(format!(
                "time column \"{}\" is type {} and not time",
                options.time_column,
                t.columns()[ti].ty.flux_name()
            )));
        }
        for c in t.columns().iter().filter(|c| columns.contains(&&*c.label)) {
            if !matches!(c.ty, ColumnType::Int | ColumnType::UInt | ColumnType::Float) {
                return Err(TableError::new(format!(
                    "unsupported derivative column type {}:{}",
                    c.label,
                    c.ty.flux_name()
                )));
            }
        }
        let times = t.arrays()[ti].as_primitive::<TimestampNanosecondType>();
        if times.null_count() > 0 {
            return Err(TableError::new("derivative found null time in time column"));
        }
        let times = times.values();
        let mut keep = Vec::with_capacity(times.len());
        for (i, &time) in times.iter().enumerate() {
            match i.checked_sub(1).map(|p| times[p]) {
                Some(prev) if time < prev => {
                    return Err(TableError::new(
                        "derivative found out-of-order times in time column",
                    ));
                }
                Some(prev) => keep.push(time != prev),
                None => keep.push(true),
            }
        }
        let t = filter_by_mask(t, &BooleanArray::from(keep))?;
        let ti = t.column_index(options.time_column).unwrap_or(ti);
        let times = t.arrays()[ti]
            .as_primitive::<TimestampNanosecondType>()
            .values()
            .to_vec();
        let mut out_columns = t.columns().to_vec();
        let mut data = t.arrays().to_vec();
        for (j, c) in t.columns().iter().enumerate() {
            if !columns.contains(&&*c.label) {
                continue;
            }
            let a = &t.arrays()[j];
            let values: Vec<Option<f64>> = match c.ty {
                ColumnType::Int => a
                    .as_primitive::<Int64Type>()
                    .iter()
                    .map(|v| v.map(|v| v as f64))
                    .collect(),
                ColumnType::UInt => a
                    .as_primitive::<UInt64Type>()
                    .iter()
                    .map(|v| v.map(|v| v as f64))
                    .collect(),
                _ => a.as_primitive::<Float64Type>().iter().collect(),
            };
            // Integer differences are taken before converting, as Go does.
            let int_diff = |i: usize, p: usize| -> f64 {
                match c.ty {
                    ColumnType::Int => {
                        let v = a.as_primitive::<Int64Type>();
                        v.value(i).wrapping_sub(v.value(p)) as f64
                    }
                    ColumnType::UInt => {
                        let v = a.as_primitive::<UInt64Type>();
                        let (cv, pv) = (v.value(i), v.value(p));
                        if pv > cv {
                            -((pv - cv) as f64)
                        } else {
                            (cv - pv) as f64
                        }
                    }
                    _ => values[i].unwrap_or(0.0) - values[p].unwrap_or(0.0),
                }
            };
            let mut previous: Option<usize> = values.first().and_then(|v| v.map(|_| 0));
            let mut out: Vec<Option<f64>> = Vec::with_capacity(values.len());
            for i in 1..values.len() {
                let Some(cv) = values[i] else {
                    out.push(None);
                    continue;
                };
                let Some(p) = previous else {
                    out.push(None);
                    previous = Some(i);
                    continue;
                };
                let pv = values[p].unwrap_or(0.0);
                if options.non_negative && pv > cv {
                    out.push(options.initial_zero.then_some(0.0));
                } else {
                    let elapsed = (times[i] - times[p]) as f64 / options.unit as f64;
                    out.push(Some(int_diff(i, p) / elapsed));
                }
                previous = Some(i);
            }
            out_columns[j] = Column::new(c.label.clone(), ColumnType::Float);
            // The first row is dropped below; give it a placeholder.
            let mut column = vec![None];
            column.extend(out);
            if values.is_empty() {
                column.clear();
            }
            data[j] = Arc::new(Float64Array::from(column));
        }
        slice(&Table::new(t.key().clone(), out_columns, data)?, 1, usize::MAX)
    })
}

/// `elapsed(unit:, timeColumn:, columnName:)`: a new int column with the time since the
/// previous row in `unit`s; the first row is dropped.
pub fn elapsed(
    stream: &Stream,
    unit: i64,
    time_column: &str,
    column_name: &str,
) -> Result<Stream, TableError> {
    each(stream, |t| {
        let ti = t
            .column_index(time_column)
            .ok_or_else(|| TableError::new(format!("column \"{time_column}\" does not exist")))?;
        if t.columns()[ti].ty != ColumnType::Time {
            return slice(t, 1, usize::MAX);
        }
        let times = t.arrays()[ti].as_primitive::<TimestampNanosecondType>().values();
        let gaps: Vec<i64> = std::iter::once(0)
            .chain(
                times
                    .windows(2)
                    .map(|w| ((w[1] as f64 - w[0] as f64) / unit as f64) as i64),
            )
            .collect();
        let mut columns = t.columns().to_vec();
        let mut data = t.arrays().to_vec();
        columns.push(Column::new(column_name, ColumnType::Int));
        data.push(Arc::new(Int64Array::from(gaps)));
        slice(&Table::new(t.key().clone(), columns, data)?, 1, usize::MAX)
    })
}

/// `movingAverage(n:)`: `_value` becomes the float mean of the non-null values among the
/// last `n` rows, from the `n`-th row on; a table of fewer than `n` rows gives its last row
/// with the mean of all its values.
pub fn moving_average(stream: &Stream, n: i64) -> Result<Stream, TableError> {
    if n <= 0 {
        return Err(TableError::new(format!(
            "cannot take moving average with a period of {n} (must be greater than 0)"
        )));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    each(stream, |t| {
        let vi = t
            .column_index("_value")
            .ok_or_else(|| TableError::new("cannot find _value column"))?;
        let a = &t.arrays()[vi];
        let values: Vec<Option<f64>> = match t.columns()[vi].ty {
            ColumnType::Float => a.as_primitive::<Float64Type>().iter().collect(),
            ColumnType::Int => a
                .as_primitive::<Int64Type>()
                .iter()
                .map(|v| v.map(|v| v as f64))
                .collect(),
            ColumnType::UInt => a
                .as_primitive::<UInt64Type>()
                .iter()
                .map(|v| v.map(|v| v as f64))
                .collect(),
            other => {
                return Err(TableError::new(format!(
                    "cannot take moving average of column _value (type {})",
                    other.flux_name()
                )));
            }
        };
        let mean = |window: &[Option<f64>]| {
            let (sum, count) = window
                .iter()
                .flatten()
                .fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
            (count > 0).then(|| sum / count as f64)
        };
        let (first_row, averages): (usize, Vec<Option<f64>>) = if values.is_empty() {
            (0, Vec::new())
        } else if values.len() < n {
            (values.len() - 1, vec![mean(&values)])
        } else {
            (n - 1, values.windows(n).map(mean).collect())
        };
        let rows = slice(t, first_row, usize::MAX)?;
        let mut columns = rows.columns().to_vec();
        let mut data = rows.arrays().to_vec();
        columns[vi] = Column::new("_value", ColumnType::Float);
        data[vi] = Arc::new(Float64Array::from(averages));
        Table::new(rows.key().clone(), columns, data)
    })
}
