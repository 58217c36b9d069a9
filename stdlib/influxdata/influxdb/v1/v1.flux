// Package v1 keeps the InfluxDB 1.x names of the `influxdata/influxdb/schema` functions
// (deprecated: use that package). `json` and `databases`, which need an InfluxDB 1.x
// server's output or API, are not provided.
package v1


import "influxdata/influxdb/schema"

// fieldsAsCols pivots `_field` values into columns, one row per `_time` (as `schema.fieldsAsCols`).
//
// ## Parameters
// - tables: the input stream.
fieldsAsCols = schema.fieldsAsCols

// tagValues is `schema.tagValues`.
tagValues = schema.tagValues

// measurementTagValues is `schema.measurementTagValues`.
measurementTagValues = schema.measurementTagValues

// tagKeys is `schema.tagKeys`.
tagKeys = schema.tagKeys

// measurementTagKeys is `schema.measurementTagKeys`.
measurementTagKeys = schema.measurementTagKeys

// fieldKeys is `schema.fieldKeys`.
fieldKeys = schema.fieldKeys

// measurementFieldKeys is `schema.measurementFieldKeys`.
measurementFieldKeys = schema.measurementFieldKeys

// measurements is `schema.measurements`.
measurements = schema.measurements
