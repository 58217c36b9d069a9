//! The type checker never panics or overflows the stack: `Runtime::check` parses a
//! program and checks it against the prelude; types print and errors render.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn runtime() -> &'static flux::Runtime {
    static RUNTIME: OnceLock<flux::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(flux::Runtime::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match runtime().check(source) {
        Ok(types) => {
            drop(types.bindings());
            drop(types.last_expression_type());
        }
        Err(e) => drop(e.render_plain()),
    }
});
