//! `import "influxdata/influxdb/secrets"`: `secrets.get(key:)` reads the host's secret store.

use std::sync::Arc;

use flux_eval::{Args, CallContext, ErrorKind, PackageSource, Result, Value};

use crate::capabilities::Capabilities;
use crate::natives::{error, native};
use crate::secret_store::SecretStore;
use crate::secret_string::Redactions;

/// The import path.
pub const PATH: &str = "influxdata/influxdb/secrets";

/// The package, reading from the capabilities' secret store; every value it returns
/// is added to the capabilities' redactions.
pub fn package(caps: &Capabilities) -> PackageSource {
    let store = Arc::clone(&caps.secrets);
    let redactions = caps.redactions.clone();
    PackageSource {
        path: PATH.into(),
        source: include_str!("../../../../../stdlib/influxdata/influxdb/secrets/secrets.flux").into(),
        natives: vec![native("get", move |args: &mut Args, _: &mut CallContext| {
            get(&*store, &redactions, args)
        })],
    }
}

fn get(store: &dyn SecretStore, redactions: &Redactions, args: &mut Args) -> Result<Value> {
    let key: String = args.required("key")?;
    match store.get(&key) {
        Ok(Some(value)) => {
            redactions.add(&value);
            Ok(Value::String(value.expose_arc()))
        }
        Ok(None) => Err(error(ErrorKind::Secret, format!("secret key {key:?} not found"))),
        Err(e) => Err(error(
            ErrorKind::Secret,
            format!("cannot retrieve secret {key:?}: {e}"),
        )),
    }
}
