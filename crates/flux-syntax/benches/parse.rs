//! Parse throughput on a realistic corpus and the latency of a typical query.
//!
//! `cargo bench -p flux-syntax`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const CORPUS: &str = include_str!("../../../testdata/bench/corpus.flux");
const QUERY: &str = include_str!("../../../testdata/bench/query.flux");

fn parse(c: &mut Criterion) {
    assert!(flux_syntax::parse(CORPUS).errors.is_empty());
    assert!(flux_syntax::parse(QUERY).errors.is_empty());

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(CORPUS.len() as u64));
    group.bench_function("corpus", |b| b.iter(|| flux_syntax::parse(black_box(CORPUS))));
    group.throughput(Throughput::Bytes(QUERY.len() as u64));
    group.bench_function("query", |b| b.iter(|| flux_syntax::parse(black_box(QUERY))));
    group.finish();

    // The share of the lexer (logos plus literal decoding) in the figures above.
    let mut group = c.benchmark_group("lex");
    group.throughput(Throughput::Bytes(CORPUS.len() as u64));
    group.bench_function("corpus", |b| b.iter(|| flux_syntax::lex(black_box(CORPUS))));
    group.throughput(Throughput::Bytes(QUERY.len() as u64));
    group.bench_function("query", |b| b.iter(|| flux_syntax::lex(black_box(QUERY))));
    group.finish();

    // The error-recovering parser alone, which reads input with errors.
    let mut group = c.benchmark_group("parse_recovering");
    group.throughput(Throughput::Bytes(QUERY.len() as u64));
    group.bench_function("query", |b| {
        b.iter(|| flux_syntax::parse_recovering(black_box(QUERY)))
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
