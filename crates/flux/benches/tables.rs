//! Table transformations on 1,000,000 generated rows, as one table and as 1,000 tables of
//! 1,000 rows (`_time`, `_value` float, `host` string in the key): `filter` on
//! `r._value > x`, `map` of `{r with _value: r._value * 2.0}` (both recognised and run
//! column-wise), `group` + `mean`, and `sort`. The stream is built once and bound to `data`;
//! each iteration runs the Flux pipeline and counts the output rows.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use flux_eval::{Evaluator, Mode, Registry, Source, Value};
use flux_table::{Column, ColumnBuilder, ColumnType, GroupKey, Scalar, Stream, Table};

const ROWS: usize = 1_000_000;

/// `tables` tables of `ROWS / tables` rows each, keyed by `host`.
fn data(tables: usize) -> Stream {
    let per = ROWS / tables;
    let mut out = Vec::with_capacity(tables);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for t in 0..tables {
        let host: Arc<str> = format!("host{t}").into();
        let mut time = ColumnBuilder::new(ColumnType::Time, per);
        let mut value = ColumnBuilder::new(ColumnType::Float, per);
        let mut hosts = ColumnBuilder::new(ColumnType::String, per);
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
            hosts.push(&Scalar::String(host.clone())).unwrap();
        }
        let key = GroupKey::new(
            vec![Column::new("host", ColumnType::String)],
            vec![Scalar::String(host)],
        )
        .unwrap();
        out.push(
            Table::from_builders(
                key,
                vec![
                    ("_time".into(), time),
                    ("_value".into(), value),
                    ("host".into(), hosts),
                ],
            )
            .unwrap(),
        );
    }
    Stream::new(out)
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

criterion_group!(benches, bench);
criterion_main!(benches);
