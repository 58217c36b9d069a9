//! A build without the `http` cargo feature (`cargo test -p flux --no-default-features
//! --test no_http`): no reqwest, rustls or tokio; `influxdb.api()` says HTTP is not
//! compiled in.
#![cfg(not(feature = "http"))]

#[test]
fn api_says_http_is_not_compiled_in() {
    let rt = flux::Runtime::new();
    let got = rt.eval(
        "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/health\", host: \"http://localhost:8086\", token: \"t\")",
    );
    let message = got.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("HTTP is not compiled in"), "{message}");
    assert!(
        message.starts_with("error calling function \"api\" @2:1-2:"),
        "{message}"
    );
}

#[test]
fn everything_else_works() {
    let values = flux::Runtime::new().eval("import \"json\"\nstring(v: json.encode(v: {a: 1}))");
    let shown: Vec<String> = values.unwrap_or_default().iter().map(|v| v.display()).collect();
    assert_eq!(shown, ["{\"a\":1}"]);
}
