// Package http sends HTTP requests and helps build them: `post` a body to a URL,
// make a Basic `Authorization` header, escape a URL path segment.
//
// Requests go through the same client as `influxdb.api()`: the host's allow-list,
// timeout, response size limit and redirect rules apply, and secrets never appear
// in an error.
//
// ## Examples
//
// ```
// import "http"
//
// "/api/v2/buckets/" + http.pathEscape(inputString: "my bucket/2024")
// // => /api/v2/buckets/my%20bucket%2F2024
// ```
package http


// post sends a POST request with an optional body and headers, and returns the
// response's status code (the body is read and dropped).
//
// ## Parameters
// - url: where to send the request.
// - headers: a record of header names and string values (quote names that are not
//   identifiers: `{"Content-Type": "application/json"}`).
// - data: the request body.
//
// ## Examples
//
// ```
// import "http"
// import "json"
// import "influxdata/influxdb/secrets"
//
// token = secrets.get(key: "INFLUX_TOKEN")
//
// http.post(
//     url: "http://localhost:8086/api/v2/buckets",
//     headers: {Authorization: "Token ${token}", "Content-Type": "application/json"},
//     data: json.encode(v: {name: "example-bucket", orgID: "x000X0x0xx0X00x0"}),
// )
// // => 201
// ```
builtin post : (url: string, ?headers: A, ?data: bytes) => int where A: Record

// basicAuth makes the value of a Basic `Authorization` header from a user name and
// a password.
//
// ## Parameters
// - u: the user name.
// - p: the password.
//
// ## Examples
//
// ```
// import "http"
//
// http.basicAuth(u: "telegraf", p: "s3cret")
// // => Basic dGVsZWdyYWY6czNjcmV0
// ```
builtin basicAuth : (u: string, p: string) => string

// pathEscape escapes a string for use as one segment of a URL path: everything but
// letters, digits and `-_.~$&+:=@` is written as `%XX` (so `/` is escaped too).
//
// ## Parameters
// - inputString: the text to escape.
//
// ## Examples
//
// ```
// import "http"
//
// http.pathEscape(inputString: "a b/c?d")
// // => a%20b%2Fc%3Fd
// ```
builtin pathEscape : (inputString: string) => string
