// Package testing compares streams of tables in tests: `flux test` runs the `testcase`
// blocks of `*_test.flux` files, and a testcase fails when one of these assertions does.
package testing


import "array"

// tags lists the tags of a testcase. `flux test` skips a testcase that sets tags
// unless every one of them is given with `--tags`.
option tags = []

// assertEquals fails when `got` and `want` do not hold the same tables; it returns `got`.
//
// ## Parameters
// - name: the name the failure message gives.
// - got: the stream under test.
// - want: the expected stream.
//
// ## Examples
//
// ```
// import "array"
// import "testing"
//
// rows = array.from(rows: [{_value: 1}])
// testing.assertEquals(name: "same", got: rows, want: rows)
// // => <stream>
// ```
builtin assertEquals : (name: string, <-got: stream[A], want: stream[A]) => stream[A]

// assertEmpty fails when a table of its input has rows; it returns no tables.
//
// ## Parameters
// - tables: the stream that must have no rows.
//
// ## Examples
//
// ```
// import "array"
// import "testing"
//
// array.from(rows: [{_value: 1}]) |> testing.assertEmpty()
// // error: found 1 tables that were not empty
// ```
builtin assertEmpty : (<-tables: stream[A]) => stream[A]

// diff fails when `got` and `want` differ: the failure shows each table that differs, all
// its rows listed with a `_diff` column that marks rows only `want` has (`-`) and rows only
// `got` has (`+`). Tables are paired by group key; floats are equal within 1e-6. When the
// streams are equal it returns no tables.
//
// ## Parameters
// - got: the stream under test.
// - want: the expected stream.
// - verbose: accepted for compatibility; the failure always shows the whole table.
// - epsilon: accepted for compatibility; floats are always compared within 1e-6.
// - nansEqual: accepted for compatibility; two NaNs are always equal.
//
// ## Examples
//
// ```
// import "array"
// import "testing"
//
// got = array.from(rows: [{_value: 1.0}, {_value: 2.0}])
// want = array.from(rows: [{_value: 1.0}, {_value: 2.0000001}])
// testing.diff(got: got, want: want)
// // => <stream>
// ```
builtin diff : (
        <-got: stream[A],
        want: stream[A],
        ?verbose: bool,
        ?epsilon: float,
        ?nansEqual: bool,
    ) => stream[{A with _diff: string}]

// load prepares test input. It returns its input unchanged; a test harness may set the
// option to load the data elsewhere first.
//
// ## Parameters
// - tables: the input stream.
option load = (tables=<-) => tables

// assertEqualValues fails when two values differ (it compares one-row tables of them with
// `diff`).
//
// ## Parameters
// - got: the value under test.
// - want: the expected value.
//
// ## Examples
//
// ```
// import "testing"
//
// testing.assertEqualValues(got: 1 + 1, want: 2)
// // => <stream>
// ```
assertEqualValues = (got, want) => diff(got: array.from(rows: [{v: got}]), want: array.from(rows: [{v: want}]))

// shouldError calls `fn` and fails unless it fails with a message that `want` matches.
//
// ## Parameters
// - fn: the function expected to fail.
// - want: a pattern the error message must match.
//
// ## Examples
//
// ```
// import "testing"
//
// testing.shouldError(fn: () => die(msg: "out of range"), want: /out of range/)
// // => <stream>
// ```
builtin shouldError : (fn: () => A, want: regexp) => stream[{v: string}]
