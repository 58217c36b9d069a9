//! The documentation runs:
//! - every Flux example in the doc comments of stdlib/**/*.flux (conventions: `flux::docs`);
//! - the `influxdb.api()` doc page's examples, verbatim in testdata/docs/;
//! - docs/stdlib.md is what the doc comments generate.
//!
//! Examples that name `http://localhost:8086` talk to a wiremock InfluxDB v2 instead,
//! and `secrets.get(key: "INFLUX_TOKEN")` reads an in-memory store.

#[path = "doc_examples/mock_influxdb.rs"]
mod mock_influxdb;

use flux::docs::{self, PackageDoc};
use flux::MemorySecrets;
use mock_influxdb::{MockInfluxDb, TOKEN};

fn runtime() -> flux::Runtime {
    flux::Runtime::builder()
        .secrets(MemorySecrets::new().with("INFLUX_TOKEN", TOKEN))
        .build()
}

/// The docs of every package the runtime embeds.
fn stdlib_docs() -> Vec<PackageDoc> {
    flux::stdlib::STDLIB
        .iter()
        .map(|p| PackageDoc::parse(&p.path, &p.source))
        .collect()
}

/// The file a package's docs live in.
fn flux_file(package: &PackageDoc) -> String {
    let last = package.path.rsplit('/').next().unwrap_or(&package.path);
    format!("stdlib/{}/{last}.flux", package.path)
}

/// What a script printed (one line per top-level value), and its error message if it failed.
fn run(runtime: &flux::Runtime, code: &str) -> (Vec<String>, Option<String>) {
    let mut lines = Vec::new();
    let result = runtime.run(code, |v| lines.extend(v.display().lines().map(str::to_string)));
    let error = result.err().map(|e| {
        e.messages()
            .iter()
            .map(|(_, m)| m.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    });
    (lines, error)
}

fn trim_ends(lines: &[String]) -> Vec<&str> {
    lines.iter().map(|l| l.trim_end()).collect()
}

#[test]
fn stdlib_doc_examples_run() {
    let mock = MockInfluxDb::start();
    let runtime = runtime();
    let mut failures = Vec::new();
    let mut ran = 0;
    for package in stdlib_docs() {
        let file = flux_file(&package);
        let mut items = vec![("package".to_string(), package.doc.clone(), package.doc_line)];
        for builtin in &package.builtins {
            // Declarations sharing one comment share its examples: run them once.
            if items.last().is_none_or(|(_, _, line)| *line != builtin.doc_line) {
                items.push((builtin.name.clone(), builtin.doc.clone(), builtin.doc_line));
            }
        }
        for (item, doc, doc_line) in items {
            for (n, example) in docs::examples(&doc, doc_line).into_iter().enumerate() {
                let place = format!("{file}:{} ({item} example {})", example.line, n + 1);
                match &example.no_run {
                    Some(reason) if reason.is_empty() => {
                        failures.push(format!("{place}: a no_run fence must say why"));
                        continue;
                    }
                    Some(_) => continue,
                    None => {}
                }
                ran += 1;
                let (lines, error) = run(&runtime, &mock.redirect(&example.code));
                if let Some(want) = &example.expected_error {
                    if !error.as_deref().is_some_and(|e| e.ends_with(want.as_str())) {
                        failures.push(format!("{place}: expected error {want:?}, got {error:?}"));
                    }
                    continue;
                }
                if let Some(error) = error {
                    failures.push(format!("{place}: failed: {error}"));
                    continue;
                }
                if example.expected.is_empty() {
                    let name = format!("{}__{item}__{}", package.path.replace('/', "_"), n + 1);
                    let mut settings = insta::Settings::clone_current();
                    settings.set_description(example.code.clone());
                    settings.bind(|| insta::assert_snapshot!(name, lines.join("\n")));
                } else if trim_ends(&lines) != trim_ends(&example.expected) {
                    failures.push(format!(
                        "{place}: printed\n{}\nbut the example says\n{}",
                        lines.join("\n"),
                        example.expected.join("\n")
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing examples:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(ran >= 10, "only {ran} examples ran");
}

#[test]
fn every_builtin_is_documented() {
    let undocumented: Vec<String> = stdlib_docs()
        .iter()
        .flat_map(|p| {
            p.builtins
                .iter()
                .filter(|b| b.doc.trim().is_empty())
                .map(move |b| format!("{}.{}", p.path, b.name))
        })
        .collect();
    assert!(undocumented.is_empty(), "undocumented builtins: {undocumented:?}");
}

#[test]
fn docs_stdlib_md_is_current() {
    let generated = docs::stdlib_markdown(&stdlib_docs());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/stdlib.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &generated).expect("write docs/stdlib.md");
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/stdlib.md is stale; regenerate it with `UPDATE_DOCS=1 cargo test -p flux --test doc_examples`"
    );
}

/// The examples of the `influxdb.api()` doc page (shared/influxdb-api-doc.md), verbatim:
/// what they print and the requests the server received.
#[test]
fn api_doc_page_examples() {
    let mock = MockInfluxDb::start();
    let runtime = runtime();
    insta::glob!("../../../testdata/docs", "*.flux", |path| {
        let code = std::fs::read_to_string(path).expect("read example");
        let (lines, error) = run(&runtime, &mock.redirect(&code));
        let mut text = format!("--- prints\n{}\n", redact_date(&lines.join("\n")));
        if let Some(error) = error {
            text.push_str(&format!("--- error\n{error}\n"));
        }
        text.push_str(&format!("--- requests\n{}", mock.take_requests()));
        insta::assert_snapshot!(text);
    });
}

/// The README's offline tour: what it prints.
#[test]
fn tour_runs_offline() {
    let code = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/tour.flux"))
        .expect("read examples/tour.flux");
    let (lines, error) = run(&flux::Runtime::new(), &code);
    assert_eq!(error, None);
    insta::assert_snapshot!("tour", lines.join("\n"));
}

/// The README's `$ cargo run -q -p flux-cli -- -e '...'` lines print what the README says.
#[test]
fn readme_examples_print_what_it_says() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("read README.md");
    let lines: Vec<&str> = readme.lines().collect();
    let mut checked = 0;
    for (n, line) in lines.iter().enumerate() {
        let Some(code) = line
            .strip_prefix("$ cargo run -q -p flux-cli -- -e '")
            .and_then(|rest| rest.strip_suffix('\''))
        else {
            continue;
        };
        let (printed, error) = run(&flux::Runtime::new(), code);
        assert_eq!(error, None, "README.md:{}", n + 1);
        let expected: Vec<&str> = lines[n + 1..]
            .iter()
            .take_while(|l| **l != "```")
            .copied()
            .collect();
        assert_eq!(printed, expected, "README.md:{}", n + 1);
        checked += 1;
    }
    assert!(checked >= 1, "no `-e` example found in README.md");
}

/// Replace the (changing) value of a `Date` response header.
fn redact_date(text: &str) -> String {
    const HTTP_DATE_LEN: usize = "Wed, 25 Nov 2026 02:50:00 GMT".len();
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("Date: ") {
        let value_start = at + "Date: ".len();
        out.push_str(&rest[..value_start]);
        out.push_str("<date>");
        rest = rest.get(value_start + HTTP_DATE_LEN..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
