//! `RuntimeBuilder::max_memory`: values that grow past the budget end the script
//! with a `Limit` error naming the limit; long work on huge values (equality,
//! `display`, JSON) stops when the runtime is interrupted.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn with_memory(bytes: u64) -> flux::Runtime {
    flux::Runtime::builder().max_memory(bytes).build()
}

/// The error's kind and message, or the values.
fn outcome(r: Result<Vec<flux::Value>, flux::Error>) -> Result<Vec<String>, (flux::ErrorKind, String)> {
    match r {
        Ok(values) => Ok(values.iter().map(flux::Value::display).collect()),
        Err(e) => Err((e.kind(), e.messages()[0].1.to_string())),
    }
}

fn over(limit: &str) -> Result<Vec<String>, (flux::ErrorKind, String)> {
    Err((
        flux::ErrorKind::Limit,
        format!("evaluation exceeded the memory limit of {limit}"),
    ))
}

/// `x0 = [1]; x{i} = [x{i-1}, x{i-1}]` up to `x{n}`: shared halves, huge text.
fn doubling_arrays(n: usize) -> String {
    let mut src = String::from("x0 = [1]\n");
    for i in 1..=n {
        src.push_str(&format!("x{i} = [x{}, x{}]\n", i - 1, i - 1));
    }
    src
}

#[test]
fn string_concatenation_stops_before_the_limit_is_passed() {
    let mut src = String::from("s0 = \"x\"\n");
    for i in 1..=40 {
        src.push_str(&format!("s{i} = s{} + s{}\n", i - 1, i - 1));
    }
    let rt = with_memory(1 << 20);
    let started = std::time::Instant::now();
    assert_eq!(outcome(rt.eval(&src)), over("1MiB"));
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn interpolation_and_natives_count_too() {
    let rt = with_memory(1 << 20);
    let src = "import \"strings\"\ns = strings.repeat(v: \"x\", i: 600000)\n\"${s}${s}\"";
    assert_eq!(outcome(rt.eval(src)), over("1MiB"));
    let src = "import \"strings\"\nstrings.repeat(v: \"ab\", i: 600000)";
    assert_eq!(outcome(rt.eval(src)), over("1MiB"));
    let src = "import \"strings\"\nstrings.split(v: strings.repeat(v: \"a,\", i: 100000), t: \",\")";
    assert_eq!(outcome(rt.eval(src)), over("1MiB"));
}

#[test]
fn string_natives_check_the_length_before_building() {
    let rt = with_memory(1 << 20);
    let big = "import \"strings\"\ns = strings.repeat(v: \"x\", i: 300000)\n";
    for call in [
        "strings.joinStr(arr: [s, s, s, s], v: \"\")",
        "strings.replaceAll(v: s, t: \"x\", u: \"yyyy\")",
        "strings.replace(v: s, t: \"x\", u: \"yyyy\", i: -1)",
        "strings.repeat(v: s, i: 1000000000000)",
    ] {
        assert_eq!(outcome(rt.eval(&format!("{big}{call}"))), over("1MiB"), "{call}");
    }
    let small = "import \"strings\"\nstrings.joinStr(arr: [\"a\", \"b\"], v: \"-\") + strings.replaceAll(v: \"aXa\", t: \"X\", u: \"--\")";
    assert_eq!(outcome(rt.eval(small)), Ok(vec!["a-ba--a".to_string()]));
}

#[test]
fn values_kept_at_the_top_level_add_up() {
    let rt = with_memory(1 << 20);
    let src = "import \"strings\"\na = strings.repeat(v: \"x\", i: 400000)\nb = strings.repeat(v: \"y\", i: 400000)\nc = strings.repeat(v: \"z\", i: 400000)";
    assert_eq!(outcome(rt.eval(src)), over("1MiB"));
    // The same value bound twice is held once.
    let src = "import \"strings\"\na = strings.repeat(v: \"x\", i: 400000)\nb = a\nc = [a, b]\nstrings.strlen(v: c[1])";
    assert_eq!(outcome(rt.eval(src)), Ok(vec!["400000".to_string()]));
}

#[test]
fn display_and_json_text_stop_at_the_limit() {
    let rt = with_memory(1 << 20);
    let arrays = doubling_arrays(40);
    let src = format!("{arrays}display(v: x40)");
    assert_eq!(outcome(rt.eval(&src)), over("1MiB"));
    let src = format!("import \"json\"\n{arrays}json.encode(v: x40)");
    assert_eq!(outcome(rt.eval(&src)), over("1MiB"));
    // Small values print as before.
    let src = format!(
        "import \"json\"\n{}string(v: json.encode(v: x2))",
        doubling_arrays(2)
    );
    assert_eq!(
        outcome(rt.eval(&src)),
        Ok(vec!["[[[1],[1]],[[1],[1]]]".to_string()])
    );
}

#[test]
fn without_a_limit_nothing_changes() {
    let rt = flux::Runtime::new();
    let src = "import \"strings\"\nstrings.strlen(v: strings.repeat(v: \"x\", i: 2000000) + \"y\")";
    assert_eq!(outcome(rt.eval(src)), Ok(vec!["2000001".to_string()]));
}

/// Run `src` on a runtime whose interrupt flag is raised after 300 ms; its outcome.
fn interrupted_after_a_while(src: String) -> Result<Vec<String>, (flux::ErrorKind, String)> {
    let flag = Arc::new(AtomicBool::new(false));
    let rt = flux::Runtime::builder().interrupt(flag.clone()).build();
    let raiser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        flag.store(true, Ordering::SeqCst);
    });
    let result = outcome(rt.eval(&src));
    let _ = raiser.join();
    result
}

#[test]
fn long_equality_display_and_json_stop_when_interrupted() {
    // y40 is built apart from x40, so comparing them walks 2^40 leaves.
    let ys = doubling_arrays(40).replace('x', "y");
    let interrupted = Err((flux::ErrorKind::Limit, "evaluation interrupted".to_string()));
    for tail in ["x40 == y40", "display(v: x40)", "json.encode(v: x40)"] {
        let src = format!("import \"json\"\n{}{ys}{tail}", doubling_arrays(40));
        assert_eq!(interrupted_after_a_while(src), interrupted, "{tail}");
    }
}
