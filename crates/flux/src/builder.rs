//! [`RuntimeBuilder`]: what a host decides before scripts run: secrets, the HTTP
//! client, the InfluxDB context, limits, the hosts `api()` may reach, its own packages.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use flux_eval::{Limits, PackageSource, Registry, Value};
use flux_stdlib::{Capabilities, HttpClient, InfluxContext, SecretStore, SecretString};

use crate::package::Package;
use crate::redact::{Redactor, Remembering};
use crate::runtime::Runtime;

/// Builds a [`Runtime`]. Every option has a default: no secrets, a reqwest client
/// (started on the first request), no InfluxDB context, any host, the limits of
/// [`Limits::default`] and [`flux_stdlib::HttpLimits::default`], no time limit.
///
/// ```
/// use std::time::Duration;
/// use flux::{InfluxContext, MemorySecrets, Runtime};
///
/// let runtime = Runtime::builder()
///     .secrets(MemorySecrets::new().with("PASSWORD", "hunter2"))
///     .influxdb(InfluxContext::new("http://localhost:8086", "my-token"))
///     .allow_hosts(["localhost:8086"])
///     .max_steps(1_000_000)
///     .max_memory(256 * 1024 * 1024)
///     .time_limit(Duration::from_secs(5))
///     .max_body_bytes(10 * 1024 * 1024)
///     .build();
/// assert!(runtime.package_paths().iter().any(|p| &**p == "experimental/influxdb"));
/// ```
#[derive(Debug, Default)]
pub struct RuntimeBuilder {
    capabilities: Capabilities,
    packages: Vec<PackageSource>,
    limits: Limits,
    time_limit: Option<Duration>,
    interrupt: Option<Arc<AtomicBool>>,
    redacted: Vec<SecretString>,
    globals: Vec<(Arc<str>, Value)>,
}

impl RuntimeBuilder {
    /// Replace every capability at once (secrets, HTTP client, InfluxDB context,
    /// HTTP limits, allowed hosts).
    pub fn capabilities(mut self, caps: Capabilities) -> Self {
        self.capabilities = caps;
        self
    }

    /// Where `secrets.get(key:)` reads (default: no secrets).
    pub fn secrets(mut self, store: impl SecretStore + 'static) -> Self {
        self.capabilities.secrets = Arc::new(store);
        self
    }

    /// A secret store already shared with other parts of the host.
    pub fn secret_store(mut self, store: Arc<dyn SecretStore>) -> Self {
        self.capabilities.secrets = store;
        self
    }

    /// What `influxdb.api()` sends through (default: [`flux_stdlib::ReqwestClient`]).
    /// Share one client between runtimes to reuse its connections.
    pub fn http_client(mut self, client: Arc<dyn HttpClient>) -> Self {
        self.capabilities.http = client;
        self
    }

    /// The default host and token of `influxdb.api()`, as when a script runs inside InfluxDB.
    pub fn influxdb(mut self, context: InfluxContext) -> Self {
        self.capabilities.influxdb = Some(context);
        self
    }

    /// Only these hosts (`host` or `host:port`) may be reached by `api()`, redirects
    /// included; any other is refused before a connection is made.
    pub fn allow_hosts<S: Into<String>>(mut self, hosts: impl IntoIterator<Item = S>) -> Self {
        self.capabilities.allowed_hosts = Some(hosts.into_iter().map(Into::into).collect());
        self
    }

    /// Largest HTTP response body accepted (default 100 MB); a larger one is an error.
    pub fn max_body_bytes(mut self, bytes: u64) -> Self {
        self.capabilities.limits.max_body_bytes = bytes;
        self
    }

    /// Timeout of an HTTP request whose script gives none (default 30 s).
    pub fn http_timeout(mut self, timeout: Duration) -> Self {
        self.capabilities.limits.default_timeout = timeout;
        self
    }

    /// Set the evaluation limits (call depth, nesting, steps) at once.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Nested function calls allowed at once (default 200).
    pub fn max_call_depth(mut self, depth: usize) -> Self {
        self.limits.max_call_depth = depth;
        self
    }

    /// Expressions one evaluation may evaluate in total (default: no limit).
    pub fn max_steps(mut self, steps: u64) -> Self {
        self.limits.max_steps = Some(steps);
        self
    }

    /// Bytes the values of one evaluation may hold (default: no limit): what its
    /// top-level bindings keep plus the value being built (strings, bytes, arrays,
    /// records, dictionaries, tables, `display` and JSON text). Going over it ends the
    /// script with a `Limit` error (`evaluation exceeded the memory limit of 1GiB`).
    /// The `flux` command sets 1 GiB (`--max-memory`).
    pub fn max_memory(mut self, bytes: u64) -> Self {
        self.limits.max_memory = Some(bytes);
        self
    }

    /// Wall time one evaluation may take, HTTP requests included (default: no limit).
    /// Each `eval`/`run` (and each session input) gets the whole budget.
    pub fn time_limit(mut self, limit: Duration) -> Self {
        self.time_limit = Some(limit);
        self
    }

    /// Use `flag` as the interrupt flag (e.g. one a Ctrl-C handler sets).
    pub fn interrupt(mut self, flag: Arc<AtomicBool>) -> Self {
        self.interrupt = Some(flag);
        self
    }

    /// Keep `value` out of error messages and snippets, as a secret a script read is
    /// (a password the host knows a user may type; values shorter than 4 bytes are ignored).
    pub fn redact(mut self, value: impl Into<SecretString>) -> Self {
        self.redacted.push(value.into());
        self
    }

    /// Define the variable `name` for every script (a later definition of the same name
    /// replaces an earlier one; a script may shadow it). The `flux` command defines the
    /// dashboard record `v` this way.
    pub fn global(mut self, name: impl Into<Arc<str>>, value: Value) -> Self {
        let name = name.into();
        self.globals.retain(|(n, _)| *n != name);
        self.globals.push((name, value));
        self
    }

    /// Register a package of the host's own, importable by its path.
    pub fn package(mut self, package: impl Into<PackageSource>) -> Self {
        self.packages.push(package.into());
        self
    }

    /// Register packages (a package whose path is already taken replaces the earlier one).
    pub fn packages(mut self, packages: impl IntoIterator<Item = PackageSource>) -> Self {
        self.packages.extend(packages);
        self
    }

    /// The runtime: the standard library (shared by every runtime of the process, its
    /// natives reaching this runtime's capabilities through the call context), then
    /// the host's packages.
    pub fn build(self) -> Runtime {
        let redactor = Arc::new(Redactor::default());
        let mut caps = self.capabilities;
        if let Some(token) = caps.influxdb.as_ref().and_then(|c| c.token.as_ref()) {
            redactor.remember(token);
        }
        for value in &self.redacted {
            redactor.remember(value);
            caps.redactions.add(value);
        }
        caps.secrets = Arc::new(Remembering {
            inner: caps.secrets,
            redactor: redactor.clone(),
        });
        let registry = Arc::new(Registry::with_library(&flux_stdlib::LIBRARY, self.packages));
        Runtime {
            types: Arc::new(crate::typing::TypeChecker::new(&registry, &self.globals)),
            registry,
            capabilities: Arc::new(caps),
            limits: self.limits,
            time_limit: self.time_limit,
            interrupt: self.interrupt.unwrap_or_default(),
            redactor,
            globals: Arc::new(self.globals),
        }
    }
}

impl From<Package> for PackageSource {
    fn from(package: Package) -> Self {
        package.into_source()
    }
}
