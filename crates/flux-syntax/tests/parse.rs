//! One-line parser tests: source in, S-expression (or first error) out.

use flux_syntax::{LineIndex, parse, sexpr};

/// The source parses without errors to this S-expression (statements joined by `; `).
#[track_caller]
fn eq(source: &str, expected: &str) {
    let parsed = parse(source);
    let errors: Vec<_> = parsed.errors.iter().map(|e| e.message.clone()).collect();
    assert!(errors.is_empty(), "{source:?} gave errors {errors:?}");
    let got = sexpr(&parsed.file).trim_end().replace('\n', "; ");
    assert_eq!(got, expected, "source: {source:?}");
}

/// The source gives exactly these errors, in Flux's short form.
#[track_caller]
fn fails(source: &str, expected: &[&str]) {
    let parsed = parse(source);
    let index = LineIndex::new(source);
    let got: Vec<String> = parsed
        .errors
        .iter()
        .map(|e| format!("error @{}: {}", index.location(e.span), e.message))
        .collect();
    assert_eq!(got, expected, "source: {source:?}");
}

#[test]
fn precedence_and_associativity() {
    eq("1 + 2 * 3", "(+ 1 (* 2 3))");
    eq("1 - 2 - 3", "(- (- 1 2) 3)");
    eq("2 ^ 3 ^ 2", "(^ (^ 2 3) 2)");
    eq("-2 ^ 2", "(^ (- 2) 2)");
    eq("5 * 1 ^ 5", "(* 5 (^ 1 5))");
    eq("2 ^ (1 + 3)", "(^ 2 (paren (+ 1 3)))");
    eq("a / b - 1.0", "(- (/ a b) 1.0)");
    eq("not a == b", "(not (== a b))");
    eq("not -1 == a", "(not (== (- 1) a))");
    eq("not a or b", "(or (not a) b)");
    eq("a and b or c", "(or (and a b) c)");
    eq("a or b and c", "(or a (and b c))");
    eq("a < b < c", "(< (< a b) c)");
    eq("exists r.x and r.x > 0", "(and (exists (. r x)) (> (. r x) 0))");
    eq("a =~ /x/ or a !~ /y/", "(or (=~ a /x/) (!~ a /y/))");
    eq("-x |> f()", "(|> (- x) (call f))");
    eq("a |> f() ^ 2", "(^ (|> a (call f)) 2)");
    eq("if a then b else if c then d else e", "(if a b (if c d e))");
    eq("if a then 1 else 2 + 3", "(if a 1 (+ 2 3))");
}

#[test]
fn newlines_are_whitespace() {
    eq("x = 5\nx\n-1", "(= x 5); (- x 1)");
    eq("a\n[1]", "(index a 1)");
    eq("f\n(x: 3)", "(call f x:3)");
    eq("1500ms\n-1h", "(- 1500ms 1h)");
    eq("x = 1 y = 2", "(= x 1); (= y 2)");
}

#[test]
fn literals() {
    eq("0", "0");
    eq("9223372036854775807", "9223372036854775807");
    eq("1.5 0. .26 72.40", "1.5; 0.0; 0.26; 72.4");
    eq("1.5 e10", "1.5; e10");
    eq("1y3mo2w1d4h1m30s1ms2µs70ns", "1y3mo2w1d4h1m30s1ms2us70ns");
    eq("01y02mo", "1y2mo");
    eq("-1mo5d", "(- 1mo5d)");
    eq("2018-11-29", "2018-11-29T00:00:00Z");
    eq("2018-08-15T13:36:23-07:00", "2018-08-15T20:36:23Z");
    eq("2030-01-01T00:00:00.5Z", "2030-01-01T00:00:00.500000000Z");
    // The smallest and largest instants in i64 nanoseconds.
    eq("1677-09-21T00:12:43.145224192Z", "1677-09-21T00:12:43.145224192Z");
    eq("1677-09-21T00:12:43.145224194Z", "1677-09-21T00:12:43.145224194Z");
    eq("2262-04-11T23:47:16.854775807Z", "2262-04-11T23:47:16.854775807Z");
    eq(r#""a\n\t\"\\ \${x} \x41""#, r#""a\n\t\"\\ ${x} A""#);
    eq(r#""é\xc3\xa9""#, r#""éé""#);
    eq("\"multi\nline\"", r#""multi\nline""#);
    eq(r#""$ alone $""#, r#""$ alone $""#);
    eq(
        r#""we ${"can ${"add" + "strings"}"} together""#,
        r#"(string "we " (${} (string "can " (${} (+ "add" "strings")))) " together")"#,
    );
    eq(r#""${r.a}""#, "(string (${} (. r a)))");
    eq(r"/.*/", "/.*/");
    eq(r"/a\/b\\c\d/", r"/a\/b\\c\d/");
    eq("<-", "<-");
    eq(".label", ".label");
}

#[test]
fn composites() {
    eq("{a, b}", "(record a b)");
    eq(r#"{a: 1, "b c": 2,}"#, r#"(record a:1 "b c":2)"#);
    eq("{r with a: 1, b: 2}", "(record r with a:1 b:2)");
    eq("{r with a, b}", "(record r with a b)");
    eq("{}", "(record)");
    eq("[]", "(array)");
    eq("[1, 2, 3,]", "(array 1 2 3)");
    eq(r#"["a": 1, "b": 2]"#, r#"(dict "a":1 "b":2)"#);
    eq("[:]", "(dict)");
    eq("[1: [2]]", "(dict 1:(array 2))");
    eq("() => 1", "(fn () 1)");
    eq("(x, y=1, tables=<-) => x * y", "(fn (x y=1 tables=<-) (* x y))");
    eq("(r) => ({r with x: 1})", "(fn (r) (paren (record r with x:1)))");
    eq("() => { a = 1\n return a }", "(fn () (block (= a 1) (return a)))");
    eq("f(a, b)", "(call f a b)");
    eq("f()()", "(call (call f))");
    eq(r#"r["a b"]"#, r#"(. r "a b")"#);
    eq("a[i + 1][0]", "(index (index a (+ i 1)) 0)");
    eq("a.b.c", "(. (. a b) c)");
    eq("(a)", "(paren a)");
}

#[test]
fn statements() {
    eq("package main\nx", "(package main); x");
    eq(
        "import \"strings\"\nimport s \"strings\"",
        "(import \"strings\"); (import s \"strings\")",
    );
    eq(
        "option now = () => 2030-01-01T00:00:00Z",
        "(option now (fn () 2030-01-01T00:00:00Z))",
    );
    eq("option v.x = 1", "(option v.x 1)");
    eq("f = () => { return 1 }", "(= f (fn () (block (return 1))))");
    eq("testcase t { x }", "(testcase t (block x))");
    eq(
        r#"testcase t extends "p_test.t" { super() }"#,
        r#"(testcase t extends "p_test.t" (block (call super)))"#,
    );
    eq("@feature(a) x = 1", "(@feature a) (= x 1)");
    eq(
        "@edition(\"2022.1\")\npackage p",
        "(@edition \"2022.1\") (package p)",
    );
    eq("// comment\nx // trailing\n// end", "x");
}

#[test]
fn builtin_types() {
    eq("builtin x : int", "(builtin x int)");
    eq("builtin x : [A]", "(builtin x [A])");
    eq("builtin x : [string:int]", "(builtin x [string:int])");
    eq(
        "builtin x : stream[{A with _value: B}]",
        "(builtin x stream[{A with _value: B}])",
    );
    eq("builtin x : vector[float]", "(builtin x vector[float])");
    // The unnamed pipe parameter (what libflux prints for the pipe of an inferred call).
    eq("builtin f : (<-: A) => A", "(builtin f (<-: A) => A)");
    eq(
        r#"builtin x : {a: int, "b": string}"#,
        r#"(builtin x {a: int, "b": string})"#,
    );
    eq(
        "builtin f : (<-tables: stream[A], ?n: int, fn: (r: A) => bool) => stream[A] where A: Record + Equatable, B: Numeric",
        "(builtin f (where (<-tables: stream[A], ?n: int, fn: (r: A) => bool) => stream[A] A:Record+Equatable B:Numeric))",
    );
}

#[test]
fn error_messages() {
    // Many unclosed blocks (a truncated file) are closed at EOF, in linear time.
    let unclosed = "f = () => {\n".repeat(40);
    fails(&unclosed, &["error @41:1-41:1: expected RBRACE, got EOF"]);
    // A bad \x escape followed by a multi-byte character: the span ends after that character.
    fails(
        "\"\\x4\u{3eb}\"",
        &["error @1:2-1:6: invalid byte escape: expected two hex digits after \\x"],
    );
    fails("f(a: 1", &["error @1:7-1:7: expected RPAREN, got EOF"]);
    fails(
        "r = /*/",
        &["error @1:5-1:8: regex parse error: * error: repetition operator missing expression"],
    );
    fails(
        "{a, b: 1}",
        &["error @1:1-1:10: cannot mix implicit and explicit properties"],
    );
    fails(
        "f(a, b: 1)",
        &["error @1:3-1:10: cannot mix implicit and explicit properties"],
    );
    fails(
        "x = ",
        &["error @1:5-1:5: invalid expression: invalid token for primary expression: EOF"],
    );
    fails(
        "1 + / 2",
        &["error @1:5-1:6: invalid expression: invalid token for primary expression: DIV"],
    );
    fails("if a then b", &["error @1:12-1:12: expected ELSE, got EOF"]);
    fails(
        "if a then b }",
        &["error @1:13-1:14: expected ELSE, got RBRACE (}) at 1:13"],
    );
    // `else 3` newline `/a.c/` is a division, as in Flux.
    fails(
        "if a then 2 else 3\n/a.c/",
        &["error @2:6-2:6: invalid expression: invalid token for primary expression: EOF"],
    );
    fails(
        "0123",
        &[r#"error @1:1-1:5: invalid integer literal "0123": nonzero value cannot start with 0"#],
    );
    fails(
        "100000000000000000000000000000",
        &[r#"error @1:1-1:31: invalid integer literal "100000000000000000000000000000": value out of range"#],
    );
    fails(
        "1677-09-21T00:12:43.145224191Z",
        &[
            r#"error @1:1-1:31: invalid date time literal "1677-09-21T00:12:43.145224191Z": value out of range"#,
        ],
    );
    fails(
        "2262-04-11T23:47:16.854775808Z",
        &[
            r#"error @1:1-1:31: invalid date time literal "2262-04-11T23:47:16.854775808Z": value out of range"#,
        ],
    );
    fails(
        "t = 2018-11-29T09:00:00",
        &["error @1:5-1:24: invalid date time literal, missing time offset"],
    );
    fails(
        "x |> 1",
        &["error @1:6-1:7: pipe destination must be a function call"],
    );
    fails(
        "\"abc",
        &["error @1:5-1:5: unterminated string literal: expected QUOTE, got EOF"],
    );
    fails("a = {b: 1", &["error @1:10-1:10: expected RBRACE, got EOF"]);
    fails(
        "x = 1.7e9",
        &[
            r#"error @1:5-1:10: invalid number literal "1.7e9": Flux has no exponent form; write 1700000000.0"#,
        ],
    );
    fails("x = #", &[r##"error @1:5-1:6: invalid token "#": ILLEGAL"##]);
}

/// The errors of `source` that point at a never-closed bracket: `(error location, bracket location, words)`.
fn unclosed(source: &str) -> Vec<(String, String, String)> {
    let index = LineIndex::new(source);
    parse(source)
        .errors
        .iter()
        .filter_map(|e| {
            let related = e.related.as_ref()?;
            Some((
                index.location(e.span),
                index.location(related.span),
                related.message.clone(),
            ))
        })
        .collect()
}

#[test]
fn unclosed_brackets_say_where_they_opened() {
    let at = |error: &str, opened: &str, words: &str| (error.into(), opened.into(), words.into());
    assert_eq!(
        unclosed("f(a: 1"),
        [at("1:7-1:7", "1:2-1:3", "this ( is never closed")]
    );
    assert_eq!(
        unclosed("x = [1,\n 2"),
        [at("2:3-2:3", "1:5-1:6", "this [ is never closed")]
    );
    assert_eq!(
        unclosed("a = {b: (1)\nc = 2"),
        [at("2:1-2:2", "1:5-1:6", "this { is never closed")]
    );
    assert_eq!(
        unclosed("x = (1 +\ny = 2\nz = [1, 2\nw = 3"),
        [
            at("2:3-2:4", "1:5-1:6", "this ( is never closed"),
            at("4:1-4:2", "3:5-3:6", "this [ is never closed")
        ]
    );
    // Past eight unclosed brackets they are closed at the end; the innermost is named.
    assert_eq!(
        unclosed(&"f = () => {\n".repeat(12)),
        [at("13:1-13:1", "12:11-12:12", "this { is never closed")]
    );
    // Inside a string interpolation too.
    assert_eq!(
        unclosed("\"${f(a: 1}\""),
        [at("1:10-1:10", "1:5-1:6", "this ( is never closed")]
    );
    // A bracket closed by the wrong kind is never closed either; closed brackets are not labelled.
    assert_eq!(unclosed("if a then b"), []);
    assert_eq!(
        unclosed("f(a: 1]"),
        [at("1:7-1:8", "1:2-1:3", "this ( is never closed")]
    );
}

#[test]
fn all_errors_in_one_pass() {
    fails(
        "a = (1 +\nb = 2\nc = [1, 2\nd = 4",
        &[
            "error @2:3-2:4: expected RPAREN, got ASSIGN (=) at 2:3",
            "error @4:1-4:2: expected RBRACK, got IDENT (d) at 4:1",
        ],
    );
}

#[test]
fn incomplete_input() {
    assert!(parse("f(a: 1").is_incomplete());
    assert!(parse("x = \"abc").is_incomplete());
    assert!(parse("if a then").is_incomplete());
    assert!(!parse("x = )").is_incomplete());
    assert!(!parse("x = 1").is_incomplete());
}

fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

fn too_deep(source: String) {
    on_small_stack(move || {
        let parsed = parse(&source);
        assert!(
            parsed
                .errors
                .iter()
                .any(|e| e.message == "program is nested too deep"),
            "{:?}",
            parsed.errors.first()
        );
        let _ = sexpr(&parsed.file);
    });
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 20_000;
    too_deep(format!("{}1{}", "(".repeat(n), ")".repeat(n)));
    too_deep(format!("{}1{}", "[".repeat(n), "]".repeat(n)));
    too_deep(format!("{}{}", "{".repeat(n), "}".repeat(n)));
    too_deep("(".repeat(n));
    too_deep(format!("{}1", "- ".repeat(n)));
    too_deep(format!("{}1", "not ".repeat(n)));
    too_deep(format!("{}1", "if a then b else ".repeat(n)));
    too_deep(format!("{}1", "() => ".repeat(n)));
    too_deep(format!("{}1{}", "\"${".repeat(n), "}\"".repeat(n)));
    too_deep(format!("{}1", "1 + ".repeat(n)));
    too_deep(format!("a{}", " |> f()".repeat(n)));
    too_deep(format!("a{}", ".b".repeat(n)));
    too_deep(format!("builtin x : {}int{}", "[".repeat(n), "]".repeat(n)));
}

#[test]
fn moderate_nesting_is_fine() {
    on_small_stack(|| {
        eq(
            &format!("{}1{}", "(".repeat(60), ")".repeat(60)),
            &format!("{}1{}", "(paren ".repeat(60), ")".repeat(60)),
        );
        let chain = format!("a{}", " + a".repeat(500));
        assert!(parse(&chain).errors.is_empty());
    });
}
