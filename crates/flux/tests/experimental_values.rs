//! `experimental` (its functions on values) and `experimental/record`, as Go Flux
//! v0.196.1 prints them.

mod common;
use common::{eq, fails};

#[test]
fn object_keys_keep_the_record_order() {
    eq(
        "import \"experimental\"\nexperimental.objectKeys(o: {z: 1, a: 2, m: 3})",
        "[z, a, m]",
    );
    eq("import \"experimental\"\nexperimental.objectKeys(o: {})", "[]");
}

#[test]
fn record_any_and_get() {
    eq("import \"experimental/record\"\nrecord.any", "{}");
    eq(
        "import \"experimental/record\"\nbase = record.any\n{base with host: \"web1\"}",
        "{host: web1}",
    );
    eq(
        "import \"experimental/record\"\nrecord.get(r: {cpu: 0.5, mem: 0.25}, key: \"mem\", default: 0.0)",
        "0.25",
    );
    eq(
        "import \"experimental/record\"\nrecord.get(r: {host: \"web1\"}, key: \"region\", default: \"unknown\")",
        "unknown",
    );
    fails(
        "import \"experimental/record\"\nrecord.get(r: 1, key: \"a\", default: 0)",
        "",
    );
}

#[test]
fn catch_returns_the_value_or_the_error() {
    eq(
        "import \"experimental\"\nexperimental.catch(fn: () => ({a: 1}))",
        "{code: <null>, msg: <null>, value: {a: 1}}",
    );
    eq(
        "import \"experimental\"\nexperimental.catch(fn: () => [1][3])",
        "{code: 3, msg: cannot access element 3 of array of length 1, value: <null>}",
    );
    eq(
        "import \"experimental\"\nexperimental.catch(fn: () => die(msg: \"boom\")).msg",
        "error calling function \"die\" @2:30-2:46: boom",
    );
}
