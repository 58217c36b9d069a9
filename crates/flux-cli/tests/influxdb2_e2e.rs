//! End-to-end against a real InfluxDB 2.7 (`influxd` built from the Go module proxy by
//! scripts/build-influxd2.sh; scripts/test.sh and .ci/run build it first), started by each test on
//! a free loopback port: every testdata/influxdb2/*.flux, the `influxdb.api()` doc page's examples
//! (testdata/docs/, verbatim but for the host and the org id) and the examples in the doc comments
//! of stdlib/experimental/influxdb/influxdb.flux. Ids, times of day and the port are normalised.

mod common;
mod support;

use std::path::Path;

use support::influxdb2::{InfluxDb2, TOKEN};

/// Run the Flux `code` (named `name`) with `--host`/`--token` and the secret INFLUX_TOKEN set for
/// `server`: exit status, stdout and stderr, normalised.
fn run(server: &InfluxDb2, name: &str, code: &str) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let script = dir.path().join(name);
    std::fs::write(&script, code).expect("write script");
    let out = common::flux()
        .args(["--host", &server.url, "--token", TOKEN])
        .args(["--secret", &format!("INFLUX_TOKEN={TOKEN}")])
        .arg(&script)
        .output()
        .expect("run flux");
    let text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        common::stdout(&out),
        common::stderr(&out),
    );
    normalise(server, &text.replace(&dir.path().display().to_string(), "DIR"))
}

/// Server-made values that change from run to run: the address, ids, and times of day that
/// carry fractions of a second (creation and update times; the data in the tests uses whole seconds).
fn normalise(server: &InfluxDb2, text: &str) -> String {
    let text = text
        .replace(&server.url, "http://INFLUXDB2")
        .replace(&server.org_id, "ORG_ID")
        .replace(&server.bucket_id, "BUCKET_ID");
    let id = regex::Regex::new(r"\b[0-9a-f]{16}\b").expect("id pattern");
    let time = regex::Regex::new(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z").expect("time pattern");
    let text = id.replace_all(&text, "ID");
    time.replace_all(&text, "TIME").into_owned()
}

fn repo_file(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("read {}: {e}", full.display()))
}

#[test]
fn scripts_against_a_real_influxdb2() {
    let server = InfluxDb2::start();
    insta::glob!("../../../testdata/influxdb2", "*.flux", |path| {
        let code = std::fs::read_to_string(path).expect("read script");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("script.flux");
        insta::assert_snapshot!(run(&server, name, &code));
    });
}

/// The seed's examples (shared/influxdb-api-doc.md, kept verbatim in testdata/docs/) against
/// the real server: `http://localhost:8086` becomes the test server's address and the example
/// org id `x000X0x0xx0X00x0` the real one; nothing else changes.
#[test]
fn api_doc_page_examples_against_a_real_influxdb2() {
    let server = InfluxDb2::start();
    for name in ["health.flux", "create_bucket.flux", "create_bucket_json.flux"] {
        let code = repo_file(&format!("testdata/docs/{name}"))
            .replace("http://localhost:8086", &server.url)
            .replace("x000X0x0xx0X00x0", &server.org_id);
        let output = run(&server, name, &code);
        insta::assert_snapshot!(format!("doc_{}", name.trim_end_matches(".flux")), output);
    }
}

/// The examples in the doc comments of our experimental/influxdb package, `http://localhost:8086`
/// replaced by the test server's address.
#[test]
fn stdlib_doc_examples_against_a_real_influxdb2() {
    let server = InfluxDb2::start();
    let source = repo_file("stdlib/experimental/influxdb/influxdb.flux");
    let examples = doc_examples(&source);
    assert!(examples.len() >= 3, "found only {} examples", examples.len());
    let outputs: Vec<String> = examples
        .iter()
        .map(|code| {
            let code = code.replace("http://localhost:8086", &server.url);
            format!("=== example\n{code}{}", run(&server, "example.flux", &code))
        })
        .collect();
    insta::assert_snapshot!(outputs.join("\n"));
}

/// The code blocks of a .flux file's doc comments (lines `// ...` between ```` ``` ```` fences).
fn doc_examples(source: &str) -> Vec<String> {
    let mut examples = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let Some(text) = line.strip_prefix("//") else { continue };
        let text = text.strip_prefix(' ').unwrap_or(text);
        match (&mut current, text.starts_with("```")) {
            (None, true) => current = Some(String::new()),
            (Some(_), true) => examples.extend(current.take()),
            (Some(code), false) => {
                code.push_str(text);
                code.push('\n');
            }
            (None, false) => {}
        }
    }
    examples
}
