// Package types tells the type of a value at run time, for data whose type varies
// (such as values read from JSON).
//
// ## Examples
//
// ```
// import "types"
//
// types.isType(v: 42, type: "int")
// // => true
// ```
package types

// isType reports whether `v` is of the basic type `type`: one of `string`, `bytes`,
// `int`, `uint`, `float`, `bool`, `time`, `duration` or `regexp`.
//
// ## Parameters
// - v: the value to test.
// - type: the type's name.
//
// ## Examples
//
// ```
// import "types"
//
// types.isType(v: 2.5, type: "int")
// // => false
// types.isType(v: /^cpu/, type: "regexp")
// // => true
// ```
builtin isType : (v: A, type: string) => bool where A: Basic

// isNumeric reports whether `v` is a number: an int, a uint or a float.
//
// ## Parameters
// - v: the value to test.
//
// ## Examples
//
// ```
// import "types"
//
// types.isNumeric(v: 2.5)
// // => true
// types.isNumeric(v: "2.5")
// // => false
// ```
isNumeric = (v) => isType(v: v, type: "float") or isType(v: v, type: "int") or isType(v: v, type: "uint")
