//! The parser never panics; error spans lie inside the input, on char boundaries;
//! the fast parser and the error-recovering parser agree.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = flux_syntax::parse(source);
    assert_eq!(parsed, flux_syntax::parse_recovering(source), "fast and recovering parsers differ");
    for e in &parsed.errors {
        let (start, end) = (e.span.start as usize, e.span.end as usize);
        assert!(start <= end && end <= source.len(), "span {start}..{end} of {}", source.len());
        assert!(source.is_char_boundary(start) && source.is_char_boundary(end));
    }
    let _ = flux_syntax::sexpr(&parsed.file);
    let _ = parsed.is_incomplete();
});
