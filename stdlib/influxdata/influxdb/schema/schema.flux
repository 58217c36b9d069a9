// Package schema describes what a bucket holds: its measurements, tag keys and values,
// and field keys, looked up over a time range (by default the last 30 days).
//
// Every function reads the bucket with `from() |> range() |> filter()`, so outside
// InfluxDB it needs a host, token and organization from the runtime (the `flux`
// command's `--host`, `--token` and `--org`).
//
// ## Examples
//
// ```no_run needs a running InfluxDB
// import "influxdata/influxdb/schema"
//
// schema.measurements(bucket: "telegraf")
// ```
package schema


import "influxdata/influxdb"

// _from is where the functions read a bucket; tests may set it to another source.
option _from = influxdb.from

// fieldsAsCols turns each `_field` into a column of its own, holding `_value`, one row
// per `_time`.
fieldsAsCols = (tables=<-) =>
    tables |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")

// tagValues lists the distinct values of column `tag` among the rows that `predicate`
// accepts, in one table.
tagValues = (bucket, tag, predicate=(r) => true, start=-30d, stop=now()) =>
    _from(bucket: bucket)
        |> range(start: start, stop: stop)
        |> filter(fn: predicate)
        |> keep(columns: [tag])
        |> group()
        |> distinct(column: tag)

// tagKeys lists the distinct column names of the series that `predicate` accepts.
tagKeys = (bucket, predicate=(r) => true, start=-30d, stop=now()) =>
    _from(bucket: bucket)
        |> range(start: start, stop: stop)
        |> filter(fn: predicate)
        |> keys()
        |> keep(columns: ["_value"])
        |> distinct()

// measurementTagValues lists the values of tag `tag` in measurement `measurement`.
measurementTagValues = (bucket, measurement, tag, start=-30d, stop=now()) =>
    tagValues(bucket: bucket, tag: tag, predicate: (r) => r._measurement == measurement, start: start, stop: stop)

// measurementTagKeys lists the tag keys of measurement `measurement`.
measurementTagKeys = (bucket, measurement, start=-30d, stop=now()) =>
    tagKeys(bucket: bucket, predicate: (r) => r._measurement == measurement, start: start, stop: stop)

// fieldKeys lists the field keys of the series that `predicate` accepts.
fieldKeys = (bucket, predicate=(r) => true, start=-30d, stop=now()) =>
    tagValues(bucket: bucket, tag: "_field", predicate: predicate, start: start, stop: stop)

// measurementFieldKeys lists the field keys of measurement `measurement`.
measurementFieldKeys = (bucket, measurement, start=-30d, stop=now()) =>
    fieldKeys(bucket: bucket, predicate: (r) => r._measurement == measurement, start: start, stop: stop)

// measurements lists the measurements of a bucket.
measurements = (bucket, start=-30d, stop=now()) =>
    tagValues(bucket: bucket, tag: "_measurement", start: start, stop: stop)
