//! Transformation kernels on 1,000,000 generated rows, as one table and as 1,000 tables of
//! 1,000 rows: filter by a mask computed from `_value > x`, `group` + `mean`, `mean` alone,
//! `sort` by `_value`, `aggregateWindow(every: 1m, fn: mean)`.

use std::hint::black_box;
use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, StringArray, TimestampNanosecondArray};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use flux_table::ops::{self, GroupMode, WindowSpec};
use flux_table::{Column, ColumnType, GroupKey, Scalar, Stream, Table};

const ROWS: usize = 1_000_000;

/// A cheap deterministic pseudo-random sequence in [0, 1).
fn values(n: usize, seed: u64) -> Vec<f64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 11) as f64 / (1u64 << 53) as f64
        })
        .collect()
}

fn table(key: GroupKey, hosts: Vec<String>, seed: u64) -> Table {
    let n = hosts.len();
    let columns = vec![
        Column::new("_time", ColumnType::Time),
        Column::new("host", ColumnType::String),
        Column::new("_value", ColumnType::Float),
    ];
    let data: Vec<ArrayRef> = vec![
        Arc::new(TimestampNanosecondArray::from_iter_values(
            (0..n as i64).map(|i| i * 1_000_000_000),
        )),
        Arc::new(StringArray::from(hosts)),
        Arc::new(Float64Array::from(values(n, seed))),
    ];
    Table::new(key, columns, data).expect("a valid generated table")
}

/// One table of 1,000,000 rows; `host` (1,000 values, interleaved) is not a key column.
fn one_table() -> Stream {
    let hosts = (0..ROWS).map(|i| format!("host{}", i % 1000)).collect();
    Stream::new(vec![table(GroupKey::empty(), hosts, 7)])
}

/// 1,000 tables of 1,000 rows, keyed by `host`.
fn many_tables() -> Stream {
    (0..1000)
        .map(|h| {
            let name = format!("host{h}");
            let key = GroupKey::new(
                vec![Column::new("host", ColumnType::String)],
                vec![Scalar::String(name.as_str().into())],
            )
            .expect("a valid key");
            table(key, vec![name; 1000], h as u64 + 1)
        })
        .collect()
}

fn filter_greater(stream: &Stream, x: f64) -> Stream {
    let threshold = Float64Array::new_scalar(x);
    ops::each(stream, |t| {
        let i = t.column_index("_value").expect("_value");
        let mask = arrow_ord::cmp::gt(&t.arrays()[i], &threshold).expect("float comparison");
        ops::filter_by_mask(t, &mask)
    })
    .expect("filter")
}

fn bench(c: &mut Criterion) {
    for (name, input) in [("1 table", one_table()), ("1000 tables", many_tables())] {
        let mut g = c.benchmark_group(format!("ops {name}"));
        g.throughput(Throughput::Elements(ROWS as u64));
        g.sample_size(10);
        g.measurement_time(std::time::Duration::from_secs(4));
        g.bench_function("filter _value > 0.5", |b| {
            b.iter(|| filter_greater(black_box(&input), 0.5))
        });
        g.bench_function("mean", |b| {
            b.iter(|| ops::mean(black_box(&input), "_value").expect("mean"))
        });
        g.bench_function("group by host + mean", |b| {
            b.iter(|| {
                let grouped = ops::group(black_box(&input), &["host"], GroupMode::By).expect("group");
                ops::mean(&grouped, "_value").expect("mean")
            })
        });
        g.bench_function("sort by _value", |b| {
            b.iter(|| ops::sort(black_box(&input), &["_value"], false).expect("sort"))
        });
        let bounds = Some((0, ROWS as i64 * 1_000_000_000));
        let every_minute = WindowSpec {
            create_empty: true,
            ..WindowSpec::every(60_000_000_000, bounds)
        };
        g.bench_function("aggregateWindow(every: 1m, fn: mean)", |b| {
            b.iter(|| {
                ops::aggregate_window(black_box(&input), &every_minute, "_value", "_stop", "_time", ops::mean)
                    .expect("aggregateWindow")
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
