//! The examples in the doc comments of stdlib/**.flux (except the universe) are run:
//! a ```` ``` ```` block whose lines `// => TEXT` give the expected output is evaluated
//! and its displayed values compared; a block without them must at least parse.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use flux_stdlib::{Capabilities, MemorySecrets};

/// `(package path, example source, expected output lines)` for every example.
fn examples() -> Vec<(String, String, Vec<String>)> {
    let mut found = Vec::new();
    for package in flux_stdlib::packages(&Capabilities::default()) {
        let mut block: Option<Vec<String>> = None;
        for line in package.source.lines() {
            let Some(comment) = line.trim_start().strip_prefix("//") else {
                continue;
            };
            let text = comment.strip_prefix(' ').unwrap_or(comment);
            match (&mut block, text.trim() == "```") {
                (None, true) => block = Some(Vec::new()),
                (Some(lines), true) => {
                    let source = lines.join("\n");
                    let expected = lines
                        .iter()
                        .filter_map(|l| l.strip_prefix("// => "))
                        .map(str::to_string)
                        .collect();
                    found.push((package.path.to_string(), source, expected));
                    block = None;
                }
                (Some(lines), false) => lines.push(text.to_string()),
                (None, false) => {}
            }
        }
    }
    found
}

#[test]
fn doc_examples_run_and_print_what_they_say() {
    let caps = Capabilities {
        secrets: Arc::new(MemorySecrets::new().with("INFLUX_TOKEN", "t0k3n")),
        ..Capabilities::default()
    };
    let runtime = flux::Runtime::builder().capabilities(caps).build();
    let all = examples();
    assert!(all.len() >= 9, "found {} examples", all.len());
    let mut checked = 0;
    for (path, source, expected) in all {
        let parsed = flux_syntax::parse(&source);
        assert!(
            parsed.errors.is_empty(),
            "{path} example does not parse:\n{source}\n{:?}",
            parsed.errors
        );
        if expected.is_empty() {
            continue;
        }
        let values = match runtime.eval(&source) {
            Ok(values) => values,
            Err(e) => panic!("{path} example failed:\n{source}\n{}", e.render_plain()),
        };
        let shown: Vec<String> = values.iter().map(|v| v.display()).collect();
        assert_eq!(shown, expected, "{path} example:\n{source}");
        checked += 1;
    }
    assert!(checked >= 7, "only {checked} examples have expected output");
}
