//! Evaluating from async code: `eval_async` and `spawn_blocking`, inside tokio.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use flux::{Runtime, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn runtime_is_send_and_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Runtime>();
    check::<flux::EvalFuture>();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn eval_async_inside_tokio() {
    let runtime = Runtime::new();
    let values = runtime.eval_async("x = 20\nx * 2 + 2").await.unwrap();
    assert_eq!(values, [Value::from(42)]);
    let error = runtime.eval_async("nope").await.unwrap_err();
    assert_eq!(error.kind(), flux::ErrorKind::Name);
}

#[tokio::test(flavor = "current_thread")]
async fn many_evaluations_at_once_on_one_thread() {
    let runtime = Runtime::new();
    let futures: Vec<_> = (0..8).map(|i| runtime.eval_async(format!("{i} * 10"))).collect();
    for (i, f) in futures.into_iter().enumerate() {
        assert_eq!(f.await.unwrap(), [Value::from(i as i64 * 10)]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spawn_blocking_pattern_with_an_http_call() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(200).set_body_string("pass"))
        .mount(&server)
        .await;
    let runtime = Runtime::builder()
        .influxdb(flux::InfluxContext::new(server.uri(), "t"))
        .build();
    let rt = runtime.clone();
    let out = tokio::task::spawn_blocking(move || {
        rt.eval("import \"experimental/influxdb\"\nstring(v: influxdb.api(method: \"get\", path: \"/health\").body)")
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(out, [Value::from("pass")]);
    // The same call awaited directly.
    let src = "import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/health\").statusCode";
    let status = tokio::time::timeout(Duration::from_secs(10), runtime.eval_async(src))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status, [Value::from(200)]);
}
