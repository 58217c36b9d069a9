// Package array is the former home of the `array` package's functions, with helpers
// that convert every element of an array to one basic type.
//
// ## Examples
//
// ```
// import "experimental/array"
//
// ["1", "2", "40"] |> array.toInt() |> array.filter(fn: (x) => x > 1)
// // => [2, 40]
// ```
package array

import "array"

// from is `array.from`: a table made from an array of records.
//
// ## Examples
//
// ```
// import "experimental/array"
//
// array.from(rows: [{host: "a", up: true}])
// // => <stream>
// ```
from = array.from

// concat is `array.concat`: the elements of `arr` followed by those of `v`.
//
// ## Examples
//
// ```
// import "experimental/array"
//
// array.concat(arr: [1, 2], v: [3, 4])
// // => [
// // =>     1,
// // =>     2,
// // =>     3,
// // =>     4
// // => ]
// ```
concat = array.concat

// map is `array.map`: `fn` applied to each element (as `x`).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// array.map(arr: [1, 2], fn: (x) => x + 100)
// // => [101, 102]
// ```
map = array.map

// filter is `array.filter`: the elements for which `fn` (given `x`) is true.
//
// ## Examples
//
// ```
// import "experimental/array"
//
// array.filter(arr: ["cpu", "mem", "disk"], fn: (x) => x != "mem")
// // => [cpu, disk]
// ```
filter = array.filter

// toBool converts each element with `bool()`: strings `"true"` and `"false"`,
// numbers 0 and 1.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// [1, 0, 1] |> array.toBool()
// // => [true, false, true]
// ```
toBool = (arr=<-) => array.map(arr: arr, fn: (x) => bool(v: x))

// toDuration converts each element with `duration()`: integers are nanoseconds,
// strings duration literals.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// ["1h30m", "90s"] |> array.toDuration()
// // => [1h30m, 1m30s]
// ```
toDuration = (arr=<-) => array.map(arr: arr, fn: (x) => duration(v: x))

// toFloat converts each element with `float()`: numbers, booleans and numeric
// strings (also in scientific notation, `NaN` and `Inf`).
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// ["2.5", "1e3", "-Inf"] |> array.toFloat()
// // => [2.5, 1000, -Inf]
// ```
toFloat = (arr=<-) => array.map(arr: arr, fn: (x) => float(v: x))

// toInt converts each element with `int()`: floats are truncated, times and
// durations become nanoseconds, strings must be decimal integers.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// [1.9, -1.9, 3.0] |> array.toInt()
// // => [1, -1, 3]
// ```
toInt = (arr=<-) => array.map(arr: arr, fn: (x) => int(v: x))

// toString converts each element with `string()`.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// [0.5, 1000000000000000000000.0] |> array.toString()
// // => [0.5, 1000000000000000000000]
// ```
toString = (arr=<-) => array.map(arr: arr, fn: (x) => string(v: x))

// toTime converts each element with `time()`: integers are nanoseconds since the
// Unix epoch, strings RFC3339 timestamps.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// [0, 1700000000000000000] |> array.toTime()
// // => [1970-01-01T00:00:00.000000000Z, 2023-11-14T22:13:20.000000000Z]
// ```
toTime = (arr=<-) => array.map(arr: arr, fn: (x) => time(v: x))

// toUInt converts each element with `uint()`: a negative number wraps around.
//
// ## Parameters
// - arr: the values to convert (the piped-forward array by default).
//
// ## Examples
//
// ```
// import "experimental/array"
//
// [-1, 2] |> array.toUInt()
// // => [18446744073709551615, 2]
// ```
toUInt = (arr=<-) => array.map(arr: arr, fn: (x) => uint(v: x))
