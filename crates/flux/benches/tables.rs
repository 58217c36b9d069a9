//! Table transformations on 1,000,000 generated rows, as one table and as 1,000 tables of
//! 1,000 rows (`_time`, `_value` float, `host` string in the key): `filter` on
//! `r._value > x`, `map` of `{r with _value: r._value * 2.0}` (both recognised and run
//! column-wise), `group` + `mean`, and `sort`. The stream is built once and bound to `data`;
//! each iteration runs the Flux pipeline and counts the output rows.
//!
//! The `series` group runs the time-series transformations of issue #13 on 1,000,000 points in
//! 1,000 series (`host` × `_field`, three fields per host, 1 s apart): `aggregateWindow`,
//! `derivative`, `movingAverage`, `join.inner` of the stream with itself on `_time`, `pivot` of
//! the three fields into columns, and `top`.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use flux_eval::{Evaluator, Mode, Registry, Source, Value};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

const ROWS: usize = 1_000_000;

/// `count` tables of `ROWS / count` rows of `_time` (1 s apart) and `_value` (pseudo-random
/// floats), then the tag columns `tags(t)` gives table `t`, which are its group key.
fn tables_with_tags(count: usize, tags: impl Fn(usize) -> Vec<(&'static str, Arc<str>)>) -> Stream {
    let per = ROWS / count;
    let mut out = Vec::with_capacity(count);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for t in 0..count {
        let tags = tags(t);
        let mut time = ColumnBuilder::new(ColumnType::Time, per);
        let mut value = ColumnBuilder::new(ColumnType::Float, per);
        let mut tag_columns: Vec<ColumnBuilder> = tags
            .iter()
            .map(|_| ColumnBuilder::new(ColumnType::String, per))
            .collect();
        for i in 0..per {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            time.push(&Scalar::Time(
                1_600_000_000_000_000_000 + i as i64 * 1_000_000_000,
            ))
            .unwrap();
            value
                .push(&Scalar::Float((seed % 10_000) as f64 / 100.0))
                .unwrap();
            for ((_, tag), column) in tags.iter().zip(&mut tag_columns) {
                column.push(&Scalar::String(tag.clone())).unwrap();
            }
        }
        let key = GroupKey::new(
            tags.iter()
                .map(|(label, _)| Column::new(*label, ColumnType::String))
                .collect(),
            tags.iter().map(|(_, tag)| Scalar::String(tag.clone())).collect(),
        )
        .unwrap();
        let mut columns = vec![("_time".into(), time), ("_value".into(), value)];
        columns.extend(tags.iter().map(|(label, _)| Arc::from(*label)).zip(tag_columns));
        out.push(Table::from_builders(key, columns).unwrap());
    }
    Stream::new(out)
}

/// `tables` tables of `ROWS / tables` rows each, keyed by `host`.
fn data(tables: usize) -> Stream {
    tables_with_tags(tables, |t| vec![("host", format!("host{t}").into())])
}

fn rows(v: &Value) -> usize {
    match v {
        Value::Stream(s) => s.tables().iter().map(Table::num_rows).sum(),
        _ => 0,
    }
}

fn bench(c: &mut Criterion) {
    let registry = Arc::new(Registry::with_library(&flux_stdlib::LIBRARY, []));
    let pipelines = [
        ("filter", "x = 50.0\ndata |> filter(fn: (r) => r._value > x)"),
        ("map", "data |> map(fn: (r) => ({r with _value: r._value * 2.0}))"),
        ("group_mean", "data |> group() |> mean()"),
        ("sort", "data |> sort(columns: [\"_value\"])"),
    ];
    let mut group = c.benchmark_group("tables");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ROWS as u64));
    for tables in [1, 1000] {
        let stream = data(tables);
        for (name, src) in pipelines {
            let parsed = flux_syntax::parse(src);
            let text: Arc<str> = src.into();
            let mut ev = Evaluator::new(registry.clone());
            let scope = ev
                .prelude()
                .unwrap()
                .with("data".into(), Value::Stream(stream.clone()));
            group.bench_function(format!("{name}/{tables}x{}", ROWS / tables), |b| {
                b.iter(|| {
                    let source = Arc::new(Source {
                        name: "main".into(),
                        text: text.clone(),
                        types: None,
                    });
                    let mut n = 0;
                    ev.eval_file(&parsed.file, source, scope.clone(), Mode::Script, &mut |v| {
                        n += rows(&v)
                    })
                    .unwrap();
                    n
                })
            });
        }
    }
    group.finish();
}

/// 1,000 series of 1,000 points: series `t` has `host` = `host{t / 3}` and one of three
/// `_field`s, both in the group key (as InfluxDB returns them).
fn series() -> Stream {
    const FIELDS: [&str; 3] = ["usage", "system", "idle"];
    tables_with_tags(1000, |t| {
        vec![
            ("_field", FIELDS[t % 3].into()),
            ("host", format!("host{:04}", t / 3).into()),
        ]
    })
}

fn bench_series(c: &mut Criterion) {
    let registry = Arc::new(Registry::with_library(&flux_stdlib::LIBRARY, []));
    // The points span 1,000 s from 2020-09-13T12:26:40Z; aggregateWindow needs bounds, and
    // wider ones would add empty windows (createEmpty) past the data.
    let range = "range(start: 2020-09-13T12:26:40Z, stop: 2020-09-13T12:43:20Z)";
    let range_only = format!("data |> {range}");
    let aggregate = format!("data |> {range} |> aggregateWindow(every: 1m, fn: mean)");
    let pipelines = [
        ("range", range_only.as_str()),
        ("range_aggregateWindow", aggregate.as_str()),
        ("derivative", "data |> derivative()"),
        ("movingAverage", "data |> movingAverage(n: 10)"),
        (
            "join_inner",
            "import \"join\"\n\
             join.inner(left: data, right: data, on: (l, r) => l._time == r._time, \
             as: (l, r) => ({l with v2: r._value}))",
        ),
        (
            "pivot",
            "data |> pivot(rowKey: [\"_time\"], columnKey: [\"_field\"], valueColumn: \"_value\")",
        ),
        ("top", "data |> top(n: 10)"),
    ];
    let stream = series();
    let mut group = c.benchmark_group("series");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(ROWS as u64));
    for (name, src) in pipelines {
        let parsed = flux_syntax::parse(src);
        let text: Arc<str> = src.into();
        let mut ev = Evaluator::new(registry.clone());
        let scope = ev
            .prelude()
            .unwrap()
            .with("data".into(), Value::Stream(stream.clone()));
        group.bench_function(format!("{name}/1000x1000"), |b| {
            b.iter(|| {
                let source = Arc::new(Source {
                    name: "main".into(),
                    text: text.clone(),
                    types: None,
                });
                let mut n = 0;
                ev.eval_file(&parsed.file, source, scope.clone(), Mode::Script, &mut |v| {
                    n += rows(&v)
                })
                .unwrap();
                assert!(n > 0, "{name} produced no rows");
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_series);
criterion_main!(benches);
