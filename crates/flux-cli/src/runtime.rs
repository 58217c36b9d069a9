//! Build the Flux runtime from the resolved [`Setup`]: secrets, the InfluxDB
//! context of `influxdb.api()`, the HTTP client (`--skip-verify`), the interrupt flag.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use flux_stdlib::{Capabilities, HttpClient, InfluxContext, ReqwestClient, SecretString};

use crate::setup::Setup;

/// The runtime scripts and REPL entries run with.
pub fn build(setup: &Setup, interrupt: Arc<AtomicBool>) -> flux::Runtime {
    let caps = capabilities(setup);
    flux::Runtime::builder()
        .capabilities(caps)
        .interrupt(interrupt)
        .build()
}

fn capabilities(setup: &Setup) -> Capabilities {
    let http: Arc<dyn HttpClient> = if setup.influx.skip_verify {
        Arc::new(ReqwestClient::accepting_invalid_certs())
    } else {
        Arc::new(ReqwestClient::new())
    };
    let influx = &setup.influx;
    let influxdb = (influx.host.is_some() || influx.token.is_some()).then(|| InfluxContext {
        host: influx.host.clone(),
        token: influx.token.as_ref().map(|t| SecretString::from(t.0.clone())),
    });
    Capabilities {
        secrets: Arc::new(setup.secrets.clone()),
        http,
        influxdb,
        ..Capabilities::default()
    }
}
