//! Evaluation benchmarks: building and displaying a few hundred records, a dict
//! literal of a few hundred entries, and thousands of small function calls.
//! `parse+eval` goes through `flux::Runtime::eval`; `eval` reuses one parsed file.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use flux_eval::{Evaluator, Mode, Registry, Source};

fn records_script(n: usize) -> String {
    let mut s = String::from(
        "mk = (i) => ({name: \"m${i}\", value: float(v: i) * 1.5, tags: {host: \"h${i % 7}\", region: \"us\"}})\nrs = [",
    );
    for i in 0..n {
        s.push_str(&format!("mk(i: {i}), "));
    }
    s.push_str("]\nlength(arr: rs)\ndisplay(v: rs)\n");
    s
}

fn dict_script(n: usize) -> String {
    let mut s = String::from("d = [");
    for i in (0..n).rev() {
        s.push_str(&format!("\"key{i}\": {{id: {i}, ok: {i} % 2 == 0}}, "));
    }
    s.push_str("]\ndisplay(v: d)\n");
    s
}

const CALLS: &str = "
inc = (x) => x + 1
twice = (f) => (x) => f(x: f(x: x))
f2 = twice(f: inc)
f4 = twice(f: f2)
f8 = twice(f: f4)
f16 = twice(f: f8)
f32 = twice(f: f16)
f64 = twice(f: f32)
f128 = twice(f: f64)
f256 = twice(f: f128)
f512 = twice(f: f256)
f1024 = twice(f: f512)
f2048 = twice(f: f1024)
f4096 = twice(f: f2048)
f4096(x: 0)
";

fn bench(c: &mut Criterion) {
    let runtime = flux::Runtime::new();
    let registry = Arc::new(Registry::new(flux_stdlib::STDLIB.iter().take(1).cloned()));
    let scripts = [
        ("records_300", records_script(300)),
        ("dict_300", dict_script(300)),
        ("calls_4096", CALLS.to_string()),
    ];
    for (name, src) in &scripts {
        assert!(runtime.eval(src).is_ok(), "{name} runs");
        c.bench_function(&format!("parse+eval/{name}"), |b| b.iter(|| runtime.eval(src)));
        let parsed = flux_syntax::parse(src);
        let text: Arc<str> = src.as_str().into();
        c.bench_function(&format!("eval/{name}"), |b| {
            b.iter(|| {
                let mut ev = Evaluator::new(registry.clone());
                let scope = ev.prelude().ok()?;
                let source = Arc::new(Source {
                    name: "main".into(),
                    text: text.clone(),
                    types: None,
                });
                let mut n = 0;
                ev.eval_file(&parsed.file, source, scope, Mode::Script, &mut |_| n += 1)
                    .ok()
                    .map(|_| n)
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
