//! What a fresh `Runtime` costs: building it, and building it then running a first
//! script (which loads the universe, and with imports every package it names); type-checking
//! a query, and a fresh runtime's first check (which checks the prelude packages).

use criterion::{Criterion, criterion_group, criterion_main};

const IMPORT_ALL: &str = "import \"dict\"\nimport \"json\"\nimport \"experimental/json\"\n\
                          import \"experimental/influxdb\"\nimport \"influxdata/influxdb/secrets\"\n1 + 1";

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("runtime");
    group.bench_function("build", |b| b.iter(|| flux::Runtime::builder().build()));
    group.bench_function("build+eval", |b| {
        b.iter(|| flux::Runtime::builder().build().eval("1 + 1").map(|v| v.len()))
    });
    group.bench_function("build+eval_import_all", |b| {
        b.iter(|| flux::Runtime::builder().build().eval(IMPORT_ALL).map(|v| v.len()))
    });
    group.finish();

    // Type-checking the 240-byte query once the runtime's prelude is loaded (target < 50 µs).
    let query = include_str!("../../../testdata/bench/query.flux");
    let runtime = flux::Runtime::new();
    if let Err(e) = runtime.check(query) {
        panic!("the bench query must check: {e}");
    }
    let mut group = c.benchmark_group("check");
    group.bench_function("query_240B", |b| {
        b.iter(|| runtime.check(query).map(|t| t.bindings().len()))
    });
    group.bench_function("prelude", |b| {
        // A host package gives the runtime a checker of its own (runtimes without one
        // share the process's): each iteration checks the prelude packages.
        b.iter(|| {
            flux::Runtime::builder()
                .package(flux::Package::new("bench/own"))
                .build()
                .check("1")
                .map(|t| t.bindings().len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
