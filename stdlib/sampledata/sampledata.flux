// Package sampledata gives small, fixed data sets for trying out functions: two tables
// (tag `t1` and `t2`, grouped by `tag`) of six rows each, one every 10 seconds from `start`,
// with a `_value` of the set's type. With `includeNull: true` some values are null.
package sampledata


// start is the time of the first row of every data set.
start = 2021-01-01T00:00:00Z

// stop is the end of the data sets' time range (one minute after `start`).
stop = 2021-01-01T00:01:00Z

// float gives the float data set (values such as -2.18 and 10.92).
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
//
// ## Examples
//
// ```
// import "sampledata"
//
// sampledata.float()
// // => <stream>
// ```
builtin float : (?includeNull: bool) => stream[A] where A: Record

// int gives the float data set truncated to integers.
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
builtin int : (?includeNull: bool) => stream[{A with _value: B, _value: int}]

// uint gives the float data set converted to unsigned integers (a negative value wraps
// around, as Flux's `uint()` of a negative float does).
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
builtin uint : (?includeNull: bool) => stream[{A with _value: B, _value: uint}]

// string gives the string data set (values such as `smpl_g9qczs`).
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
builtin string : (?includeNull: bool) => stream[A] where A: Record

// bool gives the boolean data set.
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
builtin bool : (?includeNull: bool) => stream[A] where A: Record

// numericBool gives the boolean data set as integers (1 for true, 0 for false).
//
// ## Parameters
// - includeNull: replace some values with null (default `false`).
builtin numericBool : (?includeNull: bool) => stream[{A with _value: B, _value: int}]
