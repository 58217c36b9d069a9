//! CPU-time throughput and peak memory of decoding and encoding annotated CSV.
//!
//! `cargo run --release -p flux-table --example csv_figures -- [1x1000000|1000x1000] [RUNS]`
//! (Linux: reads /proc). Without a shape it runs itself once per shape, so that each is measured
//! in a fresh process (memory freed by one shape would hide the peak of the next).
//!
//! For a shape (one table of 1,000,000 rows; 1,000 tables of 1,000 rows) it prints:
//! - throughput in MiB of CSV per second of CPU time of this thread (/proc/thread-self/schedstat),
//!   which a busy machine disturbs less than wall time (the criterion bench measures wall time);
//! - the bytes of the decoded arrays, and how far the resident set rose above its level before
//!   the call (the peak is reset through /proc/self/clear_refs). Decoding is measured with the
//!   CSV text already in memory (the caller's), encoding while writing to a sink (as to stdout).

use std::fs;
use std::io;

use flux_table::csv::{Mode, decode, write_results};

#[path = "../benches/common/mod.rs"]
mod common;

fn status_kib(field: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Bytes the resident set rose to above where it was, while `f` ran.
fn peak_rise<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let _ = fs::write("/proc/self/clear_refs", "5");
    let before = status_kib("VmRSS:").unwrap_or(0);
    let out = f();
    let peak = status_kib("VmHWM:").unwrap_or(0);
    (out, peak.saturating_sub(before) * 1024)
}

/// CPU time of this thread, in seconds.
fn cpu_seconds() -> f64 {
    let text = fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let nanos: u64 = text
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    nanos as f64 / 1e9
}

/// The best of `runs` runs of `f`, in seconds of CPU time.
fn best_cpu_time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..runs)
        .map(|_| {
            let start = cpu_seconds();
            std::hint::black_box(f());
            cpu_seconds() - start
        })
        .fold(f64::INFINITY, f64::min)
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

const SHAPES: [(&str, usize, usize); 2] = [("1x1000000", 1, 1_000_000), ("1000x1000", 1000, 1000)];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let runs: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(3);
    let Some(shape) = args.get(1) else {
        for (name, _, _) in SHAPES {
            let status = std::process::Command::new(&args[0])
                .arg(name)
                .arg(runs.to_string())
                .status()?;
            if !status.success() {
                return Err(format!("{name}: {status}").into());
            }
        }
        return Ok(());
    };
    for &(name, tables, rows) in SHAPES.iter().filter(|(n, _, _)| n == shape) {
        let text = common::csv_text(tables, rows);
        let size = text.len() as f64 / (1024.0 * 1024.0);
        let (decoded, decode_rise) = peak_rise(|| decode(&text, Mode::Annotations));
        let decode_time = best_cpu_time(runs, || decode(&text, Mode::Annotations));
        let decoded = decoded?;
        let columns = common::column_bytes(&decoded[0].stream) as u64;
        drop(text);
        let (written, encode_rise) = peak_rise(|| write_results(&mut io::sink(), &decoded));
        written?;
        let encode_time = best_cpu_time(runs, || write_results(&mut io::sink(), &decoded));
        println!(
            "{name}: {size:.1} MiB of CSV; decode {:.1} MiB/s, encode {:.1} MiB/s (CPU time, best of {runs})",
            size / decode_time,
            size / encode_time
        );
        println!(
            "{name}: columns {:.1} MiB; decode peak rise {:.1} MiB ({:.2}x columns); \
             encode (to a sink) peak rise {:.1} MiB ({:.2}x columns)",
            mib(columns),
            mib(decode_rise),
            decode_rise as f64 / columns as f64,
            mib(encode_rise),
            encode_rise as f64 / columns as f64,
        );
    }
    Ok(())
}
