//! One-line test helpers: `eq(src, display)` and `fails(src, message_part)`.
#![allow(dead_code)]

/// The display() of every top-level expression statement, one per line.
pub fn run(src: &str) -> Result<String, flux::Error> {
    let values = flux::Runtime::new().eval(src)?;
    Ok(values.iter().map(|v| v.display()).collect::<Vec<_>>().join("\n"))
}

/// `src` evaluates without error and prints `want`.
#[track_caller]
pub fn eq(src: &str, want: &str) {
    match run(src) {
        Ok(got) => assert_eq!(got, want, "source: {src}"),
        Err(e) => panic!("source: {src}\nunexpected error: {e}"),
    }
}

/// `src` fails with an error whose message contains `part`.
#[track_caller]
pub fn fails(src: &str, part: &str) {
    match run(src) {
        Ok(got) => panic!("source: {src}\nexpected an error containing {part:?}, got {got:?}"),
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(part),
                "source: {src}\nerror {text:?} does not contain {part:?}"
            );
        }
    }
}
