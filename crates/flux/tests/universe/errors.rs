//! Errors in Go's words.

use super::*;

/// `PRELUDE + src` fails with an error whose text contains `part` (Go's wording, checked
/// against the Go `flux` command).
#[track_caller]
pub fn fails(src: &str, part: &str) {
    match tables(src) {
        Ok(got) => panic!("script: {src}\nexpected an error containing {part:?}, got\n{got}"),
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(part),
                "script: {src}\nerror {text:?} does not contain {part:?}"
            );
        }
    }
}

#[test]
fn errors_use_gos_words() {
    fails(
        "data |> keep()",
        "keep error: neither column list nor predicate function provided",
    );
    fails(
        "data |> keep(columns: [\"a\"], fn: (column) => true)",
        "keep error: both column list and predicate provided",
    );
    fails(
        "data |> group(columns: [\"host\"], mode: \"bad\")",
        "invalid group mode: must be \"by\" or \"except\"",
    );
    fails(
        "data |> filter(fn: (r) => true, onEmpty: \"bad\")",
        "onEmpty must be keep or drop, was \"bad\"",
    );
    fails(
        "data |> limit(n: 1, offset: -1)",
        "limit offset cannot be negative (-1)",
    );
    fails(
        "data |> sum(column: \"host\")",
        "cannot aggregate columns that are part of the group key",
    );
    fails("data |> mean(column: \"nope\")", "column \"nope\" does not exist");
    fails(
        "data |> tableFind(fn: (key) => true) |> getRecord(idx: 10)",
        "index out of bounds: 10",
    );
    fails(
        "data |> tableFind(fn: (key) => key.host == \"zz\")",
        "no table found",
    );
    fails(
        "data |> tableFind(fn: (key) => true) |> getColumn(column: \"nope\")",
        "cannot find column nope",
    );
    fails(
        "data |> range(start: 2021-01-02T00:00:00Z, stop: 2021-01-01T00:00:00Z)",
        "cannot query an empty range",
    );
    fails(
        "data |> fill(value: 1, usePrevious: true)",
        "fill requires exactly one of value or usePrevious",
    );
    fails("data |> fill(value: 1)", "fill column type mismatch: float/int");
    fails(
        "data |> stddev(mode: \"bad\")",
        "\"bad\" is not a valid standard deviation mode",
    );
    fails("data |> quantile(q: 2.0)", "quantile must be between 0 and 1");
    fails(
        "data |> pivot(rowKey: [\"_time\"], columnKey: [\"_time\"], valueColumn: \"_value\")",
        "column name found in both rowKey and colKey: _time",
    );
    fails(
        "data |> duplicate(column: \"nope\", as: \"x\")",
        "duplicate error: column \"nope\" doesn't exist",
    );
    fails(
        "data |> rename(columns: {nope: \"x\"})",
        "rename error: column \"nope\" doesn't exist",
    );
    fails(
        "data |> window(every: 0s)",
        "window function requires at least one of \"every\" or \"period\" to be set and non-zero",
    );
    fails(
        "data |> movingAverage(n: 0)",
        "cannot take moving average with a period of 0 (must be greater than 0)",
    );
    fails(
        "data |> derivative(timeColumn: \"nope\")",
        "no column \"nope\" exists",
    );
    // Go rejects this one when type checking (`type conflict: bool != float`).
    fails(
        "data |> filter(fn: (r) => r._value)",
        "row predicate function does not evaluate to a boolean",
    );
    fails(
        "data |> map(fn: (r) => ({r with x: 1m}))",
        "map object property \"x\" is duration type which is not supported in a flux table",
    );
    fails(
        "union(tables: [data])",
        "union must have at least two streams as input",
    );
}
