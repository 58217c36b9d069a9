//! Pure functions that behave exactly as Go's standard library does where Go Flux
//! calls it: `math` (bit for bit), `strings` (byte for byte), `regexp` (Go's RE2
//! dialect on the regex crate), `bitwise` and `json` (decoding, with Go's error
//! texts). They know nothing of Flux values, so the natives that wrap them stay
//! one-liners.
//!
//! Test vectors computed by Go itself (scripts/go-vectors) live in
//! testdata/go-vectors/ and are checked by tests/go_vectors.rs.

pub mod bitwise;
pub mod json;
pub mod math;
pub mod regexp;
pub mod strings;
#[rustfmt::skip]
mod unicode_tables;
