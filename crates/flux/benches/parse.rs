//! Parser benchmarks: a typical 240-byte `influxdb.api()` query, and throughput
//! (MB/s) on a ~1 MB generated script of mixed statements, for the lexer alone and
//! for the whole parse.
//!
//! `cargo bench -p flux --bench parse`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// 240 bytes: an import, a dict of query parameters, an api() call, a field access.
const QUERY: &str = r#"import "experimental/influxdb"

response = influxdb.api(
    method: "get",
    path: "/api/v2/buckets",
    query: ["org": "myorg", "limit": "20"],
    headers: ["Accept": "application/json"],
    timeout: 5s,
)
response.statusCode == 200
"#;

/// Statements of every common shape, repeated to about `bytes` bytes.
fn large_script(bytes: usize) -> String {
    let mut s = String::from("import \"experimental/influxdb\"\nimport \"dict\"\n");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!(
            "f{i} = (r, n=1) => ({{r with value: r.value * {i}.5 + float(v: n), tag: \"h${{r.host}}-{i}\"}})\n\
             a{i} = [1, 2, {i}] |> length()\n\
             d{i} = [\"k{i}\": 1h30m, \"j\": 2021-01-01T00:00:00Z]\n\
             x{i} = if a{i} > 2 and not false then /re{i}[a-z]+/ else /x/\n\
             influxdb.api(method: \"post\", path: \"/write?db=d{i}\", body: bytes(v: \"m v={i}\"))\n"
        ));
        i += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    assert_eq!(QUERY.len(), 240);
    assert!(flux_syntax::parse(QUERY).is_ok());
    c.bench_function("parse/query_240B", |b| b.iter(|| flux_syntax::parse(QUERY)));

    let large = large_script(1 << 20);
    assert!(flux_syntax::parse(&large).is_ok());
    let mut group = c.benchmark_group("throughput_1MB");
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.sample_size(20);
    group.bench_function("lex", |b| b.iter(|| flux_syntax::lex(&large)));
    group.bench_function("parse", |b| b.iter(|| flux_syntax::parse(&large)));
    group.finish();

    // Error recovery must stay linear: one error per line, 4,000 and 16,000 lines.
    let mut group = c.benchmark_group("errors");
    group.sample_size(10);
    for lines in [4_000, 16_000] {
        let broken = "x = 1 +\n".repeat(lines);
        group.throughput(Throughput::Bytes(broken.len() as u64));
        group.bench_function(format!("{lines}_lines"), |b| {
            b.iter(|| flux_syntax::parse(&broken))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
