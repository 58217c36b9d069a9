//! Tokens and secrets stay where they belong: not in error snippets, not sent to
//! another host after a redirect.
#![allow(clippy::unwrap_used)]

mod common;

use common::{flux, stderr};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LITERAL: &str = "literal-token-6d1e";
const SECRET: &str = "flag-secret-3c7a";

#[test]
fn error_snippets_mask_literal_tokens_and_secrets() {
    let scripts = [
        format!(
            "import \"experimental/influxdb\"\n\
             influxdb.api(method: \"get\", path: 42, host: \"http://h\", token: \"{LITERAL}\")"
        ),
        format!("x = {{token: \"{LITERAL}\"}}\ny = \"{SECRET}\" + 1"),
        format!("x = {{token: \"{LITERAL}\", y: (1 +}}"),
        format!("x = f(a: 1 \"{LITERAL}\", token: \"{LITERAL}\")"),
    ];
    for script in scripts {
        let out = flux()
            .args(["--secret", &format!("pw={SECRET}"), "-e", &script])
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(!err.contains(LITERAL) && !err.contains(SECRET), "{script}\n{err}");
        assert!(err.contains("****"), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redirect_to_another_host_drops_credentials_and_secret_headers() {
    let target = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/landed"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&target)
        .await;
    let origin = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/moved"))
        .respond_with(
            ResponseTemplate::new(307).insert_header("Location", format!("{}/landed", target.uri()).as_str()),
        )
        .mount(&origin)
        .await;
    let script = format!(
        "import \"experimental/influxdb\"\n\
         import \"influxdata/influxdb/secrets\"\n\
         r = influxdb.api(method: \"get\", path: \"/moved\", host: \"{}\", token: \"{LITERAL}\",\n\
             headers: [\"X-Secret\": secrets.get(key: \"pw\"), \"X-Bearer\": \"Bearer {LITERAL}\",\n\
                       \"Cookie\": \"c=1\", \"Proxy-Authorization\": \"Basic eDp5\", \"X-Plain\": \"hello\"])\n\
         r.statusCode",
        origin.uri()
    );
    let out = flux()
        .args(["--secret", &format!("pw={SECRET}"), "-e", &script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let first = &origin.received_requests().await.unwrap()[0];
    assert_eq!(first.headers["x-secret"], SECRET);
    assert_eq!(first.headers["cookie"], "c=1");
    let landed = &target.received_requests().await.unwrap()[0];
    assert_eq!(landed.headers["x-plain"], "hello");
    for name in [
        "authorization",
        "cookie",
        "proxy-authorization",
        "x-secret",
        "x-bearer",
    ] {
        assert!(!landed.headers.contains_key(name), "{name} followed the redirect");
    }
}
