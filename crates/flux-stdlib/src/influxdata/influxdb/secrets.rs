//! `import "influxdata/influxdb/secrets"`: `secrets.get(key:)` reads the host's secret store.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, PackageSource, Result, Value};

use crate::natives::{error, native};
use crate::secret_store::SecretStore;

/// The import path.
pub const PATH: &str = "influxdata/influxdb/secrets";

/// The package, reading from `store`.
pub fn package(store: Arc<dyn SecretStore>) -> PackageSource {
    PackageSource {
        path: PATH.into(),
        source: include_str!("../../../../../stdlib/influxdata/influxdb/secrets/secrets.flux").into(),
        natives: vec![native("get", move |args: &mut Args, _: &CallContext| {
            get(&*store, args)
        })],
    }
}

fn get(store: &dyn SecretStore, args: &mut Args) -> Result<Value> {
    let key: String = args.required("key")?;
    match store.get(&key) {
        Ok(Some(value)) => Ok(Value::String(value.expose_arc())),
        Ok(None) => Err(error(ErrorKind::Secret, format!("secret key {key:?} not found"))),
        Err(e) => Err(error(
            ErrorKind::Secret,
            format!("cannot retrieve secret {key:?}: {e}"),
        )),
    }
}
