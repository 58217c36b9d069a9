//! `integral`: the area under a column over time, per table (Go's trapezoid rule, with
//! optional linear interpolation to the window's `_start` and `_stop`).

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampNanosecondType, UInt64Type};
use arrow_array::{Array, ArrayRef, Float64Array};

use crate::model::{Column, ColumnType, Scalar, Stream, Table, TableError};
use crate::ops::each;
use crate::ops::kernels::constant;

/// The options of `integral`.
#[derive(Clone, Copy, Debug)]
pub struct IntegralOptions<'a> {
    /// The unit of time the area is counted in, in nanoseconds (`1s`).
    pub unit: i64,
    /// The time column (`_time`).
    pub time_column: &'a str,
    /// The integrated column (`_value`).
    pub column: &'a str,
    /// Extend the first and last segments linearly to `_start` and `_stop`.
    pub interpolate: bool,
}

/// A column's non-null values as floats, `None` for a column of another type.
pub(crate) fn floats(ty: ColumnType, array: &ArrayRef) -> Option<Vec<Option<f64>>> {
    Some(match ty {
        ColumnType::Float => array.as_primitive::<Float64Type>().iter().collect(),
        ColumnType::Int => array
            .as_primitive::<Int64Type>()
            .iter()
            .map(|v| v.map(|v| v as f64))
            .collect(),
        ColumnType::UInt => array
            .as_primitive::<UInt64Type>()
            .iter()
            .map(|v| v.map(|v| v as f64))
            .collect(),
        _ => return None,
    })
}

/// The running state of one integral (Go's `integral`; time differences wrap as Go's do).
struct Area {
    interpolate: bool,
    bounds: (i64, i64),
    unit: f64,
    points: u8,
    times: [i64; 2],
    values: [f64; 2],
    sum: f64,
}

impl Area {
    fn add(&mut self, t: i64, v: f64) {
        match self.points {
            0 => {
                (self.times[0], self.values[0]) = (t, v);
                self.points = 1;
            }
            1 => {
                self.sum += 0.5 * (v + self.values[0]) * t.wrapping_sub(self.times[0]) as f64 / self.unit;
                (self.times[1], self.values[1]) = (t, v);
                self.points = 2;
                if self.interpolate && self.bounds.0 < self.times[0] {
                    let slope =
                        (self.values[1] - self.values[0]) / self.times[1].wrapping_sub(self.times[0]) as f64;
                    let gap = self.times[0].wrapping_sub(self.bounds.0) as f64;
                    let y = self.values[0] - slope * gap;
                    self.sum += 0.5 * (y + self.values[0]) * gap / self.unit;
                }
            }
            _ => {
                self.sum += 0.5 * (v + self.values[1]) * t.wrapping_sub(self.times[1]) as f64 / self.unit;
                self.times = [self.times[1], t];
                self.values = [self.values[1], v];
            }
        }
    }

    fn finish(&self) -> f64 {
        match self.points {
            0 => 0.0,
            1 if self.interpolate => {
                self.values[0] * self.bounds.1.wrapping_sub(self.bounds.0) as f64 / self.unit
            }
            1 => 0.0,
            _ if self.interpolate => {
                let slope =
                    (self.values[1] - self.values[0]) / self.times[1].wrapping_sub(self.times[0]) as f64;
                let gap = self.bounds.1.wrapping_sub(self.times[1]) as f64;
                let y = self.values[1] + slope * gap;
                self.sum + 0.5 * (y + self.values[1]) * gap / self.unit
            }
            _ => self.sum,
        }
    }
}

fn key_time(table: &Table, label: &str) -> Result<i64, TableError> {
    match table.key().value(label) {
        Some(Scalar::Time(t)) => Ok(*t),
        Some(_) => Ok(0),
        None => Err(TableError::new(format!(
            "integral function needs {label} column to be part of group key"
        ))),
    }
}

/// `integral(unit:, timeColumn:, column:, interpolate:)`: one row per table, the key
/// columns and the float area under `column`. Rows repeating the previous time are
/// skipped; a null or decreasing time is an error.
pub fn integral(stream: &Stream, options: &IntegralOptions) -> Result<Stream, TableError> {
    each(stream, |t| {
        let start = key_time(t, "_start")?;
        let stop = key_time(t, "_stop")?;
        let ci = t
            .column_index(options.column)
            .ok_or_else(|| TableError::new(format!("column {:?} does not exist", options.column)))?;
        if t.key().contains(options.column) {
            return Err(TableError::new(
                "cannot aggregate columns that are part of the group key",
            ));
        }
        let ty = t.columns()[ci].ty;
        let values = floats(ty, &t.arrays()[ci])
            .ok_or_else(|| TableError::new(format!("cannot perform integral over {}", ty.flux_name())))?;
        let ti = t
            .column_index(options.time_column)
            .ok_or_else(|| TableError::new(format!("no column {:?} exists", options.time_column)))?;
        if t.columns()[ti].ty != ColumnType::Time {
            return Err(TableError::new(format!(
                "no column {:?} exists",
                options.time_column
            )));
        }
        let times = t.arrays()[ti].as_primitive::<TimestampNanosecondType>();
        if times.null_count() > 0 {
            return Err(TableError::new("integral found null time in time column"));
        }
        let mut area = Area {
            interpolate: options.interpolate,
            bounds: (start, stop),
            unit: options.unit as f64,
            points: 0,
            times: [0; 2],
            values: [0.0; 2],
            sum: 0.0,
        };
        let mut previous = 0i64;
        for (i, v) in values.iter().enumerate() {
            let time = times.value(i);
            if previous > time {
                return Err(TableError::new(
                    "integral found out-of-order times in time column",
                ));
            }
            if previous == time && i != 0 {
                continue;
            }
            previous = time;
            if let Some(v) = v {
                area.add(time, *v);
            }
        }
        let mut columns: Vec<Column> = t.key().columns().to_vec();
        let mut data: Vec<ArrayRef> = t
            .key()
            .columns()
            .iter()
            .zip(t.key().values())
            .map(|(c, v)| constant(c.ty, v, 1))
            .collect();
        columns.push(Column::new(options.column, ColumnType::Float));
        data.push(Arc::new(Float64Array::from(vec![area.finish()])));
        Table::new(t.key().clone(), columns, data)
    })
}
