//! One-line inference tests: types of expressions and bindings, and first errors.

mod common;

use common::{binding, errors, ty, ty_err};

#[test]
fn literals() {
    ty("1", "int");
    ty("1.5", "float");
    ty("\"a\"", "string");
    ty("\"a ${1} b\"", "string");
    ty("1h", "duration");
    ty("2020-01-01T00:00:00Z", "time");
    ty("/a.*/", "regexp");
    ty("true", "bool");
}

#[test]
fn operators() {
    ty("1 + 1", "int");
    ty("1.0 * 2.0", "float");
    ty("\"a\" + \"b\"", "string");
    ty("1 < 2", "bool");
    ty("\"a\" =~ /a/", "bool");
    ty("not true", "bool");
    ty("-1h", "duration");
    ty("exists 1", "bool");
    ty("true and false or true", "bool");
    ty("if true then 1 else 2", "int");
}

#[test]
fn comparisons_of_different_types_are_accepted() {
    ty("\"a\" < 1", "bool");
    ty("1 == 1.0", "bool");
    ty("1h <= 2h", "bool");
}

#[test]
fn composites() {
    ty("[1, 2]", "[int]");
    ty("[]", "[A]");
    ty("[\"a\": 1]", "[string:int]");
    ty("[:]", "[A:B] where A: Comparable");
    ty("{a: 1, b: \"x\"}", "{b: string, a: int}");
    ty("{}", "{}");
    ty("[1, 2][0]", "int");
    ty("{a: 1}.a", "int");
    ty("{a: 1}[\"a\"]", "int");
}

#[test]
fn records_with_extension() {
    ty("r = {a: 1}\n{r with b: 2}", "{b: int, a: int}");
    ty("r = {a: 1}\n{r with a: \"x\"}", "{a: int, a: string}");
    // libflux accepts `with` on a non-record; the runtime reports it.
    ty("r = 1\n{r with a: 1}", "{int with a: int}");
}

#[test]
fn functions() {
    ty("(x) => x", "(x: A) => A");
    ty("(x) => x + 1", "(x: int) => int");
    ty("(x, y) => x + y", "(x: A, y: A) => A where A: Addable");
    ty("(r) => r.a", "(r: {A with a: B}) => B");
    // Defaults are checked against a copy of the type: they do not narrow it.
    ty("(x, y=1) => x + y", "(x: A, ?y: A) => A where A: Addable");
    ty("(tables=<-, n) => tables", "(<-tables: B, n: A) => B");
    ty("() => { a = 1\n return a }", "() => int");
}

#[test]
fn let_polymorphism() {
    binding("id = (x) => x\na = id(x: 1)\nb = id(x: \"s\")", "a", "int");
    binding("id = (x) => x\na = id(x: 1)\nb = id(x: \"s\")", "b", "string");
    binding("f = (x) => x", "f", "(x: A) => A");
    binding(
        "add = (a, b) => a + b",
        "add",
        "(a: A, b: A) => A where A: Addable",
    );
}

#[test]
fn calls_and_pipes() {
    ty(
        "from(bucket: \"b\") |> filter(fn: (r) => r._value > 1)",
        "stream[{A with _value: B, _time: time}] where B: Comparable",
    );
    ty("length(arr: [1])", "int");
    ty("f = (tables=<-) => tables\n1 |> f()", "int");
    ty("f = (x, y=2) => x * y\nf(x: 1)", "int");
    ty("string(v: {a: 1})", "string");
}

#[test]
fn the_benchmark_query_checks() {
    let query = include_str!("../../../testdata/bench/query.flux");
    assert_eq!(errors(query), "");
}

#[test]
fn dynamic_values() {
    ty("dyn.foo", "dynamic");
    ty("[dyn][0]", "dynamic");
    binding("v = {bar: dyn}.bar", "v", "dynamic");
    ty_err("fn(v: dyn)", "dynamic (dynamic) is not Record (argument v)");
}

#[test]
fn imports_and_options() {
    ty("import \"strings\"\nstrings.toUpper(v: \"a\")", "string");
    ty("import s \"strings\"\ns.joinAll(arr: [\"a\"])", "string");
    assert_eq!(
        errors("import \"example/settings\"\noption settings.retries = 5"),
        ""
    );
    ty_err(
        "import \"example/settings\"\noption settings.retries = \"5\"",
        "expected int but found string",
    );
    assert_eq!(errors("option now = () => 2020-01-01T00:00:00Z\nnow()"), "");
    ty_err("import \"nope\"", "invalid import path nope");
}

#[test]
fn testcases_have_their_own_scope() {
    assert_eq!(
        errors("y = 1\ntestcase a { x = 1 }\ntestcase b { x = 2 + y }"),
        ""
    );
    ty_err("testcase t { x = 1 }\ny = x + 2", "undefined identifier x");
}

#[test]
fn messages() {
    ty_err("1 + \"a\"", "expected int but found string");
    ty_err("-\"s\"", "string is not Negatable");
    ty_err("1h + 2h", "duration is not Addable");
    ty_err(
        "joe = {a: 0, b: 0.1}\n\"Hey ${joe}\"",
        "{b: float, a: int} (record) is not Stringable",
    );
    ty_err("if 0 then \"a\" else \"b\"", "expected bool but found int");
    ty_err("if true then 1 else \"a\"", "expected int but found string");
    ty_err("a = 1\na[1]", "expected [A] (array) but found int");
    ty_err(
        "a = [1]\na.x",
        "expected {A with x: B} (record) but found [int] (array)",
    );
    ty_err(
        "f = (x, y) => x - y\nf(x: \"x\", y: \"y\")",
        "string is not Subtractable (argument x)",
    );
    ty_err(
        "f = (r) => r.a\nf(r: {b: 1})",
        "record is missing label a (argument r)",
    );
    ty_err("f = (a, b) => a + b\nf(a: 0)", "missing required argument b");
    ty_err(
        "f = (a, b) => a + b\nf(a: 0, c: 1)",
        "found unexpected argument c (Expected `b`)",
    );
    ty_err(
        "f = (a, b, c) => a + b + c\nf(d: 1)",
        "found unexpected argument d (Expected one of `a`, `b` or `c`)",
    );
    ty_err("f = (x) => x\nf(x: 1, y: 2)", "found unexpected argument y");
    ty_err("f = (x) => x\n1 |> f(x: 1)", "missing pipe argument");
    ty_err(
        "isType(v: [], type: \"array\")",
        "[A] (array) is not Basic (argument v)",
    );
    ty_err(
        "findColumn() |> yield()",
        "expected stream[A] but found [A] (array) (argument tables)",
    );
    ty_err("[1: 2] == [1: 2]", "[int:int] (dictionary) is not Equatable");
    ty_err("1 =~ /a/", "expected string but found int");
    ty_err("f = (x) => x\nf == f", "(x: A) => A (function) is not Equatable");
    ty_err("x = 1\nx = 2", "variable \"x\" reassigned");
    ty_err("option a = 1\noption a = 2", "option \"a\" reassigned");
    ty_err("return 1", "return not valid in file block");
    ty_err("builtin x : abc", "invalid named type abc");
    ty_err(
        "x = .a",
        "Labels are currently experimental. (See the labelPolymorphism feature)",
    );
    ty_err(
        "f = () => { option a = 1\nreturn 1 }",
        "invalid option statement in function block",
    );
}

#[test]
fn every_error_is_reported_in_one_pass() {
    assert_eq!(
        errors("match = (o) => o.name =~ /^a/\nfn = (r) => match(r)"),
        "2:19-2:20: found unexpected argument r (Expected `o`)\n2:13-2:21: missing required argument o\n"
    );
    assert_eq!(
        errors("x = y\nz = x + 1\nz2 = x + \"a\""),
        "1:5-1:6: undefined identifier y\n3:10-3:13: expected int but found string\n"
    );
    assert_eq!(
        errors("f = (a, b, c) => a\nf(a: 1.0, b: \"r\", d: {})\n1 + \"x\""),
        "2:22-2:24: found unexpected argument d (Expected `c`)\n2:1-2:25: missing required argument c\n3:5-3:8: expected int but found string\n"
    );
}
