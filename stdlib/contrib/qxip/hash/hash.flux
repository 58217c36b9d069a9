// Package hash computes digests of strings: cryptographic ones (SHA-256, SHA-1, MD5,
// HMAC-SHA1), fast ones for bucketing (xxHash64, CityHash64), and base64 text.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.md5(v: "hello")
// // => 5d41402abc4b2a76b9719d911017c592
// ```
package hash

// sha256 returns the SHA-256 digest of `v` in lower-case hex.
//
// ## Parameters
// - v: the string to hash.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.sha256(v: "hello")
// // => 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
// ```
builtin sha256 : (v: A) => string

// sha1 returns the SHA-1 digest of `v` in lower-case hex.
//
// ## Parameters
// - v: the string to hash.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.sha1(v: "hello")
// // => aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d
// ```
builtin sha1 : (v: A) => string

// xxhash64 returns the 64-bit xxHash (seed 0) of `v` as a decimal number.
//
// ## Parameters
// - v: the string to hash.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.xxhash64(v: "hello")
// // => 2794345569481354659
// ```
builtin xxhash64 : (v: A) => string

// cityhash64 returns Google's CityHash64 (version 1.0) of `v` as a decimal number.
//
// ## Parameters
// - v: the string to hash.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.cityhash64(v: "hello")
// // => 2578220239953316063
// ```
builtin cityhash64 : (v: A) => string

// b64 returns `v` in URL-safe base64 (`-` and `_` for `+` and `/`), with padding.
//
// ## Parameters
// - v: the string to encode.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.b64(v: "hello?>")
// // => aGVsbG8_Pg==
// ```
builtin b64 : (v: A) => string

// md5 returns the MD5 digest of `v` in lower-case hex.
//
// ## Parameters
// - v: the string to hash.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.md5(v: "hello")
// // => 5d41402abc4b2a76b9719d911017c592
// ```
builtin md5 : (v: A) => string

// hmac signs `v` with the key `k` (HMAC with SHA-1) and returns the signature in
// standard base64.
//
// ## Parameters
// - v: the message.
// - k: the secret key.
//
// ## Examples
//
// ```
// import "contrib/qxip/hash"
//
// hash.hmac(v: "hello", k: "key")
// // => s0zqxFFv8joUPmHXnQ+npPvl8mY=
// ```
builtin hmac : (v: A, k: A) => string
