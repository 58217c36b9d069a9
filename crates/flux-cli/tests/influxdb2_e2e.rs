//! End-to-end against a real InfluxDB 2.7 (`influxd` built from the Go module proxy by
//! scripts/build-influxd2.sh; scripts/test.sh and .ci/run build it first), started by each test on
//! a free loopback port: every testdata/influxdb2/*.flux, the `influxdb.api()` doc page's examples
//! (testdata/docs/, verbatim but for the host and the org id) and the examples in the doc comments
//! of stdlib/experimental/influxdb/influxdb.flux. Ids, times of day, the port, Date headers and
//! Content-Length are normalised; a body printed as bytes is shown as its (normalised) text.

mod common;
mod support;

use std::path::Path;

use support::influxdb2::{InfluxDb2, TOKEN};

/// How a script meets the server: as given with `--host`/`--token`, or only through the secret
/// INFLUX_TOKEN (always set), the host written in the script.
#[derive(Clone, Copy, PartialEq)]
enum Defaults {
    HostAndToken,
    SecretOnly,
}

/// Run the Flux `code` (named `name`) against `server`: exit status, stdout and stderr, normalised.
fn run(server: &InfluxDb2, name: &str, code: &str, defaults: Defaults) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let script = dir.path().join(name);
    std::fs::write(&script, code).expect("write script");
    let mut flux = common::flux();
    if defaults == Defaults::HostAndToken {
        flux.args(["--host", &server.url, "--token", TOKEN]);
    }
    let out = flux
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

/// Server-made values that change from run to run: the address, ids, times of day that carry
/// fractions of a second (creation and update times; the data in the tests uses whole seconds),
/// the Date header and Content-Length (times vary in length). A printed bytes value
/// (`0x7b0a...`) becomes `<bytes: TEXT>`, TEXT normalised in turn.
fn normalise(server: &InfluxDb2, text: &str) -> String {
    let hex = regex::Regex::new(r"0x((?:[0-9a-f]{2})+)").expect("hex pattern");
    let text = hex.replace_all(text, |caps: &regex::Captures| {
        let digits = &caps[1];
        let bytes: Vec<u8> = (0..digits.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(&digits[i..i + 2], 16).ok())
            .collect();
        format!("<bytes: {}>", String::from_utf8_lossy(&bytes))
    });
    let text = text
        .replace(&server.url, "http://INFLUXDB2")
        .replace(&server.org_id, "ORG_ID")
        .replace(&server.bucket_id, "BUCKET_ID");
    let patterns = [
        (r"\b[0-9a-f]{16}\b", "ID"),
        (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z", "TIME"),
        (r"Date: [A-Z][a-z]{2}, [^,\n]* GMT", "Date: DATE"),
        (r"Content-Length: \d+", "Content-Length: LENGTH"),
    ];
    patterns.iter().fold(text, |text, (pattern, replacement)| {
        let pattern = regex::Regex::new(pattern).expect("pattern");
        pattern.replace_all(&text, *replacement).into_owned()
    })
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
        insta::assert_snapshot!(run(&server, name, &code, Defaults::HostAndToken));
    });
}

/// The seed's examples (shared/influxdb-api-doc.md, kept verbatim in testdata/docs/) against
/// the real server: `http://localhost:8086` becomes the test server's address and the example
/// org id `x000X0x0xx0X00x0` the real one; nothing else changes. They run in this order on one
/// server, so the second bucket creation meets the first one's bucket: 422.
#[test]
fn api_doc_page_examples_against_a_real_influxdb2() {
    let server = InfluxDb2::start();
    for name in ["health.flux", "create_bucket.flux", "create_bucket_json.flux"] {
        let code = repo_file(&format!("testdata/docs/{name}"))
            .replace("http://localhost:8086", &server.url)
            .replace("x000X0x0xx0X00x0", &server.org_id);
        let output = run(&server, name, &code, Defaults::SecretOnly);
        insta::assert_snapshot!(format!("doc_{}", name.trim_end_matches(".flux")), output);
    }
}

/// The examples in the doc comments of our experimental/influxdb package, `http://localhost:8086`
/// replaced by the test server's address; the runtime knows no host or token.
#[test]
fn stdlib_doc_examples_against_a_real_influxdb2() {
    let server = InfluxDb2::start();
    let source = repo_file("stdlib/experimental/influxdb/influxdb.flux");
    let examples = doc_examples(&source);
    assert!(examples.len() >= 3, "found only {} examples", examples.len());
    let outputs: Vec<String> = examples
        .iter()
        .map(|example| {
            let code = example.replace("http://localhost:8086", &server.url);
            let output = run(&server, "example.flux", &code, Defaults::SecretOnly);
            format!("=== example\n{example}{output}")
        })
        .collect();
    insta::assert_snapshot!(outputs.join("\n"));
}

/// The code blocks of a .flux file's doc comments (lines `// ...` between ```` ``` ```` fences).
fn doc_examples(source: &str) -> Vec<String> {
    let mut examples = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let Some(text) = line.strip_prefix("//") else {
            continue;
        };
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
