//! Replays the inputs the fuzzers once crashed on (`fuzz/regressions/<target>/`),
//! with the same checks as the fuzz targets, so CI runs them without libFuzzer.
//! Runs on a 2 MB thread, like the fuzzers' worst case.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<(PathBuf, String)> {
    byte_inputs(target)
        .into_iter()
        // The text targets skip input that is not UTF-8, so such a file cannot have crashed.
        .filter_map(|(p, bytes)| String::from_utf8(bytes).ok().map(|s| (p, s)))
        .collect()
}

fn byte_inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

fn check_spans(source: &str, errors: &[flux::SyntaxError]) {
    for e in errors {
        let (start, end) = (e.span.start as usize, e.span.end as usize);
        assert!(start <= end && end <= source.len(), "span {start}..{end}");
        assert!(source.is_char_boundary(start) && source.is_char_boundary(end));
    }
}

#[test]
fn lexer_regressions() {
    for (path, source) in inputs("lexer") {
        eprintln!("{}", path.display());
        on_small_stack(move || check_spans(&source, &flux_syntax::lex(&source).1));
    }
}

#[test]
fn parser_regressions() {
    for (path, source) in inputs("parser") {
        eprintln!("{}", path.display());
        on_small_stack(move || {
            let parsed = flux_syntax::parse(&source);
            assert_eq!(parsed, flux_syntax::parse_recovering(&source));
            check_spans(&source, &parsed.errors);
            let _ = flux_syntax::sexpr(&parsed.file);
        });
    }
}

#[test]
fn eval_regressions() {
    let runtime = flux::Runtime::builder()
        .secrets(flux::MemorySecrets::new().with("k", "s3cr3t"))
        .allow_hosts(Vec::<String>::new())
        .max_steps(20_000)
        .build();
    for (path, source) in inputs("eval") {
        eprintln!("{}", path.display());
        let runtime = runtime.clone();
        on_small_stack(move || match runtime.eval(&source) {
            Ok(values) => values.iter().for_each(|v| drop(v.display())),
            Err(e) => drop(e.render_plain()),
        });
    }
}

#[test]
fn csv_regressions() {
    for (path, bytes) in byte_inputs("csv") {
        eprintln!("{}", path.display());
        on_small_stack(move || {
            for mode in [flux_table::csv::Mode::Annotations, flux_table::csv::Mode::Raw] {
                match flux_table::csv::decode(&bytes, mode) {
                    Ok(results) => drop(flux_table::csv::encode(&results)),
                    Err(e) => drop(e.to_string()),
                }
            }
        });
    }
}

#[test]
fn json_regressions() {
    for (path, bytes) in byte_inputs("json") {
        eprintln!("{}", path.display());
        on_small_stack(move || match flux_stdlib::experimental::json::parse(&bytes) {
            Ok(value) => drop(value.display()),
            Err(e) => drop(e.to_string()),
        });
    }
}

#[test]
fn check_regressions() {
    let runtime = flux::Runtime::new();
    for (path, source) in inputs("check") {
        eprintln!("{}", path.display());
        let runtime = runtime.clone();
        on_small_stack(move || match runtime.check(&source) {
            Ok(types) => {
                drop(types.bindings());
                drop(types.last_expression_type());
            }
            Err(e) => drop(e.render_plain()),
        });
    }
}
