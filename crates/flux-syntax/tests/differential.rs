//! The fast parser and the error-recovering parser must agree: on input without
//! errors the fast parser builds the very same tree, and on anything else it gives
//! up so that the recovering parser reports the errors.
//! (tests/robustness.rs checks the same on random and broken input.)

use std::path::{Path, PathBuf};

use flux_syntax::{parse, parse_fast, parse_recovering};
use proptest::prelude::*;

/// Both parsers agree on `source`; returns whether it parsed without errors.
fn agree(source: &str) -> bool {
    let recovering = parse_recovering(source);
    assert_eq!(
        parse(source),
        recovering,
        "parse differs from the recovering parser on {source:?}"
    );
    let fast = parse_fast(source);
    if recovering.errors.is_empty() {
        assert_eq!(fast.as_ref(), Some(&recovering.file), "fast parser on {source:?}");
    } else {
        assert_eq!(
            fast, None,
            "fast parser accepted {source:?}: {:?}",
            recovering.errors
        );
    }
    recovering.errors.is_empty()
}

fn flux_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if path.is_dir() {
            flux_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "flux") {
            out.push(path);
        }
    }
}

#[test]
fn every_flux_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["testdata", "stdlib", "examples"] {
        flux_files(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 100, "found {} .flux files", files.len());
    let mut valid = 0;
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        if agree(&source) {
            valid += 1;
        }
    }
    assert!(
        valid > 80,
        "{valid} of {} files parse without errors",
        files.len()
    );
}

#[test]
fn hand_picked_programs() {
    for source in [
        "x = 1\ny = x\n-1",
        "a\n[1]",
        "f\n(x: 3)",
        "r.\"a\"",
        "r[\"a\"]",
        "r[(\"a\")]",
        "(a) => a\n(b)",
        "(a)\n(b)",
        "{a with b: 1, c: 2}",
        "{a with b, c}",
        "{a, b,}",
        "[:]",
        "[\"a\": 1, \"b\": 2,]",
        "[1, 2,]",
        "-2 ^ 2 |> f()",
        "a |> b() |> c(x: (r) => r._value > 1.5 and exists r.x or not r.y)",
        "if a then b else if c then d else e",
        "x = \"a ${b + \"c ${d}\"} e\"",
        "@edition(\"2022.1\")\npackage p\n@a import \"x\"\nimport y \"z\"\n@b\nx = 1",
        "builtin f : (<-tables: stream[A], ?n: int, fn: (r: {A with x: B}) => [string:int]) => vector[A] where A: Record, B: Numeric + Comparable",
        "builtin x : stream",
        "builtin f : (<-: stream[A], g: (<-: A) => A) => A",
        "testcase t extends \"x\" { option now = () => 2020-01-01T00:00:00Z\n return 1 }",
        "option a.b = 1h30m",
        "f = (x=<-, y=1) => { z = x + y\n return z }",
        "a = /re\\/x/\nb = 4 / 2 / 1",
        "a.b.c(d: 1)[0][\"e\"].f",
        ".x",
        ".\"y\"",
        // Attributes with strings before a statement (the fast parser once read them twice).
        "@a(f(b: \"s\" + a)) y = \"t\"",
    ] {
        assert!(agree(source), "{source:?} should parse");
    }
}

fn expression() -> impl Strategy<Value = String> {
    let atom = prop::sample::select(
        &[
            "a",
            "r",
            "_value",
            "with",
            "stream",
            "0",
            "42",
            "1.5",
            "1h30m",
            "2020-01-01T00:00:00Z",
            "\"s\"",
            "\"a${x}b\"",
            "/re/",
            "<-",
            ".x",
        ][..],
    )
    .prop_map(str::to_string);
    atom.prop_recursive(5, 48, 3, |e| {
        let binary = prop::sample::select(
            &[
                "+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">=", "=~", "!~", "and", "or",
            ][..],
        );
        let unary = prop::sample::select(&["-", "+", "not", "exists"][..]);
        prop_oneof![
            e.clone().prop_map(|e| format!("({e})")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("{{a: {a} , \"k\": {b}}}")),
            Just("{a, b}".to_string()),
            e.clone().prop_map(|e| format!("{{r with x: {e}}}")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("[ {a} , {b} ]")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("[ {a} : {b} ]")),
            Just("[]".to_string()),
            Just("[:]".to_string()),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("(x, y = {a}) => {b}")),
            e.clone().prop_map(|e| format!("() => {{ v = {e} return v }}")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("f(a: {a}, b: {b})")),
            e.clone().prop_map(|e| format!("{e} . y")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("{a} [ {b} ]")),
            e.clone().prop_map(|e| format!("{e} [\"k\"]")),
            (e.clone(), e.clone()).prop_map(|(a, b)| format!("{a} |> g(v: {b})")),
            (unary, e.clone()).prop_map(|(op, e)| format!("{op} {e}")),
            (e.clone(), binary, e.clone()).prop_map(|(a, op, b)| format!("{a} {op} {b}")),
            (e.clone(), e.clone(), e.clone()).prop_map(|(a, b, c)| format!("if {a} then {b} else {c}")),
            e.prop_map(|e| format!("\"t${{ {e} }}u\"")),
        ]
    })
}

fn statement() -> impl Strategy<Value = String> {
    let form = prop::sample::select(
        &[
            "x = E",
            "E",
            "option o = E",
            "option p.o = E",
            "return E",
            "@a(E) y = E",
            "testcase t { E }",
        ][..],
    );
    (form, expression()).prop_map(|(form, e)| form.replace('E', &e))
}

/// A program with its spaces turned into newlines where `newlines` says so.
fn program() -> impl Strategy<Value = String> {
    let statements = prop::collection::vec(statement(), 1..4);
    let newlines = prop::collection::vec(any::<bool>(), 64);
    (statements, newlines).prop_map(|(statements, newlines)| {
        let mut cycle = newlines.iter().cycle();
        statements
            .join("\n")
            .chars()
            .map(|c| match c {
                ' ' if cycle.next().copied().unwrap_or(false) => '\n',
                c => c,
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn generated_programs(source in program()) {
        agree(&source);
    }
}

/// Both parsers share one depth bound and one tree bound: right at and around them
/// they still agree (the fast parser gives up exactly where the recovering one reports
/// `program is nested too deep`).
#[test]
fn both_parsers_stop_at_the_same_depth() {
    let nesting: &[(&str, &str)] = &[
        ("(", ")"),
        ("[", "]"),
        ("{a: ", "}"),
        ("f(x: ", ")"),
        ("\"${", "}\""),
        ("- ", ""),
        ("not ", ""),
        ("exists ", ""),
        ("if a then b else ", ""),
        ("() => ", ""),
        ("() => { return ", "}"),
        ("a[", "]"),
        ("x |> f(v: ", ")"),
    ];
    for (open, close) in nesting {
        // `agree` demands that the fast parser accept whatever parses without errors,
        // so a fast parser stopping short of the shared bound fails here.
        let accepted: Vec<bool> = (30..=90)
            .map(|n| agree(&format!("{}1{}", open.repeat(n), close.repeat(n))))
            .collect();
        assert_eq!(
            (accepted.first(), accepted.last()),
            (Some(&true), Some(&false)),
            "{open:?} reaches the bound within 30..=90"
        );
    }
    // A pipe link counts twice: the call and the pipe.
    for (link, links) in [
        (" + a", 990..=1010),
        (" and a", 990..=1010),
        (" or a", 990..=1010),
        (".b", 990..=1010),
        ("[0]", 990..=1010),
        (" |> f()", 490..=510),
    ] {
        let accepted: Vec<bool> = links.map(|n| agree(&format!("a{}", link.repeat(n)))).collect();
        assert_eq!(
            (accepted.first(), accepted.last()),
            (Some(&true), Some(&false)),
            "{link:?} reaches the tree bound"
        );
    }
}
