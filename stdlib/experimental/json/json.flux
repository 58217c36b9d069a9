// Package json parses JSON text into Flux values.
package json


// parse converts JSON bytes into a Flux value.
//
// Every JSON number becomes a float, an object becomes a record, an array
// becomes an array (all of its elements must have the same type) and `null`
// becomes a null value. Text that is not valid JSON is an error that says
// where the problem is.
//
// ## Parameters
// - data: JSON text as bytes.
//
// ## Examples
//
// ```
// import "experimental/json"
//
// status = json.parse(data: bytes(v: "{\"status\": \"pass\", \"checks\": 3}"))
// status.checks
// // => 3
// ```
//
// The elements of an array must have one type:
//
// ```
// import "experimental/json"
//
// json.parse(data: bytes(v: "[1, \"two\"]"))
// // error: array values must all be the same type
// ```
builtin parse : (data: bytes) => A
