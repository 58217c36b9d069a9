//! Annotated CSV throughput on 1,000,000 generated rows: one table, and 1,000 tables of 1,000 rows.
//!
//! `cargo bench -p flux-table --bench csv` (throughput is in bytes of CSV).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use flux_table::csv::{Mode, decode, encode};

mod common;

fn csv(c: &mut Criterion) {
    for (name, tables, rows) in [("1x1000000", 1, 1_000_000), ("1000x1000", 1000, 1000)] {
        let text = common::csv_text(tables, rows);
        let results = decode(&text, Mode::Annotations).unwrap_or_else(|e| panic!("bench data: {e}"));
        assert_eq!(encode(&results), text);
        let mut group = c.benchmark_group("csv");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("decode/{name}"), |b| {
            b.iter(|| decode(black_box(&text), Mode::Annotations))
        });
        group.bench_function(format!("encode/{name}"), |b| {
            b.iter(|| encode(black_box(&results)))
        });
        group.finish();
    }
}

criterion_group!(benches, csv);
criterion_main!(benches);
