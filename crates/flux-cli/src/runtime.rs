//! Build the Flux runtime from the resolved [`Setup`]: secrets, the InfluxDB
//! context of `influxdb.api()`, the HTTP client (`--skip-verify`), the limits, the
//! interrupt flag.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use flux::stdlib::{HttpLimits, InfluxContext, ReqwestClient, SecretString};

use crate::setup::{Limits, Setup};

/// The runtime scripts and REPL entries run with.
pub fn build(setup: &Setup, interrupt: Arc<AtomicBool>) -> flux::Runtime {
    let mut builder = flux::Runtime::builder()
        .secrets(setup.secrets.clone())
        .interrupt(interrupt);
    for value in &setup.known_secrets {
        builder = builder.redact(value.clone());
    }
    if setup.influx.skip_verify {
        builder = builder.http_client(Arc::new(ReqwestClient::accepting_invalid_certs()));
    }
    let influx = &setup.influx;
    if influx.host.is_some() || influx.token.is_some() || influx.org.is_some() {
        builder = builder.influxdb(InfluxContext {
            host: influx.host.clone(),
            token: influx.token.as_ref().map(|t| SecretString::from(t.0.clone())),
            org: influx.org.clone(),
        });
    }
    builder = builder.global("v", setup.v.clone());
    with_limits(builder, &setup.limits).build()
}

/// `--max-memory`, `--max-steps` and `--timeout` are the runtime's memory, step and
/// time limits; an HTTP response body may not take more than the memory limit either
/// (nor more than its own default limit).
fn with_limits(mut builder: flux::RuntimeBuilder, limits: &Limits) -> flux::RuntimeBuilder {
    if let Some(steps) = limits.max_steps {
        builder = builder.max_steps(steps);
    }
    if let Some(timeout) = limits.timeout {
        builder = builder.time_limit(timeout);
    }
    let body = HttpLimits::default().max_body_bytes.min(limits.max_memory);
    builder.max_memory(limits.max_memory).max_body_bytes(body)
}
