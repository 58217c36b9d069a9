//! Embedding Flux in a Rust tool: `cargo run -p flux --example embed`.
//!
//! A runtime with secrets, a host package, limits and an allow-list; a script's
//! values as Rust types and JSON; a REPL-like session; errors as data.

use std::time::Duration;

use flux::{ErrorKind, InfluxContext, JsonExt, MemorySecrets, Package, Runtime, Value};

/// A package of the host's own, importable as `myorg/tools`.
fn tools() -> Package {
    Package::new("myorg/tools")
        .function("percent", "(part: float, whole: float) => float", |args, _ctx| {
            let part: f64 = args.required("part")?;
            let whole: f64 = args.required("whole")?;
            Ok(Value::from(100.0 * part / whole))
        })
        .function("hostname", "() => string", |_args, _ctx| {
            Ok(Value::from("build-42"))
        })
        .flux("label = (name) => \"${hostname()}/${name}\"")
}

const SCRIPT: &str = r#"
import "myorg/tools"
import "influxdata/influxdb/secrets"

token = secrets.get(key: "API_TOKEN")
usage = {name: tools.label(name: "disk"), used: tools.percent(part: 30.0, whole: 120.0), haveToken: token != ""}
usage
"#;

pub fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runtime = Runtime::builder()
        .secrets(MemorySecrets::new().with("API_TOKEN", "tok-123456"))
        .influxdb(InfluxContext::new("http://localhost:8086", "my-influx-token"))
        .allow_hosts(["localhost:8086"])
        .package(tools())
        .max_steps(1_000_000)
        .time_limit(Duration::from_secs(5))
        .build();

    // Values of the script's expression statements, as JSON.
    for value in runtime.eval(SCRIPT)? {
        println!("json: {}", value.to_json()?);
    }

    // Rust values in and out.
    let mut session = runtime.session();
    session.set("thresholds", vec![10, 50, 90])?;
    let values = session.eval("thresholds[1] * 2\nthresholds")?;
    let doubled = i64::try_from(values[0].clone())?;
    let all = Vec::<i64>::try_from(values[1].clone())?;
    println!("session: {doubled} {all:?}");

    // Errors are data until rendered.
    let error = session.eval("thresholds + 1").err().ok_or("expected an error")?;
    println!("error kind {:?}: {}", error.kind(), error.render_plain());

    // Hosts not on the allow-list are refused before any connection.
    let refused = runtime
        .eval("import \"experimental/influxdb\"\ninfluxdb.api(method: \"get\", path: \"/\", host: \"http://evil.example\")")
        .err()
        .ok_or("expected a refusal")?;
    assert_eq!(refused.kind(), ErrorKind::Http);
    println!("refused: {}", refused.render_plain());
    Ok(())
}
