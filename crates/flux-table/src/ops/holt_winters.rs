//! `holtWinters`: Holt-Winters forecasting as Go Flux does it: the series is bucketed by
//! `interval`, the model's parameters are fitted with the Nelder-Mead method (the gonum
//! implementation Go uses, step for step, from 16 starting points), and `n` values are
//! forecast after the last one.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampNanosecondType;
use arrow_array::{Array, ArrayRef, Float64Array, TimestampNanosecondArray};

use crate::model::{Column, ColumnType, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::integral::floats;
use crate::ops::kernels::constant;

/// The options of `holtWinters`.
#[derive(Clone, Copy, Debug)]
pub struct HoltWintersOptions<'a> {
    /// How many values to forecast.
    pub n: i64,
    /// The bucket width and the distance between forecast times, in nanoseconds.
    pub interval: i64,
    /// Also output the fitted values, from the first time on.
    pub with_fit: bool,
    /// The column forecast (`_value`).
    pub column: &'a str,
    /// The time column (`_time`).
    pub time_column: &'a str,
    /// The season length (0 or 1: no seasons).
    pub seasonality: i64,
    /// Add a `minSSE` column with the fit's sum of squared errors.
    pub with_min_sse: bool,
}

/// The most buckets the series may have (Go has no limit and runs out of memory).
const MAX_BUCKETS: i128 = 1 << 24;

/// Go's `values.Time.Round`.
fn round(t: i64, d: i64) -> i64 {
    if d <= 0 {
        return t;
    }
    let r = t % d;
    if (r as u64).wrapping_add(r as u64) < d as u64 {
        t.wrapping_sub(r)
    } else {
        t.wrapping_add(d.wrapping_sub(r))
    }
}

/// The series bucketed by `interval` (Go's `getCleanData`): one value per bucket (the
/// first row in it), a null for each empty bucket; leading nulls are skipped. Also the
/// first and last times used.
fn clean_data(
    values: &[Option<f64>],
    times: &TimestampNanosecondArray,
    interval: i64,
) -> Result<(Vec<Option<f64>>, i64, i64), TableError> {
    if interval <= 0 {
        // Go loops forever here.
        return Err(TableError::new("holtWinters: interval must be positive"));
    }
    let mut out = Vec::new();
    let (mut start, mut stop) = (0i64, 0i64);
    let mut bucket_end: i64 = -1;
    let mut filled = false;
    for (i, value) in values.iter().enumerate() {
        if !times.is_valid(i) {
            continue;
        }
        if value.is_some_and(|v| !v.is_finite()) {
            return Err(TableError::new("NaN/Inf in input"));
        }
        let first = bucket_end == -1;
        if first && value.is_none() {
            continue;
        }
        let time = times.value(i);
        let rounded = round(time, interval);
        if first {
            start = time;
            bucket_end = rounded;
            out.push(*value);
            filled = true;
            continue;
        }
        if rounded <= bucket_end && filled {
            continue;
        }
        let gaps = (i128::from(rounded) - i128::from(bucket_end)) / i128::from(interval) - 1;
        if gaps > 0 && out.len() as i128 + gaps > MAX_BUCKETS {
            return Err(TableError::new(format!(
                "holtWinters: more than {MAX_BUCKETS} intervals between the first and last times; widen interval"
            )));
        }
        let mut end = i128::from(bucket_end) + i128::from(interval);
        while i128::from(rounded) > end {
            out.push(None);
            end += i128::from(interval);
        }
        bucket_end = end as i64;
        out.push(*value);
        filled = true;
        stop = time;
    }
    Ok((out, start, stop))
}

/// The Holt-Winters model over one series (Go's `holt_winters.HoltWinters`).
struct Model<'v> {
    n: usize,
    seasonal: bool,
    with_fit: bool,
    values: &'v [Option<f64>],
}

const SEASONALS_START: usize = 6;

impl Model<'_> {
    fn value(&self, i: usize) -> f64 {
        self.values.get(i).copied().flatten().unwrap_or(0.0)
    }

    /// The fitted values (`only_fit`) or the forecast, with `params` (constrained and, for
    /// seasons, updated in place).
    fn forecast(&self, params: &mut [f64], only_fit: bool) -> Vec<f64> {
        let h = if only_fit { 0 } else { self.n };
        for p in params.iter_mut().take(4) {
            *p = p.clamp(0.0, 1.0);
        }
        let mut y = self.value(0);
        let phi = params[3];
        let mut phi_h = phi;
        let mut level = params[4];
        let mut trend = params[5];
        let (mut m, mut so) = (0usize, 0usize);
        if self.seasonal {
            m = params.len() - SEASONALS_START;
            if m == 1 {
                params[SEASONALS_START] = 1.0;
            }
            so = m - 1;
        }
        let l = self.values.len();
        let mut out = Vec::with_capacity(h + l);
        if only_fit || self.with_fit {
            out.push(y);
        }
        let (alpha, beta, gamma) = (params[0], params[1], params[2]);
        let (mut stm, mut stmh) = (1.0, 1.0);
        for t in 1..l + h {
            if self.seasonal {
                let hm = t % m;
                stm = params[SEASONALS_START + (t + so - m) % m];
                stmh = params[SEASONALS_START + (t + so - m + hm) % m];
            }
            let previous_level = level;
            level = alpha * (y / stm) + (1.0 - alpha) * (previous_level + phi * trend);
            let season = gamma * (y / (previous_level + phi * trend)) + (1.0 - gamma) * stm;
            trend = beta * (level - previous_level) + (1.0 - beta) * phi * trend;
            y = (level + phi_h * trend) * stmh;
            phi_h += phi.powf(t as f64);
            if self.seasonal {
                params[SEASONALS_START + (t + so) % m] = season;
                so += 1;
            }
            if only_fit || self.with_fit || t >= l {
                out.push(y);
            }
        }
        out
    }

    fn sse(&self, params: &[f64]) -> f64 {
        let mut params = params.to_vec();
        self.forecast(&mut params, true)
            .iter()
            .enumerate()
            .filter_map(|(i, f)| self.values.get(i).copied().flatten().map(|v| (f - v) * (f - v)))
            .sum()
    }
}

/// gonum's Nelder-Mead, run as its `Minimize` runs it with a `FunctionConverge` of
/// absolute tolerance `1e-4` over 100 iterations: the best location and value.
fn nelder_mead(f: impl Fn(&[f64]) -> f64, start: &[f64]) -> Result<(Vec<f64>, f64), TableError> {
    let dim = start.len();
    let d = dim as f64;
    let (reflection, expansion, contraction, shrink) = if dim == 1 {
        (1.0, 2.0, 0.5, 0.5)
    } else {
        (1.0, 1.0 + 2.0 / d, 0.75 - 1.0 / (2.0 * d), 1.0 - 1.0 / d)
    };
    let f0 = f(start);
    if f0.is_nan() || f0 == f64::INFINITY {
        return Err(TableError::new(format!("Func returned {f0}")));
    }
    // The converger, fed each major iteration's best value.
    let mut best = f0;
    let mut stalled = 0;
    let mut converged = |value: f64| {
        if value < best && best - value > 1e-4 {
            best = value;
            stalled = 0;
            return false;
        }
        stalled += 1;
        stalled >= 100
    };
    // The initial simplex: the start, and the start moved by 0.05 along each axis.
    let mut vertices: Vec<Vec<f64>> = Vec::with_capacity(dim + 1);
    let mut values: Vec<f64> = Vec::with_capacity(dim + 1);
    for i in 0..dim {
        let mut x = start.to_vec();
        x[i] += 0.05;
        values.push(f(&x));
        vertices.push(x);
    }
    vertices.push(start.to_vec());
    values.push(f0);
    let sort = |vertices: &mut Vec<Vec<f64>>, values: &mut Vec<f64>| {
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by(|&a, &b| {
            values[a]
                .partial_cmp(&values[b])
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        *vertices = order.iter().map(|&i| vertices[i].clone()).collect();
        *values = order.iter().map(|&i| values[i]).collect();
    };
    let centroid_of = |vertices: &[Vec<f64>]| {
        let mut c = vec![0.0; dim];
        for v in &vertices[..dim] {
            for (cj, vj) in c.iter_mut().zip(v) {
                *cj += vj;
            }
        }
        c.iter_mut().for_each(|cj| *cj /= d);
        c
    };
    sort(&mut vertices, &mut values);
    let mut centroid = centroid_of(&vertices);
    let along = |centroid: &[f64], worst: &[f64], scale: f64| -> Vec<f64> {
        centroid
            .iter()
            .zip(worst)
            .map(|(c, w)| (c - w) * scale + c)
            .collect()
    };
    let replace_worst = |vertices: &mut Vec<Vec<f64>>,
                         values: &mut Vec<f64>,
                         centroid: &mut Vec<f64>,
                         x: Vec<f64>,
                         fx: f64| {
        vertices[dim] = x.clone();
        values[dim] = fx;
        let mut i = dim;
        while i > 0 && values[i - 1] >= fx {
            vertices.swap(i - 1, i);
            values.swap(i - 1, i);
            i -= 1;
        }
        for (j, c) in centroid.iter_mut().enumerate() {
            *c += -1.0 / d * vertices[dim][j];
        }
        for (j, c) in centroid.iter_mut().enumerate() {
            *c += 1.0 / d * x[j];
        }
    };
    loop {
        // A major iteration: the best vertex so far.
        if converged(values[0]) {
            return Ok((vertices[0].clone(), values[0]));
        }
        let reflected = along(&centroid, &vertices[dim], reflection);
        let fr = f(&reflected);
        if fr >= values[0] && fr < values[dim - 1] {
            replace_worst(&mut vertices, &mut values, &mut centroid, reflected, fr);
            continue;
        }
        if fr < values[0] {
            let expanded = along(&centroid, &vertices[dim], reflection * expansion);
            let fe = f(&expanded);
            if fe < fr {
                replace_worst(&mut vertices, &mut values, &mut centroid, expanded, fe);
            } else {
                replace_worst(&mut vertices, &mut values, &mut centroid, reflected, fr);
            }
            continue;
        }
        let outside = fr < values[dim];
        let scale = if outside {
            reflection * contraction
        } else {
            -contraction
        };
        let contracted = along(&centroid, &vertices[dim], scale);
        let fc = f(&contracted);
        if (outside && fc <= fr) || (!outside && fc < values[dim]) {
            replace_worst(&mut vertices, &mut values, &mut centroid, contracted, fc);
            continue;
        }
        for i in 1..=dim {
            let x: Vec<f64> = vertices[i]
                .iter()
                .zip(&vertices[0])
                .map(|(v, b)| (v - b) * shrink + b)
                .collect();
            values[i] = f(&x);
            vertices[i] = x;
        }
        sort(&mut vertices, &mut values);
        centroid = centroid_of(&vertices);
    }
}

/// Go's `HoltWinters.Do`: the forecast (and fitted values) and the fit's minimal SSE.
fn fit_and_forecast(
    values: &[Option<f64>],
    n: i64,
    seasonality: i64,
    with_fit: bool,
) -> Result<(Vec<f64>, f64), TableError> {
    let seasonal = seasonality >= 2;
    let m = usize::try_from(seasonality).unwrap_or(0);
    let l = values.len();
    if l < 2 || (seasonal && l < m) || n <= 0 {
        return Ok((Vec::new(), 0.0));
    }
    let model = Model {
        n: usize::try_from(n).unwrap_or(0),
        seasonal,
        with_fit,
        values,
    };
    let value = |i: usize| values.get(i).copied().flatten();
    let mut l0 = 0.0;
    let mut b0 = 0.0;
    if seasonal {
        for i in 0..m {
            if let Some(v) = value(i) {
                l0 += (1.0 / m as f64) * v;
            }
        }
        for i in 0..m {
            if m + i >= l {
                break;
            }
            if let (Some(a), Some(b)) = (value(i), value(m + i)) {
                b0 += 1.0 / (m * m) as f64 * (b - a);
            }
        }
    } else {
        l0 += 0.5 * model.value(0);
        if let Some(v1) = value(1) {
            b0 = 0.5 * (v1 - model.value(0));
        }
    }
    let size = if seasonal { 6 + m } else { 6 };
    let mut initial = vec![0.0; size];
    initial[4] = l0;
    initial[5] = b0;
    if seasonal {
        for i in 0..m {
            initial[i + 6] = value(i).map_or(1.0, |v| v / l0);
        }
    }
    let guesses = [0.3, 0.7];
    let mut best: Option<(Vec<f64>, f64)> = None;
    for alpha in guesses {
        for beta in guesses {
            for gamma in guesses {
                for phi in guesses {
                    initial[..4].copy_from_slice(&[alpha, beta, gamma, phi]);
                    let (x, fx) = nelder_mead(|p| model.sse(p), &initial)?;
                    if best.as_ref().is_none_or(|(_, b)| fx < *b) {
                        best = Some((x, fx));
                    }
                }
            }
        }
    }
    let Some((mut params, min_sse)) = best else {
        return Ok((Vec::new(), 0.0));
    };
    Ok((model.forecast(&mut params, false), min_sse))
}

/// `holtWinters(...)`: per table, the key columns, `_time` and the float `_value` of each
/// forecast (and fitted) value, `interval` apart, and `minSSE` when asked.
pub fn holt_winters(stream: &Stream, o: &HoltWintersOptions) -> Result<Stream, TableError> {
    each(stream, |t| {
        let ti = t
            .column_index(o.time_column)
            .ok_or_else(|| TableError::new(format!("cannot find time column {}", o.time_column)))?;
        let ci = t
            .column_index(o.column)
            .ok_or_else(|| TableError::new(format!("cannot find column {}", o.column)))?;
        let ty = t.columns()[ci].ty;
        let values = floats(ty, &t.arrays()[ci]).ok_or_else(|| {
            TableError::new(format!(
                "holtWinters can work only on numerical types, got {}",
                ty.flux_name()
            ))
        })?;
        if t.columns()[ti].ty != ColumnType::Time {
            return Err(TableError::new(format!(
                "cannot find time column {}",
                o.time_column
            )));
        }
        let times = t.arrays()[ti].as_primitive::<TimestampNanosecondType>();
        let (series, start, stop) = clean_data(&values, times, o.interval)?;
        let (forecast, min_sse) = fit_and_forecast(&series, o.n, o.seasonality, o.with_fit)?;
        let first = if o.with_fit {
            start
        } else {
            stop.wrapping_add(o.interval)
        };
        let stamps: Vec<i64> = (0..forecast.len() as i64)
            .map(|i| first.wrapping_add(i.wrapping_mul(o.interval)))
            .collect();
        let rows = forecast.len();
        let key = t.key();
        let mut columns: Vec<Column> = key.columns().to_vec();
        let mut data: Vec<ArrayRef> = key
            .columns()
            .iter()
            .zip(key.values())
            .map(|(c, v)| constant(c.ty, v, rows))
            .collect();
        columns.push(Column::new("_time", ColumnType::Time));
        data.push(Arc::new(TimestampNanosecondArray::from(stamps)));
        columns.push(Column::new("_value", ColumnType::Float));
        data.push(Arc::new(Float64Array::from(forecast)));
        if o.with_min_sse {
            columns.push(Column::new("minSSE", ColumnType::Float));
            data.push(Arc::new(Float64Array::from(vec![min_sse; rows])));
        }
        Table::new(key.clone(), columns, data)
    })
}
