// Package requests sends HTTP requests of any method and returns the whole
// response: `{statusCode: int, body: bytes, headers: [string:string], duration: duration}`.
//
// Requests go through the same client as `influxdb.api()`: the host's allow-list,
// timeout, response size limit and redirect rules apply (an `Authorization` header
// is not sent on to another host), and secrets never appear in an error.
//
// ## Examples
//
// ```
// import "http/requests"
// import "experimental/json"
//
// response = requests.get(url: "http://localhost:8086/health")
// response.statusCode
// json.parse(data: response.body).status
// // => 200
// // => pass
// ```
package requests


import "array"

_emptyBody = bytes(v: "")

// defaultConfig is what requests use unless given a `config`: `timeout` (`0s`
// means the host's default timeout) and `insecureSkipVerify` (only `false` is
// accepted: whether certificates are checked is the host's choice, `flux
// --skip-verify`).
//
// ## Examples
//
// ```
// import "http/requests"
//
// requests.defaultConfig.timeout
// // => 0ns
// ```
option defaultConfig = {timeout: 0s, insecureSkipVerify: false}

// _do sends one request; `do`, `get` and `post` fill in its defaults.
builtin _do : (
        method: string,
        url: string,
        ?params: [string:[string]],
        ?headers: [string:string],
        ?body: bytes,
        config: {A with timeout: duration, insecureSkipVerify: bool},
    ) => {statusCode: int, body: bytes, headers: [string:string], duration: duration}

// do sends a request with any of the methods `GET`, `POST`, `PUT`, `PATCH`,
// `DELETE` and `HEAD`, and returns the response.
//
// ## Parameters
// - method: the HTTP method, in capitals.
// - url: where to send the request.
// - params: query parameters, each name with its values (added to any query in `url`).
// - headers: request headers.
// - body: the request body (empty by default).
// - config: a record with `timeout` and `insecureSkipVerify` (default `defaultConfig`).
//
// ## Examples
//
// ```
// import "http/requests"
//
// // InfluxDB answers a request without a token with 401 Unauthorized.
// requests.do(method: "DELETE", url: "http://localhost:8086/api/v2/nothing").statusCode
// // => 401
// ```
do = (
    method,
    url,
    params=[:],
    headers=[:],
    body=_emptyBody,
    config=defaultConfig,
) =>
    _do(
        method: method,
        url: url,
        params: params,
        headers: headers,
        body: body,
        config: config,
    )

// post sends a `POST` request (see `do` for the parameters).
//
// ## Examples
//
// ```
// import "http/requests"
// import "json"
// import "influxdata/influxdb/secrets"
//
// token = secrets.get(key: "INFLUX_TOKEN")
// response =
//     requests.post(
//         url: "http://localhost:8086/api/v2/buckets",
//         headers: ["Authorization": "Token ${token}", "Content-Type": "application/json"],
//         body: json.encode(v: {name: "example-bucket", orgID: "x000X0x0xx0X00x0"}),
//     )
// response.statusCode
// // => 201
// ```
post = (
    url,
    params=[:],
    headers=[:],
    body=_emptyBody,
    config=defaultConfig,
) =>
    do(
        method: "POST",
        url: url,
        params: params,
        headers: headers,
        body: body,
        config: config,
    )

// get sends a `GET` request (see `do` for the parameters).
//
// ## Examples
//
// ```
// import "dict"
// import "http/requests"
//
// response = requests.get(url: "http://localhost:8086/health", params: ["verbose": ["true"]])
// dict.get(dict: response.headers, key: "Content-Type", default: "")
// // => application/json; charset=utf-8
// ```
get = (
    url,
    params=[:],
    headers=[:],
    body=_emptyBody,
    config=defaultConfig,
) =>
    do(
        method: "GET",
        url: url,
        params: params,
        headers: headers,
        body: body,
        config: config,
    )

// peek makes a table of one row from a response, to look at it: the status code,
// the body as a string, the headers as their `display()` text and the duration in
// nanoseconds.
//
// ## Parameters
// - response: a response from `do`, `get` or `post`.
//
// ## Examples
//
// ```
// import "http/requests"
//
// requests.peek(response: requests.get(url: "http://localhost:8086/health"))
// // => <stream>
// ```
peek = (response) =>
    array.from(
        rows: [
            {
                statusCode: response.statusCode,
                body: string(v: response.body),
                headers: display(v: response.headers),
                duration: int(v: response.duration),
            },
        ],
    )
