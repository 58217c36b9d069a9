// Package bitwise is the former home of the `bitwise` package; each function here is
// the one of the same name in `bitwise`.
//
// ## Examples
//
// ```
// import "experimental/bitwise"
//
// bitwise.sxor(a: 1234, b: 4567)
// // => 5381
// ```
package bitwise

import "bitwise"

// uand is `bitwise.uand`: the bitwise AND of two uints.
uand = bitwise.uand

// uor is `bitwise.uor`: the bitwise OR of two uints.
uor = bitwise.uor

// unot is `bitwise.unot`: a uint with every bit flipped.
unot = bitwise.unot

// uxor is `bitwise.uxor`: the bitwise exclusive OR of two uints.
uxor = bitwise.uxor

// uclear is `bitwise.uclear`: `a` without the bits set in `b`.
uclear = bitwise.uclear

// ulshift is `bitwise.ulshift`: a uint shifted left.
ulshift = bitwise.ulshift

// urshift is `bitwise.urshift`: a uint shifted right.
urshift = bitwise.urshift

// sand is `bitwise.sand`: the bitwise AND of two ints.
sand = bitwise.sand

// sor is `bitwise.sor`: the bitwise OR of two ints.
sor = bitwise.sor

// snot is `bitwise.snot`: an int with every bit flipped.
snot = bitwise.snot

// sxor is `bitwise.sxor`: the bitwise exclusive OR of two ints.
sxor = bitwise.sxor

// sclear is `bitwise.sclear`: `a` without the bits set in `b`.
sclear = bitwise.sclear

// slshift is `bitwise.slshift`: an int shifted left.
slshift = bitwise.slshift

// srshift is `bitwise.srshift`: an int shifted right, keeping its sign.
srshift = bitwise.srshift
