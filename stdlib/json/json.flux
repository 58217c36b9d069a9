// Package json turns Flux values into JSON text.
package json


// encode converts any value except a function into compact JSON bytes.
//
// Records and dictionaries become objects with their keys in sorted order;
// dictionary keys are written as their display text. Bytes become base64
// strings, durations their Flux text (`"1h30m"`), times RFC 3339 strings
// (`"2019-08-14T10:03:12Z"`) and regular expressions their pattern. The
// characters `<`, `>` and `&` are escaped as `\u003c`, `\u003e` and `\u0026`.
//
// ## Parameters
// - v: the value to encode.
//
// ## Examples
//
// ```
// import "json"
//
// string(v: json.encode(v: {name: "example-bucket", retention: 1h, tags: ["a", "b"]}))
// // => {"name":"example-bucket","retention":"1h","tags":["a","b"]}
// ```
//
// Bytes, times, HTML characters and dictionary keys:
//
// ```
// import "json"
//
// string(v: json.encode(v: {b: bytes(v: "hi"), t: 2019-08-14T10:03:12Z, html: "<a&b>"}))
// // => {"b":"aGk=","html":"\u003ca\u0026b\u003e","t":"2019-08-14T10:03:12Z"}
// string(v: json.encode(v: [1: "hi", 2: "there"]))
// // => {"1":"hi","2":"there"}
// ```
builtin encode : (v: A) => bytes
