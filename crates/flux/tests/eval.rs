//! One-line evaluation tests: values as Flux displays them, and errors in Flux's words.

mod common;
use common::{eq, fails};

#[test]
fn string_conversions() {
    eq("string(v: 541)", "541");
    eq("string(v: -541)", "-541");
    eq("string(v: uint(v: 501))", "501");
    eq("string(v: 1.0)", "1");
    eq("string(v: 653.28)", "653.28");
    eq("string(v: 10.12)", "10.12");
    eq("string(v: 0.1)", "0.1");
    eq("string(v: float(v: \"1.5e10\"))", "15000000000");
    eq("string(v: 0.1 + 0.2)", "0.30000000000000004");
    eq("string(v: 1000000.0)", "1000000");
    eq("string(v: float(v: \"NaN\"))", "NaN");
    eq("string(v: float(v: \"+Inf\"))", "+Inf");
    eq("string(v: true)", "true");
    eq(
        "string(v: 2021-01-01T00:00:00Z)",
        "2021-01-01T00:00:00.000000000Z",
    );
    eq(
        "string(v: time(v: 1136239445999999999))",
        "2006-01-02T22:04:05.999999999Z",
    );
    eq("string(v: 1m)", "1m");
    eq("string(v: duration(v: 184000000000))", "3m4s");
    eq("string(v: 42)", "42");
    eq("string(v: bytes(v: \"x\"))", "x");
    // Label literals need the labelPolymorphism feature, as in Go Flux.
    fails("string(v: .myLabel)", "Labels are currently experimental");
}

#[test]
fn duration_strings_are_normalised() {
    eq("string(v: 1h30m)", "1h30m");
    eq("string(v: 90m)", "1h30m");
    eq("string(v: 1mo2d)", "1mo2d");
    eq("string(v: 14mo)", "1y2mo");
    eq("string(v: 7d)", "1w");
    eq("string(v: 25h)", "1d1h");
    eq("string(v: 1500ms)", "1s500ms");
    eq("string(v: 1µs)", "1us");
    eq("string(v: -1h)", "-1h");
    eq("string(v: 0s)", "0ns");
    eq("duration(v: 4800000000000)", "1h20m");
    eq("duration(v: int(v: 6h4m) + int(v: 22h32s))", "1d4h4m32s");
    eq("duration(v: int(v: 32m10s) * 10)", "5h21m40s");
    eq(
        "display(v: 1y3mo2w1d4h1m30s1ms2µs70ns)",
        "1y3mo2w1d4h1m30s1ms2us70ns",
    );
}

#[test]
fn string_conversion_errors() {
    fails(
        "string(v: /a/)",
        "error calling function \"string\" @1:1-1:15: cannot convert regexp to string",
    );
    fails("string(v: [1])", "cannot convert [int] to string");
    fails("string(v: {a: 1})", "cannot convert {a: int} to string");
}

#[test]
fn bytes_conversions() {
    eq("bytes(v: \"Example string\")", "0x4578616d706c6520737472696e67");
    eq("bytes(v: \"hello\")", "0x68656c6c6f");
    eq("display(v: bytes(v: \"abc\"))", "0x616263");
    eq("bytes(v: \"\")", "0x");
    eq("bytes(v: \"§\") == bytes(v: \"§\")", "true");
    fails("bytes(v: 1)", "cannot convert int to bytes");
}

#[test]
fn numeric_conversions() {
    eq("int(v: 10.12)", "10");
    eq("int(v: \"3\")", "3");
    eq("int(v: true)", "1");
    eq("int(v: 1m)", "60000000000");
    eq("int(v: 2022-01-01T00:00:00Z)", "1640995200000000000");
    eq("int(v: uint(v: -1))", "-1");
    eq("int(v: 1mo)", "2629800000000000");
    fails(
        "int(v: \"notanumber\")",
        "cannot convert string \"notanumber\" to int due to invalid syntax",
    );
    eq("uint(v: \"3\")", "3");
    eq("uint(v: 10.12)", "10");
    eq("uint(v: -100)", "18446744073709551516");
    eq("uint(v: 1m)", "60000000000");
    fails(
        "uint(v: \"NaN\")",
        "cannot convert string \"NaN\" to uint due to invalid syntax",
    );
    eq("float(v: \"3.14\")", "3.14");
    eq("float(v: \"1.23e+20\")", "1.23e+20");
    eq("float(v: \"10\")", "10");
    eq("float(v: 3)", "3");
    eq("float(v: true)", "1");
    fails(
        "float(v: \"x\")",
        "cannot convert string \"x\" to float due to invalid syntax",
    );
    fails("float(v: 1h)", "cannot convert duration to float");
}

#[test]
fn bool_conversions() {
    eq("bool(v: \"true\")", "true");
    eq("bool(v: \"false\")", "false");
    eq("bool(v: 1.0)", "true");
    eq("bool(v: 0.0)", "false");
    eq("bool(v: 1)", "true");
    eq("bool(v: 0)", "false");
    eq("bool(v: uint(v: 1))", "true");
    eq("bool(v: uint(v: 0))", "false");
    fails("bool(v: \"asdf\")", "cannot convert string \"asdf\" to bool");
    fails("bool(v: 2)", "cannot convert int 2 to bool, must be 0 or 1");
    fails(
        "bool(v: uint(v: 2))",
        "cannot convert uint 2 to bool, must be 0 or 1",
    );
    fails(
        "bool(v: 2.0)",
        "cannot convert float 2.000000 to bool, must be 0 or 1",
    );
}

#[test]
fn time_and_duration_conversions() {
    eq("duration(v: \"1h20m\")", "1h20m");
    eq("duration(v: uint(v: 9600000000000))", "2h40m");
    eq("duration(v: \"1h30m\")", "1h30m");
    eq("duration(v: 1000000)", "1ms");
    eq("duration(v: uint(v: 3000000000))", "3s");
    eq("duration(v: \"-5mo2d\")", "-5mo2d");
    fails(
        "duration(v: \"x\")",
        "cannot convert string \"x\" to duration due to invalid syntax",
    );
    eq(
        "time(v: \"2021-01-01T00:00:00Z\")",
        "2021-01-01T00:00:00.000000000Z",
    );
    eq("time(v: 1640995200000000000)", "2022-01-01T00:00:00.000000000Z");
    eq(
        "time(v: \"2018-08-15T13:36:23-07:00\")",
        "2018-08-15T20:36:23.000000000Z",
    );
    eq("time(v: \"2021-01-01\")", "2021-01-01T00:00:00.000000000Z");
    fails(
        "time(v: \"x\")",
        "cannot convert string \"x\" to time due to invalid syntax",
    );
    eq("2020-04-12T01:02:03.000000004Z", "2020-04-12T01:02:03.000000004Z");
}

#[test]
fn display_of_values() {
    eq("display(v: {a: 1, b: 2, c: 3})", "{a: 1, b: 2, c: 3}");
    eq("display(v: {b: 1, a: 2})", "{a: 2, b: 1}");
    eq("display(v: [1, 2, 3])", "[1, 2, 3]");
    eq("display(v: [\"a\", \"b\"])", "[a, b]");
    eq("display(v: [\"a\": 1, \"b\": 2, \"c\": 3])", "[a: 1, b: 2, c: 3]");
    eq("display(v: [\"b\": 1, \"a\": 2])", "[a: 2, b: 1]");
    eq("display(v: [:])", "[:]");
    eq("display(v: {})", "{}");
    eq("display(v: [])", "[]");
    eq("display(v: 1.1)", "1.1");
    eq("display(v: 100000.0)", "100000");
    eq("display(v: 1000000.0)", "1e+06");
    eq("display(v: 123456789.0)", "1.23456789e+08");
    eq("display(v: 0.0001)", "0.0001");
    eq("display(v: 0.00001)", "1e-05");
    eq("display(v: /.*/)", ".*");
    eq("display(v: 1m1s)", "1m1s");
    eq("display(v: [1, 2, 3, 4])", "[\n    1,\n    2,\n    3,\n    4\n]");
    eq(
        "display(v: {a: 1, b: 1, c: 1, d: 1})",
        "{\n    a: 1,\n    b: 1,\n    c: 1,\n    d: 1\n}",
    );
    eq(
        "display(v: [1: 0, 2: 0, 3: 0, 4: 0])",
        "[\n    1: 0, \n    2: 0, \n    3: 0, \n    4: 0\n]",
    );
    eq(
        "display(v: {bytes: bytes(v: \"abc\"), string: \"str\", array: [1, 2, 3], dict: [\"a\": 1, \"b\": 2, \"c\": 3]})",
        "{\n    array: [1, 2, 3],\n    bytes: 0x616263,\n    dict: [a: 1, b: 2, c: 3],\n    string: str\n}",
    );
    eq(
        "display(v: [\"tag\": \"t1\", \"value\": \"smpl_g9qczs\"])",
        "[tag: t1, value: smpl_g9qczs]",
    );
    eq("\"a\"", "a");
    eq("{b: 1, a: 2}", "{a: 2, b: 1}");
}

#[test]
fn display_of_functions() {
    eq("display(v: string)", "(v: A) => string");
    eq("length", "(<-arr: [A]) => int");
    eq("f = (x, y=1, t=<-) => x\nf", "(<-t: A, x: B, ?y: C) => B");
}

#[test]
fn string_interpolation() {
    eq("\"the answer is ${1m}\"", "the answer is 1m");
    eq(
        "\"the answer is ${2016-06-13T17:43:50Z}\"",
        "the answer is 2016-06-13T17:43:50.000000000Z",
    );
    eq(
        "x = 1.0\n\"x=${x} ${1000000.0} ${true} ${uint(v: 2)}\"",
        "x=1 1000000 true 2",
    );
    eq(
        "\"we ${\"can ${\"add\" + \"strings\"}\"} together\"",
        "we can addstrings together",
    );
    fails("\"${{a: 1}}\"", "{a: int} (record) is not Stringable");
    fails("\"${[1]}\"", "[int] (array) is not Stringable");
}

#[test]
fn bindings_and_scopes() {
    eq("x = 1\ny = x + 1\ny", "2");
    eq("x = 1\nf = () => {\n x = 2\n return x\n}\nf()\nx", "2\n1");
    fails("x = 1\nx = 2", "variable \"x\" reassigned");
    fails(
        "f = (x) => {\n x = 1\n return x\n}\nf(x: 2)",
        "variable \"x\" reassigned",
    );
    fails("y", "undefined identifier y");
    fails("f = () => g\ng = 1\nf()", "undefined identifier g");
    fails("f = (n) => f(n: n)\nf(n: 1)", "undefined identifier f");
}

#[test]
fn functions_and_calls() {
    eq("f = (x, y) => x * y\nf(x: 2, y: 3)", "6");
    eq("f = (x=1, y=1) => x * y\nf()", "1");
    eq("f = (x=1, y=1) => x * y\nf(y: 5)", "5");
    eq("f = (x, y) => x - y\nf(y: 1, x: 3)", "2");
    eq("x = 2\ny = 5\nf = (x, y) => x - y\nf(x, y)", "-3");
    eq(
        "apply = (f, x) => f(x: x)\napply(f: (x, a=3) => a + x, x: 2)",
        "5",
    );
    eq("add = (a) => (b) => a + b\nadd5 = add(a: 5)\nadd5(b: 1)", "6");
    eq("f = (t=<-, n) => t * n\n4 |> f(n: 2)", "8");
    eq("f = (t=<-, n) => t * n\nf(t: 3, n: 2)", "6");
    eq("f = () => {\n a = 1\n b = a + 1\n return a + b\n}\nf()", "3");
    eq("[1, 2, 3] |> length()", "3");
    eq("length(arr: [])", "0");
    fails("f = (x) => x\nf()", "missing required argument x");
    fails(
        "f = (x) => x\nf(x: 1, y: 2)",
        "error @2:12-2:13: found unexpected argument y",
    );
    fails("f = (t=<-) => t\nf()", "missing required argument t");
    fails("f = (x) => x\n1 |> f(x: 1)", "missing pipe argument");
    fails("string()", "missing required argument v");
    fails("string(v: 1, x: 2)", "found unexpected argument x");
    fails("x = 1\nx()", "expected int but found () => A (function)");
}

#[test]
fn records() {
    eq("r = {a: 1, b: \"x\"}\nr.a", "1");
    eq("r = {a: 1, \"b c\": 2}\nr[\"b c\"]", "2");
    eq("a = 1\nb = 2\n{a, b}", "{a: 1, b: 2}");
    eq("r = {a: 1, b: 2}\n{r with a: 3, c: 4}", "{a: 3, b: 2, c: 4}");
    eq("r = {a: 1}\n{r with a: \"s\"}", "{a: s}");
    eq("{a: {b: [1, 2]}}.a.b[1]", "2");
    eq("{a: 1} == {a: 1}", "true");
    eq("{a: 1, b: 2} == {b: 2, a: 1}", "true");
    eq("{a: 1} != {a: 2}", "true");
    fails("{a: 1, a: 2}", "duplicate key in object: \"a\"");
    fails("{a: 1}.b", "record is missing label b");
    fails("x = 1\nx.a", "expected {A with a: B} (record) but found int");
    fails("x = 1\n{x with a: 1}", "expected record but found int");
}

#[test]
fn arrays_and_dicts() {
    eq("[1, 2, 3][0]", "1");
    eq("a = [1, 2, 3]\na[2]", "3");
    fails(
        "a = [1, 2, 3]\na[5]",
        "cannot access element 5 of array of length 3",
    );
    fails(
        "a = [1, 2, 3]\na[-1]",
        "cannot access element -1 of array of length 3",
    );
    fails("[1, \"a\"]", "expected int but found string");
    eq("[1, 2] == [1, 2]", "true");
    eq("[1, 2] == [2, 1]", "false");
    eq("[\"a\": 1, \"a\": 2]", "[a: 2]");
    eq("[2: \"b\", 1: \"a\"]", "[1: a, 2: b]");
    eq("[\"a\":1,]", "[a: 1]");
}

#[test]
fn exists_and_logic() {
    eq("exists {a: 1}.a", "true");
    fails("r = {a: 1}\nexists r.b", "record is missing label b");
    eq("true and false", "false");
    eq("false or true", "true");
    eq("not true", "false");
    eq("not 1 == 2", "true");
    eq("false and die(msg: \"not evaluated\")", "false");
    eq("true or die(msg: \"not evaluated\")", "true");
    fails("1 and true", "error @1:1-1:2: expected bool but found int");
    fails("true and 1", "error @1:10-1:11: expected bool but found int");
    fails("not 1", "error @1:5-1:6: expected bool but found int");
}

#[test]
fn conditionals() {
    eq("if true then 1 else 2", "1");
    eq("if 1 > 2 then \"a\" else \"b\"", "b");
    eq("if false then die(msg: \"no\") else 3", "3");
    fails("if 1 then 2 else 3", "expected bool but found int");
}

#[test]
fn arithmetic() {
    eq("1 + 1", "2");
    eq("9223372036854775807 + 1", "-9223372036854775808");
    eq("uint(v: 0) - uint(v: 1)", "18446744073709551615");
    eq("7 / 2", "3");
    eq("-7 / 2", "-3");
    eq("-7 % 2", "-1");
    eq("7.0 / 2.0", "3.5");
    eq("1.0 / 0.0", "+Inf");
    eq("string(v: 0.0 / 0.0)", "NaN");
    eq("5.5 % 2.0", "1.5");
    eq("2 ^ 3", "8");
    eq("2.0 ^ 0.5", "1.4142135623730951");
    eq("2.0^3.0^2.0", "64");
    fails("2^3^2", "expected float but found int");
    eq("-2^2", "4");
    eq("\"a\" + \"b\"", "ab");
    eq("-1h", "-1h");
    eq("1 - 2 - 3", "-4");
    eq("a = 10\nb = 4\na / b - 1", "1");
    fails("1 / 0", "cannot divide by zero");
    fails("1 % 0", "cannot mod zero");
    fails("1 + 1.0", "expected int but found float");
    fails("1 + \"1\"", "expected int but found string");
    fails("\"a\" - \"b\"", "string is not Subtractable");
    fails("-\"a\"", "string is not Negatable");
}

#[test]
fn comparisons() {
    eq("1 == 1.0", "true");
    eq("1 < 2", "true");
    eq("uint(v: 1) == 1", "true");
    eq("-1 < uint(v: 0)", "true");
    eq("\"a\" < \"b\"", "true");
    eq("\"B\" < \"a\"", "true");
    eq("2021-01-01T00:00:00Z < 2022-01-01T00:00:00Z", "true");
    eq("1h < 2h", "true");
    eq("1h == 60m", "true");
    eq("1mo == 30d", "false");
    eq("bytes(v: \"a\") == bytes(v: \"a\")", "true");
    eq("\"abc\" =~ /b/", "true");
    eq("\"abc\" !~ /^b/", "true");
    eq("\"a.c\" =~ /a\\.c/", "true");
    // Regex literals are Go's: `\xHH` is a byte, `\d` is ASCII, `\/` a slash.
    eq(r#""日本語" =~ /^\xe6\x97\xa5/"#, "true");
    eq(r#""٣" =~ /^\d$/"#, "false");
    eq(r#"display(v: /a\/b\d/)"#, r"a/b\d");
    fails(r"/\xZZ/", "invalid byte value");
    fails(r"/\xe6/", "incomplete utf-8 byte sequence from index 0");
    fails("\"a\" == 1", "unsupported binary expression string == int");
    fails("1 =~ /a/", "expected string but found int");
}

#[test]
fn imports_and_options() {
    fails("import \"nope/nope\"\n1", "invalid import path nope/nope");
    eq("option x = 5\nx", "5");
    fails("option x = 1\noption x = 2", "option \"x\" reassigned");
    // Packages see the options a script sets (as in Go Flux, options are global).
    eq(
        "import \"date\"\nimport \"timezone\"\noption location = timezone.fixed(offset: 2h)\ndate.hour(t: 2021-01-01T23:00:00Z)",
        "1",
    );
    eq(
        "import \"date\"\noption now = () => 2021-03-14T12:30:00Z\ndate.truncate(t: -1d, unit: 1d)",
        "2021-03-13T00:00:00.000000000Z",
    );
}

#[test]
fn die_and_errors() {
    fails(
        "die(msg: \"boom\")",
        "error calling function \"die\" @1:1-1:17: boom",
    );
    fails(
        "x = 1\n\ndie(msg: \"boom\")",
        "error calling function \"die\" @3:1-3:17: boom",
    );
    fails("\"${die(msg: \"x\")}\"", "error calling function \"die\"");
}

#[test]
fn limits() {
    // Flux has no recursion (a function cannot call itself, nor be passed to itself:
    // `recursive types not supported`), so deep calls take a chain of functions.
    fails(
        "f = (g, n) => g(g: g, n: n + 1)\nf(g: f, n: 0)",
        "recursive types not supported",
    );
    fails(&common::call_chain(120), "maximum call depth of 100 exceeded");
}

#[test]
fn nulls() {
    let r =
        "import \"experimental/json\"\nr = json.parse(data: bytes(v: \"{\\\"a\\\": null, \\\"b\\\": 1}\"))\n";
    eq(&format!("{r}r"), "{a: <null>, b: 1}");
    eq(
        &format!("{r}exists r.a\nexists r.b\nexists r.c"),
        "false\ntrue\nfalse",
    );
    eq(
        &format!("{r}r.a + 1.0\nr.a == 1.0\nstring(v: r.a)"),
        "<null>\n<null>\n<null>",
    );
    eq(&format!("{r}if r.a then 1 else 2"), "2");
    eq(&format!("{r}r.a and false\nr.a or true"), "false\ntrue");
    fails(
        &format!("{r}\"${{r.a}}\""),
        "interpolated expression produced a null value",
    );
    fails(&format!("{r}bytes(v: r.a)"), "cannot convert null to bytes");
    fails(
        &format!("{r}d = [r.a: 1]"),
        "null value cannot be used as a dictionary key",
    );
}

#[test]
fn now_is_an_option() {
    eq("now() > 2020-01-01T00:00:00Z", "true");
    eq(
        "option now = () => 2030-01-01T00:00:00Z\nnow()",
        "2030-01-01T00:00:00.000000000Z",
    );
}
