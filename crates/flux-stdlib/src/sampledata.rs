//! `import "sampledata"`: the documented sample data sets, built as tables.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table, TableError};

use crate::natives::error;

/// The package's natives (declarations in stdlib/sampledata/sampledata.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("float", float),
    NativeFunction::new("int", int),
    NativeFunction::new("uint", uint),
    NativeFunction::new("string", string),
    NativeFunction::new("bool", bool),
    NativeFunction::new("numericBool", numeric_bool),
];

/// 2021-01-01T00:00:00Z in nanoseconds: the first row's time.
const START: i64 = 1_609_459_200_000_000_000;
/// Rows are 10 seconds apart.
const STEP: i64 = 10_000_000_000;

/// The rows that are null with `includeNull: true`, per table.
const NULL_ROWS: [&[usize]; 2] = [&[1, 3, 4], &[0, 4]];
const TAGS: [&str; 2] = ["t1", "t2"];

const NUMBERS: [[f64; 6]; 2] = [
    [-2.18, 10.92, 7.35, 17.53, 15.23, 4.43],
    [19.85, 4.97, -3.75, 19.77, 13.86, 1.86],
];
const STRINGS: [[&str; 6]; 2] = [
    [
        "smpl_g9qczs",
        "smpl_0mgv9n",
        "smpl_phw664",
        "smpl_guvzy4",
        "smpl_5v3cce",
        "smpl_s9fmgy",
    ],
    [
        "smpl_b5eida",
        "smpl_eu4oxp",
        "smpl_5g7tz4",
        "smpl_sox1ut",
        "smpl_wfm757",
        "smpl_dtn2bv",
    ],
];
const BOOLS: [[bool; 6]; 2] = [
    [true, true, false, true, false, false],
    [false, true, false, true, true, false],
];

/// The column order of a data set read straight from Go's CSV, and of one Go passes through
/// `toInt()`/`toUInt()` (whose `map` sorts the columns by label).
#[derive(Clone, Copy, PartialEq)]
enum Order {
    AsRead,
    Converted,
}

/// Two tables (`tag` t1 and t2, the group key) of `_time`, `tag`, `_value` (or `_time`,
/// `_value`, `tag` when [`Order::Converted`]), the values given by `value(table, row)`.
fn data_set(
    args: &mut Args,
    ty: ColumnType,
    order: Order,
    value: impl Fn(usize, usize) -> Scalar,
) -> Result<Value> {
    let include_null: bool = args.optional("includeNull")?.unwrap_or(false);
    let tables = (0..2)
        .map(|t| {
            let tag = Scalar::String(Arc::from(TAGS[t]));
            let mut time = ColumnBuilder::new(ColumnType::Time, 6);
            let mut tags = ColumnBuilder::new(ColumnType::String, 6);
            let mut values = ColumnBuilder::new(ty, 6);
            for row in 0..6 {
                time.push(&Scalar::Time(START + STEP * row as i64))?;
                tags.push(&tag)?;
                if include_null && NULL_ROWS[t].contains(&row) {
                    values.push(&Scalar::Null)?;
                } else {
                    values.push(&value(t, row))?;
                }
            }
            let key = GroupKey::new(vec![Column::new("tag", ColumnType::String)], vec![tag])?;
            let mut columns = vec![
                ("_time".into(), time),
                ("tag".into(), tags),
                ("_value".into(), values),
            ];
            if order == Order::Converted {
                columns.swap(1, 2);
            }
            Table::from_builders(key, columns)
        })
        .collect::<Result<Vec<_>, TableError>>()
        .map_err(|e| error(ErrorKind::Internal, e.message))?;
    Ok(Value::Stream(Stream::new(tables)))
}

fn float(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::Float, Order::AsRead, |t, r| {
        Scalar::Float(NUMBERS[t][r])
    })
}

/// Floats truncated toward zero, as `int()` converts them.
fn int(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::Int, Order::Converted, |t, r| {
        Scalar::Int(NUMBERS[t][r] as i64)
    })
}

/// Floats truncated toward zero, a negative one wrapping around as Go's conversion does.
fn uint(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::UInt, Order::Converted, |t, r| {
        Scalar::UInt((NUMBERS[t][r] as i64) as u64)
    })
}

fn string(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::String, Order::AsRead, |t, r| {
        Scalar::String(Arc::from(STRINGS[t][r]))
    })
}

fn bool(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::Bool, Order::AsRead, |t, r| {
        Scalar::Bool(BOOLS[t][r])
    })
}

fn numeric_bool(args: &mut Args, _: &mut CallContext) -> Result<Value> {
    data_set(args, ColumnType::Int, Order::Converted, |t, r| {
        Scalar::Int(i64::from(BOOLS[t][r]))
    })
}
