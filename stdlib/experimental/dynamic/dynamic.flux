// Package dynamic holds values whose type is only known when the script runs, such
// as a JSON answer whose arrays mix numbers, strings and nulls. A `dynamic` value
// cannot be used directly: read a property with `.name` (a missing one is a dynamic
// null), turn a dynamic array into `[dynamic]` with `asArray`, and convert a
// dynamic scalar with `string()`, `int()`, `float()`, `bool()`, `time()`, `duration()`,
// `uint()` or `bytes()`.
//
// ## Examples
//
// Rows of an InfluxDB 1.x query answer, where each row mixes a time, a string
// that may be null and a number:
//
// ```
// import "array"
// import "experimental/dynamic"
//
// answer = dynamic.jsonParse(data: bytes(v: "{\"results\": [{\"series\": [{\"name\": \"cpu\", \"columns\": [\"time\", \"host\", \"usage\"], \"values\": [[\"2024-01-01T00:00:00Z\", \"web1\", 0.5], [\"2024-01-01T00:01:00Z\", null, 0.75]]}]}]}"))
// series = dynamic.asArray(v: dynamic.asArray(v: answer.results)[0].series)[0]
// rows = dynamic.asArray(v: series.values)
//     |> array.map(
//         fn: (x) => {
//             cells = dynamic.asArray(v: x)
//
//             return {_time: time(v: cells[0]), host: string(v: cells[1]), usage: float(v: cells[2])}
//         },
//     )
// rows[0]
// rows[1].host
// rows[1].usage
// // => {_time: 2024-01-01T00:00:00.000000000Z, host: web1, usage: 0.5}
// // => <null>
// // => 0.75
// ```
package dynamic


// dynamic wraps a value of any type as a `dynamic` value. The elements of an array
// and the properties of a record are wrapped too; a dynamic value is not wrapped
// again.
//
// ## Parameters
// - v: the value to wrap.
//
// ## Examples
//
// ```
// import "experimental/dynamic"
//
// dynamic.dynamic(v: {host: "web1", load: [0.5, 0.25]})
// // => dynamic({host: dynamic(web1), load: dynamic([dynamic(0.5), dynamic(0.25)])})
// ```
builtin dynamic : (v: A) => dynamic

// asArray returns the array inside a dynamic value, as an array of dynamic values.
// A dynamic value that holds anything else (or null) is an error.
//
// ## Parameters
// - v: a dynamic value holding an array (the piped-forward value by default).
//
// ## Examples
//
// ```
// import "experimental/dynamic"
//
// items = dynamic.jsonParse(data: bytes(v: "[1, \"two\", null]")) |> dynamic.asArray()
// items[1]
// string(v: items[1])
// // => dynamic(two)
// // => two
// ```
//
// ```
// import "experimental/dynamic"
//
// dynamic.asArray(v: dynamic.dynamic(v: "text"))
// // error: unable to convert string to array
// ```
builtin asArray : (<-v: dynamic) => [dynamic]

// _isNotDistinct compares two values by their display text.
_isNotDistinct = (a, b) => display(v: a) == display(v: b)

// jsonParse parses JSON text into a dynamic value. Numbers become floats, objects
// records, `null` a dynamic null; arrays may mix types. Text that is not JSON is an
// error with Go's `encoding/json` message.
//
// ## Parameters
// - data: the JSON text as bytes.
//
// ## Examples
//
// ```
// import "experimental/dynamic"
//
// doc = dynamic.jsonParse(data: bytes(v: "{\"name\": \"cpu\", \"tags\": [\"a\", 1]}"))
// doc.name
// int(v: dynamic.asArray(v: doc.tags)[1])
// doc.missing
// // => dynamic(cpu)
// // => 1
// // => dynamic(<null>)
// ```
//
// ```
// import "experimental/dynamic"
//
// dynamic.jsonParse(data: bytes(v: "{\"a\": 1,}"))
// // error: invalid character '}' looking for beginning of object key string
// ```
builtin jsonParse : (data: bytes) => dynamic

// jsonEncode writes a dynamic value as JSON bytes: object keys sorted, bytes in
// base64, times in RFC 3339, durations as their literal.
//
// ## Parameters
// - v: the value to encode.
//
// ## Examples
//
// ```
// import "experimental/dynamic"
//
// string(v: dynamic.jsonEncode(v: dynamic.dynamic(v: {b: [1, 2], a: "x"})))
// // => {"a":"x","b":[1,2]}
// ```
builtin jsonEncode : (v: dynamic) => bytes

// isType tells whether a dynamic value holds a value of one kind: `string`, `bytes`,
// `int`, `uint`, `float`, `bool`, `time`, `duration`, `regexp`, `array`, `object`,
// `function` or `dictionary`. It is false for a null.
//
// ## Parameters
// - v: the dynamic value.
// - type: the kind to test for.
//
// ## Examples
//
// ```
// import "experimental/dynamic"
//
// cell = dynamic.jsonParse(data: bytes(v: "[\"x\", 2]"))
// dynamic.isType(v: cell, type: "array")
// dynamic.isType(v: cell, type: "object")
// // => true
// // => false
// ```
builtin isType : (v: dynamic, type: string) => bool
