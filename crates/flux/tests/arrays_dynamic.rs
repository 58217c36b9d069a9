//! `array`, `experimental/array` and `experimental/dynamic`: results and error texts
//! as Go Flux v0.196.1 prints them.

mod common;
use common::{eq, fails};

fn array(src: &str) -> String {
    format!("import \"array\"\nimport ea \"experimental/array\"\n{src}")
}

fn dynamic(src: &str) -> String {
    format!("import \"experimental/dynamic\"\n{src}")
}

#[test]
fn array_functions() {
    eq(&array("array.concat(arr: [1, 2], v: [3])"), "[1, 2, 3]");
    eq(&array("array.concat(arr: [], v: [3])"), "[3]");
    eq(&array("array.concat(arr: [1], v: [])"), "[1]");
    eq(&array("[1, 2, 3] |> array.map(fn: (x) => x * 2)"), "[2, 4, 6]");
    eq(&array("array.map(arr: [], fn: (x) => x)"), "[]");
    eq(
        &array("array.map(arr: [1, 2], fn: (x) => ({a: x}))"),
        "[{a: 1}, {a: 2}]",
    );
    eq(&array("[1, 2, 3] |> array.filter(fn: (x) => x > 1)"), "[2, 3]");
    eq(&array("array.filter(arr: [1, 2, 3], fn: (x) => false)"), "[]");
    fails(
        &array("array.map(arr: [1, 0], fn: (x) => 1 / x)"),
        "error calling function \"map\" @3:1-3:41: cannot divide by zero",
    );
    fails(
        &array("array.concat(arr: [1], v: [\"a\"])"),
        "expected int but found string",
    );
}

#[test]
fn experimental_array_conversions() {
    eq(
        &array("[\"1\", \"2\", \"40\"] |> ea.toInt() |> ea.filter(fn: (x) => x > 1)"),
        "[2, 40]",
    );
    eq(
        &array("[\"1h30m\", \"90s\"] |> ea.toDuration()"),
        "[1h30m, 1m30s]",
    );
    eq(
        &array("[\"2.5\", \"1e3\", \"-Inf\"] |> ea.toFloat()"),
        "[2.5, 1000, -Inf]",
    );
    eq(&array("[1.9, -1.9, 3.0] |> ea.toInt()"), "[1, -1, 3]");
    eq(
        &array("[0, 1700000000000000000] |> ea.toTime()"),
        "[1970-01-01T00:00:00.000000000Z, 2023-11-14T22:13:20.000000000Z]",
    );
    eq(&array("[-1, 2] |> ea.toUInt()"), "[18446744073709551615, 2]");
    eq(&array("[1, 0, 1] |> ea.toBool()"), "[true, false, true]");
    eq(&array("ea.from(rows: [{a: 1}])"), "<stream>");
}

#[test]
fn dynamic_values_display_and_walk() {
    eq(
        &dynamic("dynamic.dynamic(v: dynamic.dynamic(v: 123))"),
        "dynamic(123)",
    );
    eq(&dynamic("dynamic.dynamic(v: {f0: 123}).f0"), "dynamic(123)");
    eq(&dynamic("dynamic.dynamic(v: {f0: 123}).f1"), "dynamic(<null>)");
    eq(
        &dynamic("exists dynamic.dynamic(v: {a: 1}).b\nexists dynamic.dynamic(v: {a: 1}).a"),
        "false\ntrue",
    );
    eq(
        &dynamic("dynamic.dynamic(v: {a: [1, 2], b: bytes(v: \"abc\"), d: 1y})"),
        "dynamic({a: dynamic([dynamic(1), dynamic(2)]), b: dynamic(0x616263), d: dynamic(1y)})",
    );
    eq(
        &dynamic("dynamic.asArray(v: dynamic.dynamic(v: [1, 2]))"),
        "[dynamic(1), dynamic(2)]",
    );
    eq(
        &dynamic(
            "(dynamic.dynamic(v: [dynamic.dynamic(v: 1), dynamic.dynamic(v: 2.3)]) |> dynamic.asArray())[1]",
        ),
        "dynamic(2.3)",
    );
    fails(
        &dynamic("dynamic.dynamic(v: 123).f0"),
        "cannot access property \"f0\" on value of type int",
    );
    fails(
        &dynamic("dynamic.dynamic(v: {a: 1}).b.c"),
        "cannot access property \"c\" on value of type invalid",
    );
    fails(
        &dynamic("dynamic.dynamic(v: [1]).f0"),
        "cannot access property \"f0\" on value of type array",
    );
    fails(
        &dynamic("dynamic.dynamic(v: [1])[0]"),
        "expected [A] (array) but found dynamic (dynamic)",
    );
    fails(
        &dynamic("dynamic.asArray(v: dynamic.dynamic(v: {a: 1}))"),
        "unable to convert {a: dynamic} to array",
    );
    fails(
        &dynamic("dynamic.asArray(v: dynamic.dynamic(v: [1: 1]))"),
        "unable to convert [int: int] to array",
    );
    fails(
        &dynamic("dynamic.asArray(v: dynamic.dynamic(v: {}).x)"),
        "unable to convert <null> to array",
    );
}

#[test]
fn dynamic_conversions() {
    eq(&dynamic("bool(v: dynamic.dynamic(v: true))"), "true");
    eq(
        &dynamic("float(v: dynamic.dynamic(v: 123))\nfloat(v: dynamic.dynamic(v: \"1.5\"))"),
        "123\n1.5",
    );
    eq(&dynamic("int(v: dynamic.dynamic(v: 123.0))"), "123");
    eq(&dynamic("duration(v: dynamic.dynamic(v: 18000000))"), "18ms");
    eq(&dynamic("bytes(v: dynamic.dynamic(v: \"abc\"))"), "0x616263");
    eq(
        &dynamic("time(v: dynamic.dynamic(v: \"2020-01-01T00:00:00Z\"))"),
        "2020-01-01T00:00:00.000000000Z",
    );
    eq(&dynamic("float(v: dynamic.dynamic(v: {}).x)"), "<null>");
    fails(
        &dynamic("bool(v: dynamic.dynamic(v: 1.1))"),
        "cannot convert float",
    );
    fails(
        &dynamic("bytes(v: dynamic.dynamic(v: {}).x)"),
        "cannot convert null to bytes",
    );
    fails(
        &dynamic("bytes(v: dynamic.dynamic(v: 1))"),
        "cannot convert int to bytes",
    );
    fails(
        &dynamic("string(v: dynamic.dynamic(v: [1]))"),
        "cannot convert [dynamic] to string",
    );
}

#[test]
fn dynamic_json_and_is_type() {
    let object = r#"{\"arr\":[1,2],\"bfalse\":false,\"btrue\":true,\"n\":null,\"num\":0,\"obj\":{\"bar\":100},\"str\":\"foo\"}"#;
    eq(
        &dynamic(&format!(
            "string(v: dynamic.jsonEncode(v: dynamic.jsonParse(data: bytes(v: \"{object}\"))))"
        )),
        &object.replace('\\', ""),
    );
    eq(
        &dynamic("dynamic.jsonParse(data: bytes(v: \"[0,\\\"foo\\\",null]\"))"),
        "dynamic([dynamic(0), dynamic(foo), dynamic(<null>)])",
    );
    fails(
        &dynamic("dynamic.jsonParse(data: bytes(v: \"[1 2]\"))"),
        "error calling function \"jsonParse\" @2:1-2:43: invalid character '2' after array element",
    );
    fails(
        &dynamic("import \"json\"\njson.encode(v: dynamic.dynamic(v: 1))"),
        "unknown nature dynamic",
    );
    for (v, kind) in [
        ("\"\"", "string"),
        ("bytes(v: \"x\")", "bytes"),
        ("123", "int"),
        ("uint(v: 1)", "uint"),
        ("1.5", "float"),
        ("false", "bool"),
        ("2022-10-06T00:00:00Z", "time"),
        ("1d", "duration"),
        ("/a/", "regexp"),
        ("[1]", "array"),
        ("{a: 1}", "object"),
        ("() => 1", "function"),
        ("[1: 1]", "dictionary"),
    ] {
        eq(
            &dynamic(&format!(
                "dynamic.isType(v: dynamic.dynamic(v: {v}), type: \"{kind}\")"
            )),
            "true",
        );
    }
    eq(
        &dynamic("dynamic.isType(v: dynamic.dynamic(v: {}).x, type: \"int\")"),
        "false",
    );
    eq(
        &dynamic("dynamic.isType(v: dynamic.dynamic(v: 1), type: \"float\")"),
        "false",
    );
}
