//! Build the Flux runtime from the resolved [`Setup`]: secrets, the InfluxDB
//! context of `influxdb.api()`, the HTTP client (`--skip-verify`), the interrupt flag.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use flux::stdlib::{InfluxContext, ReqwestClient, SecretString};

use crate::setup::Setup;

/// The runtime scripts and REPL entries run with.
pub fn build(setup: &Setup, interrupt: Arc<AtomicBool>) -> flux::Runtime {
    let mut builder = flux::Runtime::builder()
        .secrets(setup.secrets.clone())
        .interrupt(interrupt);
    if setup.influx.skip_verify {
        builder = builder.http_client(Arc::new(ReqwestClient::accepting_invalid_certs()));
    }
    let influx = &setup.influx;
    if influx.host.is_some() || influx.token.is_some() {
        builder = builder.influxdb(InfluxContext {
            host: influx.host.clone(),
            token: influx.token.as_ref().map(|t| SecretString::from(t.0.clone())),
        });
    }
    builder.build()
}
