//! `reduce`, universe `join`, the `join` package and the experimental table functions:
//! one-liners that read a column back with `findColumn`, and the errors in Flux's words.

mod common;
use common::{eq, fails};

/// Two tables keyed by `host` (`a`: 1.5, 2.5; `b`: 3.5), the `_time`s 0s, 10s and 0s.
/// (Importing `join` hides universe `join`: [`JOIN`] is `DATA` with that import.)
const DATA: &str = r#"import "array"
import "experimental"
data = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.5, host: "a"}, {_time: 2021-01-01T00:00:10Z, _value: 2.5, host: "a"}, {_time: 2021-01-01T00:00:00Z, _value: 3.5, host: "b"}]) |> group(columns: ["host"])
left = array.from(rows: [{id: 1, a: "x"}, {id: 2, a: "y"}, {id: 3, a: "z"}])
right = array.from(rows: [{id: 2, b: 2.5}, {id: 4, b: 4.5}])
"#;

const JOIN: &str = "import \"join\"\n";

/// `DATA`, then `pipeline |> findColumn(fn: (key) => key-test, column: column)`.
#[track_caller]
fn column(pipeline: &str, key_test: &str, column: &str, want: &str) {
    eq(
        &format!("{DATA}{pipeline} |> findColumn(fn: (key) => {key_test}, column: \"{column}\")"),
        want,
    );
}

/// [`column`] with the `join` package imported.
#[track_caller]
fn join_column(pipeline: &str, key_test: &str, column: &str, want: &str) {
    eq(
        &format!("{JOIN}{DATA}{pipeline} |> findColumn(fn: (key) => {key_test}, column: \"{column}\")"),
        want,
    );
}

#[track_caller]
fn error(pipeline: &str, part: &str) {
    fails(&format!("{DATA}{pipeline} |> yield()"), part);
}

#[track_caller]
fn join_error(pipeline: &str, part: &str) {
    fails(&format!("{JOIN}{DATA}{pipeline} |> yield()"), part);
}

#[test]
fn reduce_folds_each_table() {
    let sum = "data |> reduce(fn: (r, accumulator) => ({sum: accumulator.sum + r._value, n: accumulator.n + 1}), identity: {sum: 0.0, n: 0})";
    column(sum, "key.host == \"a\"", "sum", "[4]");
    column(sum, "key.host == \"a\"", "n", "[2]");
    column(sum, "key.host == \"b\"", "sum", "[3.5]");
}

#[test]
fn reduce_of_an_empty_table_is_the_identity() {
    column(
        "data |> filter(fn: (r) => false, onEmpty: \"keep\") |> reduce(fn: (r, accumulator) => ({n: accumulator.n + 1}), identity: {n: 0})",
        "key.host == \"a\"",
        "n",
        "[0]",
    );
}

#[test]
fn reduce_may_rewrite_the_key() {
    column(
        "data |> reduce(fn: (r, accumulator) => ({host: accumulator.host + \"!\"}), identity: {host: \"h\"})",
        "key.host == \"h!!\"",
        "host",
        "[h!!]",
    );
}

#[test]
fn reduce_errors() {
    error(
        "data |> reduce(fn: (r, accumulator) => ({host: \"same\"}), identity: {host: \"\"})",
        "two reducers writing result to the same table",
    );
    error(
        "data |> reduce(fn: (r, accumulator) => ({x: int(v: \"x\")}), identity: {x: 0})",
        "failed to evaluate reduce function",
    );
}

#[test]
fn universe_join_renames_shared_columns_by_stream_name() {
    let joined = "join(tables: {l: left, r: array.from(rows: [{id: 2, a: \"w\", b: 1}])}, on: [\"id\"])";
    column(joined, "true", "a_l", "[y]");
    column(joined, "true", "a_r", "[w]");
    column(joined, "true", "b", "[1]");
}

#[test]
fn universe_join_pairs_every_match() {
    let twice = "join(tables: {x: left, y: array.from(rows: [{id: 2, v: 1}, {id: 2, v: 2}, {id: 9, v: 3}])}, on: [\"id\"])";
    column(twice, "true", "v", "[1, 2]");
    column(twice, "true", "a", "[y, y]");
}

#[test]
fn universe_join_pairs_tables_by_shared_key_columns() {
    let by_host = "join(tables: {a: data, b: data |> map(fn: (r) => ({r with _value: r._value * 2.0}))}, on: [\"_time\", \"host\"])";
    column(by_host, "key.host == \"a\"", "_value_b", "[3, 5]");
    column(by_host, "key.host == \"b\"", "_value_a", "[3.5]");
}

#[test]
fn universe_join_errors() {
    error(
        "join(tables: {a: left, b: right})",
        "missing required keyword argument \"on\"",
    );
    error(
        "join(tables: {a: left, b: right}, on: [])",
        "at least one column in 'on' column list is required",
    );
    error(
        "join(tables: {a: left, b: right}, on: [\"id\"], method: \"outer\")",
        "outer is not a valid join type",
    );
    error(
        "join(tables: {a: left, b: right, c: left}, on: [\"id\"])",
        "joins currently must only have two parents",
    );
}

#[test]
fn join_package_methods() {
    let as_fn = "as: (l, r) => ({id: if exists l.id then l.id else r.id, a: l.a, b: r.b})";
    let on = "on: (l, r) => l.id == r.id";
    join_column(
        &format!("join.inner(left: left, right: right, {on}, {as_fn})"),
        "true",
        "id",
        "[2]",
    );
    join_column(
        &format!("join.left(left: left, right: right, {on}, {as_fn})"),
        "true",
        "id",
        "[1, 2, 3]",
    );
    join_column(
        &format!("join.right(left: left, right: right, {on}, {as_fn})"),
        "true",
        "id",
        "[2, 4]",
    );
    join_column(
        &format!("join.full(left: left, right: right, {on}, {as_fn})"),
        "true",
        "id",
        "[\n    1,\n    2,\n    3,\n    4\n]",
    );
    join_column(
        &format!("join.full(left: left, right: right, {on}, {as_fn})"),
        "true",
        "b",
        "[\n    <null>,\n    2.5,\n    <null>,\n    4.5\n]",
    );
}

#[test]
fn join_time_pairs_rows_of_equal_keys_on_time() {
    join_column(
        "join.time(left: data, right: data |> map(fn: (r) => ({r with _value: r._value * 2.0})), as: (l, r) => ({l with double: r._value}))",
        "key.host == \"a\"",
        "double",
        "[3, 5]",
    );
}

#[test]
fn join_package_errors() {
    join_error(
        "join.tables(left: left, right: right, on: (l, r) => l.id == r.id, as: (l, r) => l, method: \"cross\")",
        "invalid argument for 'method' - must be \"inner\", \"left\", \"right\", or \"full\"",
    );
    join_error(
        "join.inner(left: left, right: right, on: (l, r) => l.id > r.id, as: (l, r) => l)",
        "unsupported operator in join predicate: >",
    );
    join_error(
        "join.inner(left: left, right: right, on: (l, r) => l.id == r.id or l.id == r.id, as: (l, r) => l)",
        "unsupported operator in join predicate: or",
    );
    join_error(
        "join.inner(left: left, right: right, on: (l, r) => l.id == 1, as: (l, r) => l)",
        "illegal expression type in join predicate: IntegerLiteral",
    );
    join_error(
        "join.inner(left: data, right: data, on: (l, r) => l._time == r._time, as: (l, r) => ({_time: l._time}))",
        "join cannot modify group key: output record has a missing or invalid value for column 'host:string'",
    );
    join_error(
        "join.inner(left: left, right: right, on: (l, r) => l.nope == r.id, as: (l, r) => l)",
        // A column the rows lack is a type error, found before running (as in Go Flux).
        "found unexpected label nope (argument l) (argument on)",
    );
    join_error(
        "join.left(left: left, right: right |> filter(fn: (r) => false), on: (l, r) => l.id == r.id, as: (l, r) => ({l with b: r.b}))",
        "error preparing right side of join: cannot join on an empty table",
    );
}

#[test]
fn experimental_group_extends_the_key() {
    column(
        "data |> experimental.group(columns: [\"_time\"], mode: \"extend\")",
        "key.host == \"a\" and key._time == 2021-01-01T00:00:10Z",
        "_value",
        "[2.5]",
    );
    error(
        "data |> experimental.group(columns: [\"_time\"], mode: \"by\")",
        "invalid group mode \"by\"; experimental.group requires mode \"extend\"",
    );
    error(
        "data |> experimental.group(columns: [\"nope\"], mode: \"extend\")",
        "unknown column \"nope\"",
    );
}

#[test]
fn experimental_set_sets_columns_of_any_type() {
    column(
        "data |> experimental.set(o: {n: 1, host: \"z\"})",
        "key.host == \"z\"",
        "n",
        "[1, 1, 1]",
    );
}

#[test]
fn experimental_unpivot_makes_a_table_per_field() {
    let wide = "array.from(rows: [{_time: 2021-01-01T00:00:00Z, cpu: 0.5, mem: 10}, {_time: 2021-01-01T00:00:10Z, cpu: 0.25, mem: 11}]) |> experimental.unpivot()";
    column(wide, "key._field == \"cpu\"", "_value", "[0.5, 0.25]");
    column(wide, "key._field == \"mem\"", "_value", "[10, 11]");
    error(
        "data |> experimental.unpivot()",
        "unpivot can't have \"_field\" or \"_value\" as an input column",
    );
    error(
        "array.from(rows: [{_time: 2021-01-01T00:00:00Z, cpu: 0.5}]) |> experimental.unpivot(otherColumns: [\"nope\"])",
        "unpivot could not find column named \"nope\"",
    );
}

#[test]
fn experimental_aggregate_forms_read_value() {
    column(
        "data |> experimental.count()",
        "key.host == \"a\"",
        "_value",
        "[2]",
    );
    column("data |> experimental.sum()", "key.host == \"a\"", "_value", "[4]");
    column(
        "data |> experimental.mean()",
        "key.host == \"a\"",
        "_value",
        "[2]",
    );
    column(
        "data |> experimental.max()",
        "key.host == \"a\"",
        "_value",
        "[2.5]",
    );
    column(
        "data |> experimental.last()",
        "key.host == \"a\"",
        "_value",
        "[2.5]",
    );
    column(
        "data |> experimental.spread()",
        "key.host == \"a\"",
        "_value",
        "[1]",
    );
    column(
        "data |> experimental.quantile(q: 0.5, method: \"exact_selector\")",
        "key.host == \"a\"",
        "_value",
        "[1.5]",
    );
    column(
        "data |> experimental.fill(value: 0.0)",
        "key.host == \"b\"",
        "_value",
        "[3.5]",
    );
}

#[test]
fn experimental_time_functions() {
    column(
        "data |> experimental.alignTime(alignTo: 2000-01-01T00:00:00Z)",
        "key.host == \"a\"",
        "_time",
        "[2000-01-01T00:00:00.000000000Z, 2000-01-01T00:00:10.000000000Z]",
    );
    column(
        // experimental.window reads `_start` and `_stop` (its type says so): range gives them.
        "data |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z) |> experimental.window(every: 5s)",
        "key.host == \"a\" and key._start == 2021-01-01T00:00:10Z",
        "_stop",
        "[2021-01-01T00:00:15.000000000Z]",
    );
    eq(
        "import \"experimental\"\nexperimental.addDuration(d: 1mo, to: 2021-01-31T00:00:00Z)",
        "2021-02-28T00:00:00.000000000Z",
    );
    eq(
        "import \"experimental\"\nexperimental.subDuration(d: 1h, from: 2021-01-01T00:00:00Z)",
        "2020-12-31T23:00:00.000000000Z",
    );
}

#[test]
fn experimental_join_chain_preview_diff() {
    column(
        "experimental.join(left: data, right: data, fn: (left, right) => ({left with twice: left._value + right._value}))",
        "key.host == \"a\"",
        "twice",
        "[3, 5]",
    );
    column(
        "experimental.chain(first: left, second: right)",
        "true",
        "id",
        "[2, 4]",
    );
    column(
        "data |> experimental.preview(nrows: 1, ntables: 1)",
        "true",
        "_value",
        "[1.5]",
    );
    column(
        "experimental.diff(got: right, want: right |> map(fn: (r) => ({id: r.id, b: 0.0})))",
        "true",
        "_diff",
        "[\n    -,\n    -,\n    +,\n    +\n]",
    );
}

#[test]
fn experimental_table_fill_fills_empty_tables() {
    eq(
        &format!(
            "import \"experimental/table\"\n{DATA}data |> filter(fn: (r) => r._value > 3.0, onEmpty: \"keep\") |> table.fill() |> findColumn(fn: (key) => key.host == \"a\", column: \"_value\")"
        ),
        "[<null>]",
    );
}

#[test]
fn v1_fields_as_cols() {
    eq(
        "import \"array\"\nimport \"influxdata/influxdb/v1\"\narray.from(rows: [{_time: 2021-01-01T00:00:00Z, _field: \"cpu\", _value: 1.0}, {_time: 2021-01-01T00:00:00Z, _field: \"mem\", _value: 2.0}]) |> v1.fieldsAsCols() |> findColumn(fn: (key) => true, column: \"mem\")",
        "[2]",
    );
}

#[test]
fn join_copying_columns_matches_calling_as_per_row() {
    // `({l with b: r._value})` is built from the arrays; adding `0.0` makes `as` run per row.
    for as_fn in ["({l with b: r._value})", "({l with b: r._value + 0.0})"] {
        let pipeline = format!(
            "join.full(left: data, right: data |> filter(fn: (r) => r._value > 2.0), on: (l, r) => l._time == r._time, as: (l, r) => {as_fn})"
        );
        join_column(&pipeline, "key.host == \"a\"", "b", "[<null>, 2.5]");
        join_column(&pipeline, "key.host == \"b\"", "_value", "[3.5]");
    }
    join_error(
        "join.inner(left: data, right: data, on: (l, r) => l._time == r._time, as: (l, r) => ({_value: l._value}))",
        "join cannot modify group key: output record has a missing or invalid value for column 'host:string'",
    );
}

/// The tables `DATA` + `src` prints, as the `flux` command prints them.
fn printed(src: &str) -> String {
    let mut out = Vec::new();
    flux::Runtime::new()
        .run(&format!("{DATA}{src}\n"), |v| {
            if let flux::Value::Stream(s) = v {
                flux::table::format::write_result(&mut out, s.name().unwrap_or("_result"), &s)
                    .expect("writing to a Vec");
            }
        })
        .unwrap_or_else(|e| panic!("script: {src}\nunexpected error: {e}"));
    String::from_utf8(out).expect("UTF-8 output")
}

#[test]
fn universe_join_prints_sorted_renamed_columns_and_the_union_of_the_keys() {
    assert_eq!(
        printed(
            "join(tables: {a: data, b: data |> map(fn: (r) => ({r with _value: r._value * 2.0}))}, on: [\"_time\", \"host\"])"
        ),
        r##"Result: _result
Table: keys: [host]
           host:string                      _time:time                _value_a:float                _value_b:float  
----------------------  ------------------------------  ----------------------------  ----------------------------  
                     a  2021-01-01T00:00:00.000000000Z                           1.5                             3  
                     a  2021-01-01T00:00:10.000000000Z                           2.5                             5  
Table: keys: [host]
           host:string                      _time:time                _value_a:float                _value_b:float  
----------------------  ------------------------------  ----------------------------  ----------------------------  
                     b  2021-01-01T00:00:00.000000000Z                           3.5                             7  
"##
    );
}

#[test]
fn reduce_prints_the_key_then_the_record_by_label() {
    assert_eq!(
        printed(
            "data |> reduce(fn: (r, accumulator) => ({sum: accumulator.sum + r._value, count: accumulator.count + 1}), identity: {sum: 0.0, count: 0})"
        ),
        r##"Result: _result
Table: keys: [host]
           host:string                   count:int                     sum:float  
----------------------  --------------------------  ----------------------------  
                     a                           2                             4  
Table: keys: [host]
           host:string                   count:int                     sum:float  
----------------------  --------------------------  ----------------------------  
                     b                           1                           3.5  
"##
    );
}

#[test]
fn experimental_unpivot_prints_key_field_other_columns_value() {
    assert_eq!(
        printed(
            "array.from(rows: [{_time: 2021-01-01T00:00:00Z, host: \"a\", cpu: 0.5, mem: 10}]) |> group(columns: [\"host\"]) |> experimental.unpivot()"
        ),
        r##"Result: _result
Table: keys: [host, _field]
           host:string           _field:string                      _time:time                  _value:float  
----------------------  ----------------------  ------------------------------  ----------------------------  
                     a                     cpu  2021-01-01T00:00:00.000000000Z                           0.5  
Table: keys: [host, _field]
           host:string           _field:string                      _time:time                  _value:int  
----------------------  ----------------------  ------------------------------  --------------------------  
                     a                     mem  2021-01-01T00:00:00.000000000Z                          10  
"##
    );
}

#[test]
fn join_rows_with_a_null_join_value_come_last_unmatched() {
    eq(
        r#"import "array"
import "join"
import "internal/debug"
l = array.from(rows: [{k: "y", v: 1}, {k: debug.null(type: "string"), v: 2}, {k: "x", v: 3}, {k: debug.null(type: "string"), v: 4}])
r = array.from(rows: [{k: "x", w: 10}, {k: "z", w: 30}])
join.left(left: l, right: r, on: (l, r) => l.k == r.k, as: (l, r) => ({l with w: r.w}))
    |> findColumn(fn: (key) => true, column: "v")"#,
        "[\n    3,\n    1,\n    4,\n    2\n]",
    );
}
