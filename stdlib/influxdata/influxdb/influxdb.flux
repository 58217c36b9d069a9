// Package influxdb reads from and writes to an InfluxDB 2 server.
//
// Outside InfluxDB every function here talks to a server over HTTP: give it `host` and
// `token`, or run with the `flux` command's `--host`, `--token` and `--org` (or an influx
// CLI profile) and leave them out. `from()` must be followed directly by `range()`: the
// two together are sent to the server as a Flux query, and the rows come back as tables;
// everything after `range()` runs here.
package influxdb


// from reads the points of a bucket. It must be piped straight into `range()`, which
// bounds the read; any other use fails with
// `cannot submit unbounded read to "BUCKET"; try bounding 'from' with a call to 'range'`.
//
// ## Parameters
// - bucket: the bucket's name (give it or `bucketID`).
// - bucketID: the bucket's id.
// - org: the organization's name (default: the runtime's organization, if any).
// - orgID: the organization's id.
// - host: base URL of the server, such as `http://localhost:8086`.
// - token: API token.
//
// ## Examples
//
// ```no_run needs a running InfluxDB
// from(bucket: "telegraf", host: "http://localhost:8086", org: "acme", token: "my-token")
//     |> range(start: -1h)
//     |> filter(fn: (r) => r._measurement == "cpu" and r._field == "usage_user")
// ```
//
// Without `range()`:
//
// ```
// from(bucket: "telegraf", host: "http://localhost:8086")
// // error: cannot submit unbounded read to "telegraf"; try bounding 'from' with a call to 'range'
// ```
builtin from : (
        ?bucket: string,
        ?bucketID: string,
        ?org: string,
        ?orgID: string,
        ?host: string,
        ?token: string,
    ) => stream[{B with _measurement: string, _field: string, _time: time, _value: A}]

// to writes the rows of its input to a bucket, as line protocol, and passes the input on
// (without the rows whose time is null: they are not written).
//
// Each row is a point: its measurement is the `measurementColumn` cell, its time the
// `timeColumn` cell, its tags the `tagColumns` cells (by default every string column but
// `_measurement`, `_field` and `_value`; empty values are left out). Its fields are
// `{(_field): _value}`, or the record `fieldFn` returns for the row; null, NaN and
// infinite field values are left out, and a row without fields is not written.
//
// ## Parameters
// - tables: the rows to write.
// - bucket: the bucket's name (give it or `bucketID`).
// - bucketID: the bucket's id.
// - org: the organization's name (default: the runtime's organization, if any).
// - orgID: the organization's id.
// - host: base URL of the server.
// - token: API token.
// - timeColumn: the time column. Default is `_time`.
// - measurementColumn: the measurement column. Default is `_measurement`.
// - tagColumns: the tag columns.
// - fieldFn: a function of the row returning the point's fields as a record.
//
// ## Examples
//
// ```no_run needs a running InfluxDB
// import "array"
//
// array.from(rows: [{_time: 2024-01-01T00:00:00Z, _measurement: "m", host: "a", _field: "f", _value: 1.5}])
//     |> to(bucket: "example", host: "http://localhost:8086", org: "acme", token: "my-token")
// ```
builtin to : (
        <-tables: stream[A],
        ?bucket: string,
        ?bucketID: string,
        ?org: string,
        ?orgID: string,
        ?host: string,
        ?token: string,
        ?timeColumn: string,
        ?measurementColumn: string,
        ?tagColumns: [string],
        ?fieldFn: (r: A) => B,
    ) => stream[A]
    where
    A: Record,
    B: Record

// buckets lists the buckets of an organization, one row per bucket.
//
// ## Parameters
// - org: the organization's name (required outside InfluxDB, unless the runtime has one).
// - orgID: the organization's id.
// - host: base URL of the server.
// - token: API token.
//
// ## Examples
//
// ```no_run needs a running InfluxDB
// buckets(host: "http://localhost:8086", org: "acme", token: "my-token")
//     |> filter(fn: (r) => r.name !~ /^_/)
// ```
builtin buckets : (
        ?org: string,
        ?orgID: string,
        ?host: string,
        ?token: string,
    ) => stream[{
        name: string,
        id: string,
        organizationID: string,
        retentionPolicy: string,
        retentionPeriod: int,
    }]
