//! The lexer never panics, and every error it reports lies inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let (_tokens, errors) = flux_syntax::lex(source);
    for e in errors {
        assert!(e.span.start <= e.span.end && e.span.end as usize <= source.len());
    }
});
