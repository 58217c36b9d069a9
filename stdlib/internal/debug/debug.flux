// Package debug holds functions for testing the engine itself: streams passed through
// unchanged or dropped, and typed nulls.
package debug


// pass returns its input unchanged.
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "internal/debug"
//
// array.from(rows: [{_value: 1}]) |> debug.pass()
// // => <stream>
// ```
builtin pass : (<-tables: stream[A]) => stream[A] where A: Record

// opaque returns its input unchanged; its type hides the input's row type from the
// type checker.
//
// ## Parameters
// - tables: the input stream.
builtin opaque : (<-tables: stream[A]) => stream[B] where A: Record, B: Record

// slurp returns its input unchanged (the engine reads the whole input before passing it on).
//
// ## Parameters
// - tables: the input stream.
builtin slurp : (<-tables: stream[A]) => stream[A] where A: Record

// sink reads its input and returns no tables.
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "internal/debug"
//
// array.from(rows: [{_value: 1}]) |> debug.sink()
// // => <stream>
// ```
builtin sink : (<-tables: stream[A]) => stream[A] where A: Record

// null returns a null value; `type` names the basic type it stands for (`string`, `bytes`,
// `int`, `uint`, `float`, `bool`, `time`, `duration` or `regexp`).
//
// ## Parameters
// - type: the type of the null.
//
// ## Examples
//
// ```
// import "internal/debug"
//
// display(v: debug.null(type: "int"))
// // => <null>
// ```
builtin null : (?type: string) => A where A: Basic

// getOption returns the value of option `name` of the package imported as `pkg`: what
// the script set with `option`, else the package's default.
//
// ## Parameters
// - pkg: the package's import path.
// - name: the option's name.
//
// ## Examples
//
// ```
// import "internal/debug"
//
// debug.getOption(pkg: "internal/debug", name: "vectorize")
// // => false
// ```
builtin getOption : (pkg: string, name: string) => A

// vectorize asks the engine to run row functions column-wise where it can.
option vectorize = false
