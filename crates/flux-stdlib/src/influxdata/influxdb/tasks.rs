//! `import "influxdata/influxdb/tasks"`: `lastSuccess(orTime:)`, the time of a task's last
//! successful run (`option tasks.lastSuccessTime`) or a fallback.

use flux_eval::{Args, CallContext, ErrorKind, NativeFunction, Result, Value};

use crate::natives::{error, now};

/// The package's natives (declarations in stdlib/influxdata/influxdb/tasks/tasks.flux).
pub const NATIVES: &[NativeFunction] = &[
    NativeFunction::new("_zeroTime", |_, _| Ok(Value::Null)),
    NativeFunction::new("_lastSuccess", last_success),
];

fn last_success(args: &mut Args, cx: &mut CallContext) -> Result<Value> {
    let or_time: Value = args.required("orTime")?;
    let last: Value = args.required("lastSuccessTime")?;
    let or_time = match or_time {
        Value::Time(t) => t,
        Value::Duration(d) => flux_eval::time::add_duration(now(cx)?, &d),
        other => {
            return Err(error(
                ErrorKind::Type,
                format!(
                    "keyword argument \"orTime\" should be a time or duration, but got {}",
                    other.type_name()
                ),
            ));
        }
    };
    match last {
        Value::Null => Ok(Value::Time(or_time)),
        Value::Time(t) => Ok(Value::Time(t)),
        other => Err(error(
            ErrorKind::Type,
            format!(
                "keyword argument \"lastSuccessTime\" should be of kind time, but got {}",
                other.type_name()
            ),
        )),
    }
}
