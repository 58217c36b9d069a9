//! The two examples of the `influxdb.api()` documentation page, verbatim
//! (testdata/docs/health.flux, create_bucket.flux), plus the bucket creation written
//! with `json.encode` (create_bucket_json.flux), run through `flux::Runtime` against
//! a wiremock server that answers as InfluxDB 2 documents. The scripts point at
//! `http://localhost:8086`; the test substitutes the mock's address.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use flux_stdlib::{Capabilities, MemorySecrets};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "my-s3cr3t-t0ken";
const DATE: &str = "Wed, 25 Nov 2026 02:00:00 GMT";

const HEALTH: &str = r#"{"name":"influxdb","message":"ready for queries and writes","status":"pass","checks":[],"version":"v2.7.1","commit":"407fa622e9"}"#;

const BUCKET: &str = r#"{"id":"0a0a0a0a0a0a0a0a","orgID":"x000X0x0xx0X00x0","type":"user","name":"example-bucket","description":"This is an example bucket.","retentionRules":[],"createdAt":"2026-11-25T02:00:00Z","updatedAt":"2026-11-25T02:00:00Z","labels":[]}"#;

/// An InfluxDB 2 look-alike: `GET /health` and `POST /api/v2/buckets` (token required).
struct Influx {
    rt: tokio::runtime::Runtime,
    server: MockServer,
}

fn influx_response(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_raw(body.to_string(), "application/json; charset=utf-8")
        .insert_header("Date", DATE)
        .insert_header("X-Influxdb-Build", "OSS")
        .insert_header("X-Influxdb-Version", "v2.7.1")
}

impl Influx {
    fn start() -> Influx {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let server = rt.block_on(MockServer::start());
        let authorized = format!("Token {TOKEN}");
        rt.block_on(async {
            Mock::given(method("GET"))
                .and(path("/health"))
                .respond_with(influx_response(200, HEALTH))
                .mount(&server)
                .await;
            Mock::given(method("POST"))
                .and(path("/api/v2/buckets"))
                .and(header("authorization", authorized.as_str()))
                .and(body_json(serde_json::json!({
                    "name": "example-bucket",
                    "description": "This is an example bucket.",
                    "orgID": "x000X0x0xx0X00x0",
                    "retentionRules": [],
                })))
                .respond_with(influx_response(201, BUCKET))
                .mount(&server)
                .await;
            Mock::given(method("POST"))
                .and(path("/api/v2/buckets"))
                .respond_with(influx_response(
                    401,
                    r#"{"code":"unauthorized","message":"unauthorized access"}"#,
                ))
                .mount(&server)
                .await;
        });
        Influx { rt, server }
    }

    /// Run testdata/docs/`name` with the mock's address and the token in the secret store;
    /// the displayed values, one per line.
    fn run(&self, name: &str) -> String {
        let file = format!("{}/../../testdata/docs/{name}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(file).unwrap();
        assert!(source.contains("http://localhost:8086"));
        let source = source.replace("http://localhost:8086", &self.server.uri());
        let caps = Capabilities {
            secrets: Arc::new(MemorySecrets::new().with("INFLUX_TOKEN", TOKEN)),
            ..Capabilities::default()
        };
        let runtime = flux::Runtime::builder().capabilities(caps).build();
        match runtime.eval(&source) {
            Ok(values) => values.iter().map(|v| v.display()).collect::<Vec<_>>().join("\n"),
            Err(e) => panic!("{name} failed:\n{}", e.render_plain()),
        }
    }

    fn requests(&self) -> Vec<wiremock::Request> {
        self.rt
            .block_on(self.server.received_requests())
            .unwrap_or_default()
    }
}

#[test]
fn health_check_example() {
    let influx = Influx::start();
    assert_eq!(influx.run("health.flux"), HEALTH);
    let requests = influx.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].headers.get("authorization").unwrap(),
        &format!("Token {TOKEN}")
    );
}

#[test]
fn create_bucket_example() {
    let influx = Influx::start();
    let output = influx.run("create_bucket.flux");
    insta::assert_snapshot!("create_bucket", output);
    let request = &influx.requests()[0];
    assert!(String::from_utf8_lossy(&request.body).starts_with("{\n          \"name\": \"example-bucket\","));
}

#[test]
fn create_bucket_with_json_encode() {
    let influx = Influx::start();
    let output = influx.run("create_bucket_json.flux");
    // Same response as the verbatim example: the mock checked the JSON body.
    insta::assert_snapshot!("create_bucket", output);
    let request = &influx.requests()[0];
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        r#"{"description":"This is an example bucket.","name":"example-bucket","orgID":"x000X0x0xx0X00x0","retentionRules":[]}"#
    );
}
