//! Evaluation never panics: fragments of every fixture, and random expressions over
//! every operator and universe function, either evaluate or fail with an error.

use proptest::prelude::*;

fn eval_quietly(src: &str) {
    let _ = flux::Runtime::new().eval(src);
}

#[test]
fn fixture_fragments_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/eval");
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(dir).expect("testdata/eval exists").flatten() {
        sources.push(std::fs::read_to_string(entry.path()).unwrap_or_default());
    }
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            for src in &sources {
                let lines: Vec<&str> = src.lines().collect();
                for i in 0..lines.len() {
                    eval_quietly(&lines[..i].join("\n"));
                    eval_quietly(&lines[i..].join("\n"));
                    let mut swapped = lines.clone();
                    swapped.swap(i, lines.len() - 1 - i);
                    eval_quietly(&swapped.join("\n"));
                }
            }
        })
        .expect("thread starts");
    assert!(handle.join().is_ok());
}

fn atom() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| format!("{}", n.unsigned_abs() % 1000)),
        Just("9223372036854775807".to_string()),
        Just("0".to_string()),
        Just("1.5".to_string()),
        Just("0.0".to_string()),
        Just("\"s\"".to_string()),
        Just("\"\"".to_string()),
        Just("1h30m".to_string()),
        Just("1mo".to_string()),
        Just("2021-01-01T00:00:00Z".to_string()),
        Just("true".to_string()),
        Just("/a.c/".to_string()),
        Just("[1, 2]".to_string()),
        Just("[]".to_string()),
        Just("{a: 1}".to_string()),
        Just("[\"k\": 1]".to_string()),
        Just("[:]".to_string()),
        Just("bytes(v: \"x\")".to_string()),
        Just("(x) => x".to_string()),
        Just("string".to_string()),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    atom().prop_recursive(4, 32, 3, |inner| {
        let ops = prop::sample::select(vec![
            "+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">=", "=~", "!~", "and", "or",
        ]);
        let funcs = prop::sample::select(vec![
            "string", "bytes", "int", "uint", "float", "bool", "time", "duration", "display",
        ]);
        prop_oneof![
            (inner.clone(), ops, inner.clone()).prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            (funcs, inner.clone()).prop_map(|(f, a)| format!("{f}(v: {a})")),
            inner.clone().prop_map(|a| format!("(-{a})")),
            inner.clone().prop_map(|a| format!("(not {a})")),
            inner.clone().prop_map(|a| format!("(exists {a})")),
            inner.clone().prop_map(|a| format!("[{a}][0]")),
            inner.clone().prop_map(|a| format!("{{r: {a}}}.r")),
            inner.clone().prop_map(|a| format!("\"${{{a}}}\"")),
            inner.clone().prop_map(|a| format!("length(arr: {a})")),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("(if {a} then {b} else {c})")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("((x) => x)(x: {a}) == {b}")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn random_expressions_never_panic(src in expr()) {
        eval_quietly(&src);
    }
}
