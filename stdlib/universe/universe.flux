// Package universe holds the functions every Flux script can use without an
// import: type conversions, display, length and die.
package universe

// true and false are the two boolean values.
builtin true : bool
builtin false : bool

// string converts a value to a string: floats never use exponent notation,
// times always show nine fractional digits, durations are normalised.
//
// ```
// > string(v: 90m)
// 1h30m
// ```
builtin string : (v: A) => string

// bytes converts a string to its UTF-8 bytes.
builtin bytes : (v: A) => bytes

// int converts a value to an integer (floats are truncated toward zero).
builtin int : (v: A) => int

// uint converts a value to an unsigned integer (negative integers wrap).
builtin uint : (v: A) => uint

// float converts a value to a float.
builtin float : (v: A) => float

// bool converts "true"/"false" or a number that is 0 or 1 to a boolean.
builtin bool : (v: A) => bool

// time converts an RFC 3339 string or nanoseconds since the epoch to a time.
builtin time : (v: A) => time

// duration converts a duration string or a number of nanoseconds to a duration.
builtin duration : (v: A) => duration

// display returns the text Flux shows for any value.
builtin display : (v: A) => string

// length returns the number of elements of an array.
builtin length : (<-arr: [A]) => int

// die stops the script with the error message msg.
builtin die : (msg: string) => A
