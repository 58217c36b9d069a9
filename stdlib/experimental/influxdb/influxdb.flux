// Package influxdb talks to an InfluxDB server over its HTTP API.
package influxdb


// api sends an HTTP request to an InfluxDB API path and returns the response as a
// record `{statusCode: int, headers: [string:string], body: bytes}`.
//
// The request goes to `host + path`. The `query` entries are form-encoded, sorted
// by key and merged with any query string already in `path`. The `headers` are
// sent first, then `Authorization: Token <token>`. A response with an error
// status (404, 500, ...) is returned like any other: check `statusCode`. Network
// failures, timeouts and a body over the size limit (100 MB unless the host set
// another) are errors. Redirects are followed, at most 10 of them; the token is
// not sent to a different host or port.
//
// When the runtime was given an InfluxDB host and token (the `flux` command's
// `--host`/`INFLUX_HOST` and `--token`/`INFLUX_TOKEN`), `host` and `token` may be
// left out; otherwise they are required.
//
// ## Parameters
// - method: HTTP method, in any case (`"get"` is sent as `GET`).
// - path: API path, such as `/api/v2/buckets`; may include a query string.
// - host: base URL of the server, such as `http://localhost:8086`.
// - token: API token.
// - body: request body.
// - headers: request headers.
// - query: query parameters.
// - timeout: bound on the whole exchange, reading the body included. Default is `30s`.
//
// ## Examples
//
// ```
// import "experimental/influxdb"
// import "influxdata/influxdb/secrets"
//
// response = influxdb.api(
//     method: "get",
//     path: "/health",
//     host: "http://localhost:8086",
//     token: secrets.get(key: "INFLUX_TOKEN"),
// )
// string(v: response.body)
// ```
//
// An error status is an answer like any other (a wrong token would get 401):
//
// ```
// import "experimental/influxdb"
// import "influxdata/influxdb/secrets"
//
// response = influxdb.api(
//     method: "get",
//     path: "/api/v2/nothing",
//     host: "http://localhost:8086",
//     token: secrets.get(key: "INFLUX_TOKEN"),
// )
// if response.statusCode == 404 then "no such API" else "status ${response.statusCode}"
// // => no such API
// ```
//
// Outside InfluxDB, with no host given by the runtime either:
//
// ```
// import "experimental/influxdb"
//
// influxdb.api(method: "get", path: "/health", token: "t")
// // error: keyword argument "host" is required when executing outside InfluxDB
// ```
builtin api : (
        method: string,
        path: string,
        ?host: string,
        ?token: string,
        ?body: bytes,
        ?headers: [string:string],
        ?query: [string:string],
        ?timeout: duration,
    ) => {statusCode: int, body: bytes, headers: [string:string]}
