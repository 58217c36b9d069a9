// Package hex converts between values and hexadecimal text.
//
// ## Examples
//
// ```
// import "contrib/bonitoo-io/hex"
//
// hex.int(v: hex.string(v: 48879))
// // => 48879
// ```
package hex

// int parses base-16 digits, with an optional sign and an optional `0x`, as an int.
//
// ## Parameters
// - v: the text to parse.
//
// ## Examples
//
// ```
// import "contrib/bonitoo-io/hex"
//
// hex.int(v: "0xff")
// // => 255
// hex.int(v: "-1f")
// // => -31
// ```
builtin int : (v: string) => int

// string writes `v` as text: an int or uint in base 16, bytes as pairs of hex
// digits, any other basic value as `string()` does.
//
// ## Parameters
// - v: the value to write.
//
// ## Examples
//
// ```
// import "contrib/bonitoo-io/hex"
//
// hex.string(v: -255)
// // => -ff
// hex.string(v: bytes(v: "hi"))
// // => 6869
// ```
builtin string : (v: A) => string

// uint parses base-16 digits, after an optional `0x`, as a uint.
//
// ## Parameters
// - v: the text to parse.
//
// ## Examples
//
// ```
// import "contrib/bonitoo-io/hex"
//
// hex.uint(v: "0xffffffffffffffff")
// // => 18446744073709551615
// ```
builtin uint : (v: string) => uint

// bytes decodes pairs of hex digits into bytes.
//
// ## Parameters
// - v: the hex digits (an even number of them).
//
// ## Examples
//
// ```
// import "contrib/bonitoo-io/hex"
//
// string(v: hex.bytes(v: "666c7578"))
// // => flux
// ```
builtin bytes : (v: string) => bytes
