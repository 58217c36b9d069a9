//! 2,000 sequential `influxdb.api()` calls against a local HTTP server, compared
//! with the same 2,000 requests sent by a reused `reqwest::blocking::Client`.
//!
//! `cargo bench -p flux-stdlib --bench api_overhead`
//!
//! - `reqwest_blocking`: the baseline, raw reqwest with one client.
//! - `api_native`: the `api` native called from Rust (argument reading, URL building,
//!   the HTTP worker thread, the response record), no Flux source.
//! - `api_script`: one Flux script with 2,000 `influxdb.api()` calls run by `flux::Runtime`.
#![allow(clippy::unwrap_used)]

mod support;

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use flux_eval::{Args, CallContext, Value};
use flux_stdlib::Capabilities;

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
    let packages = flux_stdlib::packages(&caps);
    let api = packages
        .iter()
        .find(|p| &*p.path == "experimental/influxdb")
        .and_then(|p| p.natives.first().cloned())
        .unwrap();
    let native = || {
        for _ in 0..CALLS {
            let mut args = Args::new(vec![
                (Arc::from("method"), Value::string("get")),
                (Arc::from("path"), Value::string("/health")),
                (Arc::from("host"), Value::string(host.as_str())),
                (Arc::from("token"), Value::string("t")),
            ]);
            let response = (api.func)(&mut args, &CallContext::detached()).unwrap();
            assert!(matches!(response, Value::Record(_)));
        }
    };
    group.bench_function("api_native", |b| b.iter(native));

    let runtime = flux::Runtime::builder()
        .packages(flux_stdlib::packages(&Capabilities::default()))
        .build();
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

    // On a shared machine, alternate the two and compare the best of each.
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
    // Also the floor: async reqwest driven directly on this thread (no thread hop).
    let async_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let async_client = reqwest::Client::new();
    let raw_async = || {
        async_rt.block_on(async {
            for _ in 0..CALLS {
                let response = async_client
                    .get(&url)
                    .header("Authorization", "Token t")
                    .send()
                    .await
                    .unwrap();
                response.bytes().await.unwrap();
            }
        })
    };
    let mut trivial_script = String::from("import \"experimental/influxdb\"\n");
    for _ in 0..CALLS {
        trivial_script.push_str("string(v: \"x\")\n");
    }
    let trivial = || {
        runtime.eval(&trivial_script).unwrap();
    };
    let mut best = [Duration::MAX; 5];
    for _ in 0..7 {
        for (i, run) in [&raw as &dyn Fn(), &raw_async, &native, &flux, &trivial]
            .iter()
            .enumerate()
        {
            best[i] = best[i].min(time(*run));
        }
    }
    let [best_raw, best_async, best_native, best_flux, best_trivial] = best;
    // CPU time of the whole process (client, HTTP thread and server alike) is less
    // disturbed by other processes than wall time: 5 rounds of each.
    let mut cpu = [Duration::ZERO; 5];
    for _ in 0..5 {
        for (i, run) in [&raw as &dyn Fn(), &raw_async, &native, &flux, &trivial]
            .iter()
            .enumerate()
        {
            let before = process_cpu_time();
            run();
            cpu[i] += process_cpu_time().saturating_sub(before) / 5;
        }
    }
    println!(
        "CPU per {CALLS} calls (mean of 5): reqwest::blocking {:?}, async reqwest {:?}, api native {:?}, \
         flux script {:?}, script without HTTP {:?}; ratio flux/blocking {:.3}",
        cpu[0],
        cpu[1],
        cpu[2],
        cpu[3],
        cpu[4],
        cpu[3].as_secs_f64() / cpu[0].as_secs_f64()
    );
    let ratio = |base: Duration| best_flux.as_secs_f64() / base.as_secs_f64();
    println!(
        "best of 7, {CALLS} calls: reqwest::blocking {best_raw:?}, async reqwest on this thread {best_async:?}, \
         api native {best_native:?}, flux script {best_flux:?} (the same script without HTTP: \
         {best_trivial:?}); ratio flux/blocking {:.3}, flux/async {:.3}",
        ratio(best_raw),
        ratio(best_async)
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
