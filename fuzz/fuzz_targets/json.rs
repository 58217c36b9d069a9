//! `json.parse` (experimental/json) never panics on any bytes, and what it returns displays.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match flux_stdlib::experimental::json::parse(data) {
        Ok(value) => drop(value.display()),
        Err(e) => drop(e.to_string()),
    }
});
