// Package tasks gives a task the time of its last successful run.
//
// InfluxDB sets `option tasks.lastSuccessTime` when it runs a task; outside a task the
// option is unset and `lastSuccess` falls back to the time it is given.
package tasks


// _zeroTime is the unset value of `lastSuccessTime` (null).
builtin _zeroTime : time

// lastSuccessTime is the time of the task's last successful run, when InfluxDB set it.
option lastSuccessTime = _zeroTime

// _lastSuccess returns `lastSuccessTime` when it is set, else `orTime` (a duration is
// relative to `now()`).
builtin _lastSuccess : (orTime: T, lastSuccessTime: time) => time where T: Timeable

// lastSuccess returns the time of the task's last successful run, or `orTime` when
// there was none.
//
// ## Parameters
// - orTime: the time to use when no run succeeded yet: a time, or a duration relative
//   to `now()`.
//
// ## Examples
//
// Outside a task, the fallback:
//
// ```
// import "influxdata/influxdb/tasks"
//
// option now = () => 2024-05-01T12:00:00Z
//
// tasks.lastSuccess(orTime: -1h)
// // => 2024-05-01T11:00:00.000000000Z
// ```
//
// In a task that ran before:
//
// ```
// import "influxdata/influxdb/tasks"
//
// option tasks.lastSuccessTime = 2024-05-01T08:00:00Z
//
// tasks.lastSuccess(orTime: 2024-01-01T00:00:00Z)
// // => 2024-05-01T08:00:00.000000000Z
// ```
lastSuccess = (orTime) => _lastSuccess(orTime, lastSuccessTime)
