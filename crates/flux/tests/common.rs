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

/// A script whose last call nests `depth` calls deep: Flux has no recursion, so a
/// deep call stack takes a chain of functions, each calling the one before.
pub fn call_chain(depth: usize) -> String {
    let mut src = String::from("c0 = (n) => n + 1\n");
    for i in 1..=depth {
        src.push_str(&format!("c{i} = (n) => c{}(n: n)\n", i - 1));
    }
    src.push_str(&format!("c{depth}(n: 0)"));
    src
}

/// A script that makes 2^`levels` calls (each function calls the one before twice):
/// endless in practice, well typed.
pub fn doubling(levels: usize) -> String {
    let mut src = String::from("d0 = (n) => n + 1\n");
    for i in 1..=levels {
        src.push_str(&format!("d{i} = (n) => d{j}(n: n) + d{j}(n: n)\n", j = i - 1));
    }
    src.push_str(&format!("d{levels}(n: 0)"));
    src
}
