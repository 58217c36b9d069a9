//! A wiremock InfluxDB v2 serving the responses its API reference documents, for
//! the examples that talk to `http://localhost:8086`.

use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The token the examples get from the in-memory secret store (`INFLUX_TOKEN`).
pub const TOKEN: &str = "mySupeR53cre7t0k3n";

/// The host examples name: the mock serves it.
pub const EXAMPLE_HOST: &str = "http://localhost:8086";

const HEALTH: &str = r#"{"name":"influxdb","message":"ready for queries and writes","status":"pass","checks":[],"version":"v2.7.10","commit":"f302d9730c"}"#;
const BUCKET: &str = r#"{"id":"0000000000000001","orgID":"x000X0x0xx0X00x0","type":"user","name":"example-bucket","description":"This is an example bucket.","retentionRules":[],"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","links":{"self":"/api/v2/buckets/0000000000000001"},"labels":[]}"#;
const UNAUTHORIZED: &str = r#"{"code":"unauthorized","message":"unauthorized access"}"#;
const NOT_FOUND: &str = r#"{"code":"not found","message":"path not found"}"#;

/// A running mock (its server thread lives as long as this value).
pub struct MockInfluxDb {
    rt: tokio::runtime::Runtime,
    server: MockServer,
    seen: std::cell::Cell<usize>,
}

impl MockInfluxDb {
    pub fn start() -> MockInfluxDb {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("tokio runtime");
        let server = rt.block_on(MockServer::start());
        let json = |status: u16, body: &str| {
            ResponseTemplate::new(status).set_body_raw(body, "application/json; charset=utf-8")
        };
        let authorized = format!("Token {TOKEN}");
        rt.block_on(async {
            Mock::given(method("GET"))
                .and(path("/health"))
                .respond_with(json(200, HEALTH))
                .mount(&server)
                .await;
            Mock::given(method("POST"))
                .and(path("/api/v2/buckets"))
                .and(header("Authorization", authorized.as_str()))
                .respond_with(json(201, BUCKET))
                .mount(&server)
                .await;
            Mock::given(path("/api/v2/buckets"))
                .respond_with(json(401, UNAUTHORIZED))
                .mount(&server)
                .await;
            // As InfluxDB 2 does: any other path needs the token, else 401.
            let token = authorized.clone();
            Mock::given(move |request: &wiremock::Request| {
                request.headers.get("Authorization").and_then(|v| v.to_str().ok()) != Some(token.as_str())
            })
            .respond_with(json(401, UNAUTHORIZED))
            .with_priority(9)
            .mount(&server)
            .await;
            Mock::given(wiremock::matchers::any())
                .respond_with(json(404, NOT_FOUND))
                .with_priority(10)
                .mount(&server)
                .await;
        });
        MockInfluxDb {
            rt,
            server,
            seen: std::cell::Cell::new(0),
        }
    }

    /// `code` with the example host replaced by the mock's URL.
    pub fn redirect(&self, code: &str) -> String {
        code.replace(EXAMPLE_HOST, &self.server.uri())
    }

    /// The requests received since the last call, one compact paragraph each.
    pub fn take_requests(&self) -> String {
        let requests = self
            .rt
            .block_on(self.server.received_requests())
            .unwrap_or_default();
        let new = requests.get(self.seen.get()..).unwrap_or_default();
        self.seen.set(requests.len());
        new.iter().map(describe).collect::<Vec<_>>().join("\n")
    }
}

/// `METHOD /path?query`, the headers a script controls, and the body.
fn describe(request: &Request) -> String {
    let mut text = format!("{} {}", request.method, request.url.path());
    if let Some(query) = request.url.query() {
        text.push_str(&format!("?{query}"));
    }
    text.push('\n');
    let mut names: Vec<&str> = request
        .headers
        .keys()
        .map(|k| k.as_str())
        .filter(|k| !matches!(*k, "host" | "accept" | "accept-encoding" | "user-agent"))
        .collect();
    names.sort_unstable();
    for name in names {
        let value = request
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("?");
        text.push_str(&format!("{name}: {value}\n"));
    }
    if !request.body.is_empty() {
        text.push_str(&format!("\n{}\n", String::from_utf8_lossy(&request.body)));
    }
    text
}
