//! Annotated CSV decoding (`csv.from`'s decoder) never panics, in both modes, and
//! whatever it reads can be written back out as CSV.
#![no_main]

use flux_table::csv::{Mode, decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for mode in [Mode::Annotations, Mode::Raw] {
        match decode(data, mode) {
            Ok(results) => drop(encode(&results)),
            Err(e) => drop(e.to_string()),
        }
    }
});
