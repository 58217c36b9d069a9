// Package universe holds what every Flux script can use without an import:
// the booleans, type conversions, display, length and die.
package universe

// true and false are the two boolean values.
//
// ## Examples
//
// ```
// not true or false
// // => false
// ```
builtin true : bool
builtin false : bool

// string converts a value to a string.
//
// Floats never use exponent notation, times always show nine fractional
// digits, durations are normalised (`90m` is `1h30m`) and bytes must be valid
// UTF-8. Arrays, records, dictionaries and functions cannot be converted: use
// `display()` for them.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// string(v: 90m)
// // => 1h30m
// string(v: 2021-01-01T00:00:00Z)
// // => 2021-01-01T00:00:00.000000000Z
// string(v: 1000000.0)
// // => 1000000
// string(v: bytes(v: "ok"))
// // => ok
// ```
builtin string : (v: A) => string

// bytes converts a string to its UTF-8 bytes.
//
// ## Parameters
// - v: the string to convert.
//
// ## Examples
//
// ```
// bytes(v: "Example string")
// // => 0x4578616d706c6520737472696e67
// ```
builtin bytes : (v: A) => bytes

// int converts a value to an integer: floats are truncated toward zero, booleans
// are 1 or 0, times are nanoseconds since the epoch and durations nanoseconds.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// int(v: 10.12)
// // => 10
// int(v: "3")
// // => 3
// int(v: 1m)
// // => 60000000000
// int(v: 2022-01-01T00:00:00Z)
// // => 1640995200000000000
// ```
builtin int : (v: A) => int

// uint converts a value to an unsigned integer (negative integers wrap around).
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// uint(v: "3")
// // => 3
// uint(v: -100)
// // => 18446744073709551516
// ```
builtin uint : (v: A) => uint

// float converts a string, a number or a boolean to a float.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// float(v: "3.14")
// // => 3.14
// float(v: 10)
// // => 10
// ```
builtin float : (v: A) => float

// bool converts `"true"`/`"false"`, or a number that is 0 or 1, to a boolean.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// bool(v: "true")
// // => true
// bool(v: 0)
// // => false
// ```
builtin bool : (v: A) => bool

// time converts an RFC 3339 string, or nanoseconds since the epoch, to a time.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// time(v: "2021-01-01T00:00:00Z")
// // => 2021-01-01T00:00:00.000000000Z
// time(v: 1640995200000000000)
// // => 2022-01-01T00:00:00.000000000Z
// ```
builtin time : (v: A) => time

// duration converts a duration string, or a number of nanoseconds, to a duration.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// duration(v: "1h20m")
// // => 1h20m
// duration(v: 4800000000000)
// // => 1h20m
// ```
builtin duration : (v: A) => duration

// display returns the text Flux shows for any value.
//
// Strings are not quoted, bytes are hexadecimal, records and dictionaries are
// sorted by key, and a composite value with more than three elements is spread
// over several lines.
//
// ## Parameters
// - v: the value to show.
//
// ## Examples
//
// ```
// display(v: {b: 2, a: [1, 2, 3]})
// // => {a: [1, 2, 3], b: 2}
// display(v: ["b": 2, "a": 1])
// // => [a: 1, b: 2]
// display(v: {bytes: bytes(v: "abc"), string: "str", array: [1, 2, 3], dict: ["a": 1, "b": 2, "c": 3]})
// // => {
// // =>     array: [1, 2, 3],
// // =>     bytes: 0x616263,
// // =>     dict: [a: 1, b: 2, c: 3],
// // =>     string: str
// // => }
// ```
builtin display : (v: A) => string

// length returns the number of elements of an array.
//
// ## Parameters
// - arr: the array (may be piped in).
//
// ## Examples
//
// ```
// ["a", "b"] |> length()
// // => 2
// length(arr: [1, 2, 3])
// // => 3
// ```
builtin length : (<-arr: [A]) => int

// _systemTime reads the system clock (what `now` returns unless a script sets the option).
builtin _systemTime : () => time

// now returns the current time. A script may fix it with an option.
//
// ## Examples
//
// ```
// option now = () => 2030-01-01T00:00:00Z
// now()
// // => 2030-01-01T00:00:00.000000000Z
// ```
option now = _systemTime

// die stops the script with the error message `msg`.
//
// ## Parameters
// - msg: the error message.
//
// ## Examples
//
// ```
// die(msg: "no data to work with")
// // error: no data to work with
// ```
builtin die : (msg: string) => A

// ---------------------------------------------------------------------------
// scalar: the location option, today, bins and contains (natives in universe_scalar.rs)
// ---------------------------------------------------------------------------

// location is the option the `date` functions read a time's wall clock in when they
// are not given a `location`: UTC unless the script sets it (see `timezone`).
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// option location = timezone.fixed(offset: 5h30m)
//
// date.minute(t: 2024-01-01T10:00:00Z)
// // => 30
// ```
option location = {zone: "UTC", offset: 0h}

// today returns midnight at the start of the current day (of `now()`), on the clock of
// the `location` option.
//
// ## Examples
//
// ```
// option now = () => 2024-05-06T17:30:00Z
//
// today()
// // => 2024-05-06T00:00:00.000000000Z
// ```
builtin today : () => time

// linearBins returns `count` evenly spaced bounds from `start`, `width` apart,
// followed by `+Inf` unless `infinity` is false.
//
// ## Parameters
// - start: the first bound.
// - width: the distance between two bounds.
// - count: how many bounds before the optional infinity.
// - infinity: whether to end with `+Inf` (default true).
//
// ## Examples
//
// ```
// linearBins(start: 0.0, width: 2.5, count: 3, infinity: false)
// // => [0, 2.5, 5]
// ```
builtin linearBins : (start: float, width: float, count: int, ?infinity: bool) => [float]

// logarithmicBins returns `count` bounds from `start`, each `factor` times the one
// before, followed by `+Inf` unless `infinity` is false.
//
// ## Parameters
// - start: the first bound.
// - factor: the ratio between two bounds.
// - count: how many bounds before the optional infinity.
// - infinity: whether to end with `+Inf` (default true).
//
// ## Examples
//
// ```
// logarithmicBins(start: 1.0, factor: 10.0, count: 2)
// // => [1, 10, +Inf]
// ```
builtin logarithmicBins : (start: float, factor: float, count: int, ?infinity: bool) => [float]

// contains reports whether `set` holds a value equal to `value`.
//
// ## Parameters
// - value: the value to look for (a basic type: not a record, array or function).
// - set: the values to search.
//
// ## Examples
//
// ```
// contains(value: "mem", set: ["cpu", "mem"])
// // => true
// contains(value: 3, set: [1, 2])
// // => false
// ```
builtin contains : (value: A, set: [A]) => bool where A: Nullable
