// Package stdlib_style is written the way Flux's own standard library is:
// a package clause with attributes, imports, builtin signatures, functions,
// and tests with large CSV inputs.
//
// ## Examples
//
// ```
// import "experimental/influxdb"
// influxdb.api(method: "get", path: "/health")
// ```
@edition("2022.1")
package stdlib_style


import "array"
import "csv"
import "testing"
import "experimental/influxdb"

// api submits an HTTP request to the InfluxDB API and returns the response.
//
// ## Parameters
// - method: HTTP request method.
// - path: InfluxDB API path.
// - host: InfluxDB host. Default is `http://localhost:8086`.
// - token: InfluxDB API token.
// - headers: HTTP request headers.
// - query: URL query parameters.
// - timeout: HTTP request timeout. Default is `30s`.
// - body: HTTP request body as bytes.
//
// ## Metadata
// introduced: 0.165.0
// tags: http
builtin api : (
        method: string,
        path: string,
        ?host: string,
        ?token: string,
        ?headers: [string:string],
        ?query: [string:string],
        ?timeout: duration,
        ?body: bytes,
    ) => {statusCode: int, body: bytes, headers: [string:string]}

// fromList creates a dictionary from a list of records with `key` and `value` properties.
builtin fromList : (pairs: [{key: K, value: V}]) => [K:V] where K: Comparable

// get returns the value of a specified key in a dictionary or a default value.
builtin get : (dict: [K:V], key: K, default: V) => V where K: Comparable

// insert inserts a key-value pair into a dictionary.
builtin insert : (dict: [K:V], key: K, value: V) => [K:V] where K: Comparable

// remove removes a key value pair from a dictionary.
builtin remove : (dict: [K:V], key: K) => [K:V] where K: Comparable

builtin get : (key: string) => string

builtin map : (<-tables: stream[A], fn: (r: A) => B) => stream[B] where A: Record, B: Record

builtin keep : (<-tables: stream[{A with _value: B}], ?columns: [string], ?fn: (column: string) => bool) => stream[C]
    where
    A: Record,
    C: Record

// percentile converts a fraction into a percentage.
@deprecated("use percent instead")
percentile = (tables=<-, column="_value", fraction=0.5) =>
    tables
        |> map(fn: (r) => ({r with _value: r[column] * fraction * 100.0}))
        |> keep(columns: ["_time", "_value"])

option defaultHost = "http://localhost:8086"

inData =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
2018-05-22T19:50:00Z,0.0,used_percent,mem,host.local0
2018-05-22T19:51:07Z,1.5,used_percent,mem,host.local1
2018-05-22T19:52:14Z,3.0,used_percent,mem,host.local2
2018-05-22T19:53:21Z,4.5,used_percent,mem,host.local0
2018-05-22T19:54:28Z,6.0,used_percent,mem,host.local1
2018-05-22T19:55:35Z,7.5,used_percent,mem,host.local2
2018-05-22T19:56:42Z,9.0,used_percent,mem,host.local0
2018-05-22T19:57:49Z,10.5,used_percent,mem,host.local1
2018-05-22T19:58:56Z,12.0,used_percent,mem,host.local2
2018-05-22T19:59:03Z,13.5,used_percent,mem,host.local0
2018-05-22T19:50:10Z,15.0,used_percent,mem,host.local1
2018-05-22T19:51:17Z,16.5,used_percent,mem,host.local2
2018-05-22T19:52:24Z,18.0,used_percent,mem,host.local0
2018-05-22T19:53:31Z,19.5,used_percent,mem,host.local1
2018-05-22T19:54:38Z,21.0,used_percent,mem,host.local2
2018-05-22T19:55:45Z,22.5,used_percent,mem,host.local0
2018-05-22T19:56:52Z,24.0,used_percent,mem,host.local1
2018-05-22T19:57:59Z,25.5,used_percent,mem,host.local2
2018-05-22T19:58:06Z,27.0,used_percent,mem,host.local0
2018-05-22T19:59:13Z,28.5,used_percent,mem,host.local1
2018-05-22T19:50:20Z,30.0,used_percent,mem,host.local2
2018-05-22T19:51:27Z,31.5,used_percent,mem,host.local0
2018-05-22T19:52:34Z,33.0,used_percent,mem,host.local1
2018-05-22T19:53:41Z,34.5,used_percent,mem,host.local2
2018-05-22T19:54:48Z,36.0,used_percent,mem,host.local0
2018-05-22T19:55:55Z,37.5,used_percent,mem,host.local1
2018-05-22T19:56:02Z,39.0,used_percent,mem,host.local2
2018-05-22T19:57:09Z,40.5,used_percent,mem,host.local0
2018-05-22T19:58:16Z,42.0,used_percent,mem,host.local1
2018-05-22T19:59:23Z,43.5,used_percent,mem,host.local2
2018-05-22T19:50:30Z,45.0,used_percent,mem,host.local0
2018-05-22T19:51:37Z,46.5,used_percent,mem,host.local1
2018-05-22T19:52:44Z,48.0,used_percent,mem,host.local2
2018-05-22T19:53:51Z,49.5,used_percent,mem,host.local0
2018-05-22T19:54:58Z,51.0,used_percent,mem,host.local1
2018-05-22T19:55:05Z,52.5,used_percent,mem,host.local2
2018-05-22T19:56:12Z,54.0,used_percent,mem,host.local0
2018-05-22T19:57:19Z,55.5,used_percent,mem,host.local1
2018-05-22T19:58:26Z,57.0,used_percent,mem,host.local2
2018-05-22T19:59:33Z,58.5,used_percent,mem,host.local0
"
outData =
    "
#datatype,string,long,dateTime:RFC3339,double
#group,false,false,false,false
#default,_result,,,
,result,table,_time,_value
,,0,2018-05-22T19:53:26Z,150.0
,,0,2018-05-22T19:53:36Z,300.0
"

testcase percentile_mean {
    got =
        csv.from(csv: inData)
            |> testing.load()
            |> range(start: 2018-05-22T19:53:26Z)
            |> percentile(fraction: 1.0)
    want = csv.from(csv: outData)

    testing.diff(got: got, want: want) |> yield()
}

testcase percentile_array extends "stdlib_style_test.percentile_mean" {
    rows = array.from(rows: [{_time: 2018-05-22T19:53:26Z, _value: 1.5}])
    option now = () => 2030-01-01T00:00:00Z

    testing.assertEqualValues(got: rows |> percentile() |> count(), want: 1)
    testing.shouldError(fn: () => die(msg: "boom"), want: /boom/)
    super()
}

dicts = () => {
    d = dict.fromList(pairs: [{key: "a", value: 1}, {key: "b", value: 2}])
    e = ["x": 1, "y": 2]
    return {d: d, e: dict.insert(dict: e, key: "z", value: 3), empty: [:]}
}
response = api(method: "post", path: "/api/v2/write", query: ["org": "my-org", "bucket": "b"], body: bytes(v: "m v=1"), timeout: 5s)
status = if response.statusCode == 204 then "ok" else "failed: ${string(v: response.body)}"
