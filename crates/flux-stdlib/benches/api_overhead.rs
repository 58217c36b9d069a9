//! 2,000 sequential `influxdb.api()` calls against a local HTTP server, compared
//! with the same 2,000 requests sent by a reused `reqwest::blocking::Client`.
//!
//! `cargo bench -p flux-stdlib --bench api_overhead`
//!
//! - `reqwest_blocking`: the baseline, raw reqwest with one client.
//! - `api_native`: the `api` native called from Rust (argument reading, URL building,
//!   the request driven on the calling thread, the response record), no Flux source.
//! - `api_script`: one Flux script with 2,000 `influxdb.api()` calls run by `flux::Runtime`.
#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use flux_eval::{Args, Evaluator, Registry, Value};
use flux_stdlib::{Capabilities, HttpClient};

const CALLS: usize = 2_000;

fn bench(c: &mut Criterion) {
    let addr = support::start(b"{\"status\":\"pass\"}");
    let host = format!("http://{addr}");
    let url = format!("{host}/health");

    let mut group = c.benchmark_group("api_2000_sequential");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));

    let client = reqwest::blocking::Client::new();
    group.bench_function("reqwest_blocking", |b| {
        b.iter(|| {
            for _ in 0..CALLS {
                let response = client
                    .get(&url)
                    .header("Authorization", "Token t")
                    .send()
                    .unwrap();
                assert_eq!(response.status().as_u16(), 200);
                response.bytes().unwrap();
            }
        })
    });

    let caps = Capabilities::default();
    let api = flux_stdlib::STDLIB
        .iter()
        .find(|p| p.path == "experimental/influxdb")
        .and_then(|p| p.natives.first().cloned())
        .unwrap();
    let native = || {
        let mut ev = Evaluator::new(Arc::new(Registry::default())).with_host(Arc::new(caps.clone()));
        for _ in 0..CALLS {
            let mut args = Args::new(vec![
                (Arc::from("method"), Value::string("get")),
                (Arc::from("path"), Value::string("/health")),
                (Arc::from("host"), Value::string(host.as_str())),
                (Arc::from("token"), Value::string("t")),
            ]);
            let response = api
                .call(&mut args, &mut ev.call_context(flux_syntax::Span::default()))
                .unwrap();
            assert!(matches!(response, Value::Record(_)));
        }
    };
    group.bench_function("api_native", |b| b.iter(native));

    let runtime = flux::Runtime::builder().build();
    let mut script = String::from("import \"experimental/influxdb\"\n");
    script.push_str(&format!("host = \"{host}\"\n"));
    for _ in 0..CALLS {
        script.push_str(
            "influxdb.api(method: \"get\", path: \"/health\", host: host, token: \"t\").statusCode\n",
        );
    }
    match runtime.eval(&script) {
        Ok(values) => assert_eq!(values.len(), CALLS),
        Err(e) => {
            eprintln!("api_script skipped: {}", e.render_plain());
            group.finish();
            return;
        }
    }
    group.bench_function("api_script", |b| {
        b.iter(|| {
            let values = runtime.eval(&script).unwrap();
            assert_eq!(values.len(), CALLS);
        })
    });
    group.finish();

    let time = |f: &dyn Fn()| {
        let started = std::time::Instant::now();
        f();
        started.elapsed()
    };
    let raw = || {
        for _ in 0..CALLS {
            client
                .get(&url)
                .header("Authorization", "Token t")
                .send()
                .unwrap()
                .bytes()
                .unwrap();
        }
    };
    let flux = || {
        runtime.eval(&script).unwrap();
    };
    // Also the floor: async reqwest driven directly on this thread.
    let async_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let async_client = reqwest::Client::new();
    // One `block_on` per request, as a synchronous caller (and `api()`) does.
    let raw_async = || {
        for _ in 0..CALLS {
            async_rt.block_on(async {
                let response = async_client
                    .get(&url)
                    .header("Authorization", "Token t")
                    .send()
                    .await
                    .unwrap();
                response.bytes().await.unwrap();
            })
        }
    };
    let mut trivial_script = String::from("import \"experimental/influxdb\"\n");
    for _ in 0..CALLS {
        trivial_script.push_str("string(v: \"x\")\n");
    }
    let trivial = || {
        runtime.eval(&trivial_script).unwrap();
    };
    // The HTTP client alone: a request built once, sent through `ReqwestClient`.
    let http = flux_stdlib::ReqwestClient::new();
    let request = flux_stdlib::HttpRequest {
        method: "GET".to_string(),
        url: url::Url::parse(&url).unwrap(),
        headers: Vec::new(),
        authorization: Some(flux_stdlib::SecretString::from("Token t".to_string())),
        body: bytes::Bytes::new(),
        timeout: Duration::from_secs(30),
        max_body_bytes: 100 * 1024 * 1024,
        max_redirects: 10,
        allowed_hosts: None,
        sensitive_headers: Vec::new(),
    };
    let client_send = || {
        for _ in 0..CALLS {
            let response = http.send(request.clone(), &|| false).unwrap();
            assert_eq!(response.status, 200);
        }
    };
    // Parsing the script alone (it is parsed again on every run).
    let parse = || {
        assert!(flux_syntax::parse(&script).errors.is_empty());
    };

    let runs: [(&str, &dyn Fn()); 7] = [
        ("reqwest::blocking", &raw),
        ("async reqwest, block_on per request", &raw_async),
        ("ReqwestClient::send", &client_send),
        ("api native", &native),
        ("flux script", &flux),
        ("parsing that script", &parse),
        ("script without HTTP", &trivial),
    ];
    // On a shared machine, alternate them and compare the best of each. The order is
    // shuffled every round (fixed seed): on 2 vCPUs the runs right after `reqwest::blocking`
    // can be twice as fast as later ones, depending on where the scheduler has just put the
    // client and server threads, so no run may always come right after another.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut shuffled = move || {
        let mut order: Vec<usize> = (0..7).collect();
        for k in (1..order.len()).rev() {
            // xorshift64
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        order
    };
    let mut best = [Duration::MAX; 7];
    for _ in 0..7 {
        for i in shuffled() {
            best[i] = best[i].min(time(runs[i].1));
        }
    }
    // CPU time of the whole process (client, server and any HTTP thread alike) is less
    // disturbed by other processes than wall time: 5 rounds of each.
    let mut cpu = [Duration::ZERO; 7];
    for _ in 0..5 {
        for i in shuffled() {
            let before = process_cpu_time();
            runs[i].1();
            cpu[i] += process_cpu_time().saturating_sub(before) / 5;
        }
    }
    let list = |figures: &[Duration; 7]| {
        runs.iter()
            .zip(figures)
            .map(|((name, _), d)| format!("{name} {:.1} ms", d.as_secs_f64() * 1e3))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ratio = |figures: &[Duration; 7], base: usize| figures[4].as_secs_f64() / figures[base].as_secs_f64();
    println!(
        "CPU per {CALLS} calls (mean of 5): {}; ratio flux/blocking {:.3}, flux/async {:.3}",
        list(&cpu),
        ratio(&cpu, 0),
        ratio(&cpu, 1)
    );
    println!(
        "wall, best of 7, {CALLS} calls: {}; ratio flux/blocking {:.3}, flux/async {:.3}",
        list(&best),
        ratio(&best, 0),
        ratio(&best, 1)
    );
    // Each client keeps one connection: far more would mean connections are not reused.
    println!(
        "connections accepted by the server: {}",
        support::CONNECTIONS.load(std::sync::atomic::Ordering::Relaxed)
    );
}

/// User + system CPU time of this process, from /proc/self/stat (clock ticks of 10 ms).
fn process_cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<u64> = after_name
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    // Fields 14 and 15 of the file (utime, stime) are 11 and 12 after the name.
    let ticks = fields.get(11).copied().unwrap_or(0) + fields.get(12).copied().unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

criterion_group!(benches, bench);
criterion_main!(benches);
