// Package bitwise operates on the bits of integers: `u` functions take and return
// `uint`, `s` functions `int`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.uand(a: uint(v: 255), b: bitwise.ulshift(a: uint(v: 1), b: uint(v: 4)))
// // => 16
// ```
package bitwise

// uand returns the bitwise AND of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.uand(a: uint(v: 1234), b: uint(v: 4567))
// // => 210
// ```
builtin uand : (a: uint, b: uint) => uint

// uor returns the bitwise OR of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.uor(a: uint(v: 1234), b: uint(v: 4567))
// // => 5591
// ```
builtin uor : (a: uint, b: uint) => uint

// unot flips every bit of `a`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.unot(a: uint(v: 1234))
// // => 18446744073709550381
// ```
builtin unot : (a: uint) => uint

// uxor returns the bitwise exclusive OR of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.uxor(a: uint(v: 1234), b: uint(v: 4567))
// // => 5381
// ```
builtin uxor : (a: uint, b: uint) => uint

// uclear clears in `a` the bits set in `b` (AND NOT).
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.uclear(a: uint(v: 1234), b: uint(v: 4567))
// // => 1024
// ```
builtin uclear : (a: uint, b: uint) => uint

// ulshift shifts `a` left by `b` bits; 64 or more gives 0.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.ulshift(a: uint(v: 1234), b: uint(v: 2))
// // => 4936
// ```
builtin ulshift : (a: uint, b: uint) => uint

// urshift shifts `a` right by `b` bits; 64 or more gives 0.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.urshift(a: uint(v: 1234), b: uint(v: 2))
// // => 308
// ```
builtin urshift : (a: uint, b: uint) => uint

// sand returns the bitwise AND of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.sand(a: 1234, b: 4567)
// // => 210
// ```
builtin sand : (a: int, b: int) => int

// sor returns the bitwise OR of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.sor(a: 1234, b: 4567)
// // => 5591
// ```
builtin sor : (a: int, b: int) => int

// snot flips every bit of `a` (the result is `-a - 1`).
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.snot(a: 1234)
// // => -1235
// ```
builtin snot : (a: int) => int

// sxor returns the bitwise exclusive OR of `a` and `b`.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.sxor(a: 1234, b: 4567)
// // => 5381
// ```
builtin sxor : (a: int, b: int) => int

// sclear clears in `a` the bits set in `b` (AND NOT).
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.sclear(a: 1234, b: 4567)
// // => 1024
// ```
builtin sclear : (a: int, b: int) => int

// slshift shifts `a` left by `b` bits, losing bits shifted past the sign; 64 or more
// gives 0 and a negative `b` is an error.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.slshift(a: 1234, b: 2)
// // => 4936
// ```
builtin slshift : (a: int, b: int) => int

// srshift shifts `a` right by `b` bits, copying the sign bit in; 64 or more gives 0
// (or -1 for negative `a`) and a negative `b` is an error.
//
// ## Examples
//
// ```
// import "bitwise"
//
// bitwise.srshift(a: -1234, b: 2)
// // => -309
// ```
builtin srshift : (a: int, b: int) => int
