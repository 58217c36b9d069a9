//! `import "influxdata/influxdb/secrets"`: `secrets.get(key:)` reads the host's secret store.

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};

use crate::capabilities::capabilities;
use crate::natives::error;

/// The package's natives (declarations in
/// stdlib/influxdata/influxdb/secrets/secrets.flux).
pub const NATIVES: &[NativeFunction] = &[NativeFunction::new("get", get)];

/// `secrets.get(key:)`: the value from the capabilities' secret store, which is
/// added to the capabilities' redactions.
fn get(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let key: String = args.required("key")?;
    let caps = capabilities(cx);
    match caps.secrets.get(&key) {
        Ok(Some(value)) => {
            caps.redactions.add(&value);
            Ok(Value::String(value.expose_arc()))
        }
        Ok(None) => Err(error(ErrorKind::Secret, format!("secret key {key:?} not found"))),
        Err(e) => Err(error(
            ErrorKind::Secret,
            format!("cannot retrieve secret {key:?}: {e}"),
        )),
    }
}
