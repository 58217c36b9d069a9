//! Secrets written into a script stay out of error snippets: a string literal passed
//! as `token:`, a value the host registered, a secret the script read.
#![allow(clippy::unwrap_used)]

use flux::{InfluxContext, MemorySecrets, Runtime};

const LITERAL: &str = "literal-token-5f3a";
const REGISTERED: &str = "registered-pw-81c0";
const CONTEXT: &str = "context-token-40de";
const STORED: &str = "stored-secret-2b9e";

fn runtime() -> Runtime {
    Runtime::builder()
        .secrets(MemorySecrets::new().with("pw", STORED))
        .influxdb(InfluxContext::new("http://127.0.0.1:1", CONTEXT))
        .redact(REGISTERED)
        .build()
}

/// Every rendering of the error `src` ends with.
fn everything_shown(src: &str) -> String {
    let error = runtime().eval(src).unwrap_err();
    format!(
        "{error}\n{error:?}\n{}\n{}\n{}",
        error.render_plain(),
        error.render("x.flux", false),
        error.source_text()
    )
}

#[test]
fn snippets_mask_secrets_in_the_source() {
    let scripts = [
        format!(
            "import \"experimental/influxdb\"\n\
             influxdb.api(method: \"get\", path: 42, host: \"http://h\", token: \"{LITERAL}\")"
        ),
        format!("r = {{token: \"{LITERAL}\", n: 1}}\nr.n + \"a\""),
        format!("x = \"{REGISTERED}\" + 1"),
        format!("x = \"{CONTEXT}\" + 1"),
        format!(
            "import \"influxdata/influxdb/secrets\"\n\
             s = secrets.get(key: \"pw\")\nx = s == \"{STORED}\" and die(msg: \"stop\")"
        ),
        // Syntax errors too, also when the message quotes the literal.
        format!("x = {{token: \"{LITERAL}\", n: (1 +}}"),
        format!("x = f(a: 1 \"{LITERAL}\", token: \"{LITERAL}\")"),
    ];
    for src in scripts {
        let shown = everything_shown(&src);
        for secret in [LITERAL, REGISTERED, CONTEXT, STORED] {
            assert!(!shown.contains(secret), "{src}\nshows {secret}:\n{shown}");
        }
        assert!(shown.contains("****"), "{src}\n{shown}");
    }
}

#[test]
fn masking_keeps_the_location() {
    let src = format!("r = {{token: \"{LITERAL}\"}}\nr.token + 1");
    let error = runtime().eval(&src).unwrap_err();
    let snippet = error.render("x.flux", false);
    assert!(snippet.contains("x.flux:2:1"), "{snippet}");
    assert!(snippet.contains("r.token + 1"), "{snippet}");
    assert_eq!(error.source_text().len(), src.len());
}

#[test]
fn the_runtime_says_which_text_mentions_a_secret() {
    let runtime = runtime();
    assert!(runtime.mentions_secret(&format!("f(token: \"{LITERAL}\")")));
    assert!(runtime.mentions_secret(&format!("x = \"{REGISTERED}\"")));
    assert!(runtime.mentions_secret(&format!("x = \"{CONTEXT}\"")));
    assert!(!runtime.mentions_secret("x = secrets.get(key: \"pw\")"));
    assert!(!runtime.mentions_secret("token = 1"));
    assert!(
        !runtime.mentions_secret("f(token: \"\")"),
        "too short to be a token"
    );
}

#[test]
fn hosts_can_mask_text_they_render_themselves() {
    let runtime = runtime();
    let src = format!("api(token: \"{LITERAL}\", x: \"{REGISTERED}\")");
    let masked = runtime.mask_secrets(&src);
    assert_eq!(masked.len(), src.len());
    assert!(
        !masked.contains(LITERAL) && !masked.contains(REGISTERED),
        "{masked}"
    );
}
