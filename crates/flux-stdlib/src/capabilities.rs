//! What the host gives scripts: secrets, an HTTP client, an InfluxDB context, limits.
//! Nothing here is global: each runtime holds its own [`Capabilities`] and hands it to
//! natives as the evaluation's host data ([`flux_eval::Evaluator::with_host`]).

use std::sync::{Arc, OnceLock};

use flux_eval::CallContext;

use crate::http::{HttpClient, HttpLimits};
use crate::secret_store::{NoSecrets, SecretStore};
use crate::secret_string::{Redactions, SecretString};

/// Capabilities injected into the native packages.
#[derive(Clone)]
pub struct Capabilities {
    /// Where `secrets.get` reads.
    pub secrets: Arc<dyn SecretStore>,
    /// What `influxdb.api()` sends through (built once, reused by every call).
    pub http: Arc<dyn HttpClient>,
    /// Default host and token, as when a script runs inside InfluxDB.
    pub influxdb: Option<InfluxContext>,
    /// Response size, redirect and timeout limits.
    pub limits: HttpLimits,
    /// Hosts `api()` may reach (`host` or `host:port`); `None` = any.
    pub allowed_hosts: Option<Vec<String>>,
    /// Secret values given to scripts; hosts scrub error messages with
    /// [`Capabilities::scrub`] before showing them (`api()` already does).
    pub redactions: Redactions,
}

impl Capabilities {
    /// `text` without any secret value a script has read or the context's token.
    pub fn scrub(&self, text: &str) -> String {
        self.redactions.scrub(text)
    }
}

impl Default for Capabilities {
    /// No secrets (every key is "not found"), a reqwest client (without the `http`
    /// feature: [`crate::http::NoHttpClient`]), no InfluxDB context,
    /// default limits, any host.
    fn default() -> Self {
        Capabilities {
            secrets: Arc::new(NoSecrets),
            http: default_http_client(),
            influxdb: None,
            limits: HttpLimits::default(),
            allowed_hosts: None,
            redactions: Redactions::default(),
        }
    }
}

impl std::fmt::Debug for Capabilities {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Capabilities")
            .field("secrets", &self.secrets.describe())
            .field("influxdb", &self.influxdb)
            .field("limits", &self.limits)
            .field("allowed_hosts", &self.allowed_hosts)
            .finish_non_exhaustive()
    }
}

/// The InfluxDB a script runs against: `api()`, `from()`, `buckets()` and `to()` use these
/// when `host`/`token`/`org` are omitted. `Debug` shows the host but never the token.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InfluxContext {
    /// Base URL, such as `http://localhost:8086`.
    pub host: Option<String>,
    /// API token.
    pub token: Option<SecretString>,
    /// Organization name (what `from()`, `buckets()` and `to()` send as `org`).
    pub org: Option<String>,
}

impl InfluxContext {
    /// A context with both a host and a token.
    pub fn new(host: impl Into<String>, token: impl Into<SecretString>) -> Self {
        InfluxContext {
            host: Some(host.into()),
            token: Some(token.into()),
            org: None,
        }
    }

    /// The same context with organization `org`.
    pub fn with_org(mut self, org: impl Into<String>) -> Self {
        self.org = Some(org.into());
        self
    }
}

/// The capabilities a native runs with: the ones the host attached to the evaluation,
/// or the defaults ([`Capabilities::default`]) when it attached none.
pub fn capabilities<'a>(cx: &'a CallContext) -> &'a Capabilities {
    static DEFAULT: OnceLock<Capabilities> = OnceLock::new();
    match cx.host::<Capabilities>() {
        Some(caps) => caps,
        None => DEFAULT.get_or_init(Capabilities::default),
    }
}

#[cfg(feature = "http")]
fn default_http_client() -> Arc<dyn HttpClient> {
    Arc::new(crate::http::ReqwestClient::new())
}

#[cfg(not(feature = "http"))]
fn default_http_client() -> Arc<dyn HttpClient> {
    Arc::new(crate::http::NoHttpClient)
}
