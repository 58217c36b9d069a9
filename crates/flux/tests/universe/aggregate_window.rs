//! The fused `aggregateWindow` (one pass per table for the universe's aggregates) against
//! the Flux composition it replaces, written out: the same tables, keys, columns (in
//! order: `columns()` of each table) and values, or the same error text.

use super::*;

const RANGE: &str = "range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z)";
const INNER_RANGE: &str = "range(start: 2021-01-01T00:00:05Z, stop: 2021-01-01T00:00:45Z)";
const FUNCTIONS: [&str; 7] = ["mean", "sum", "count", "min", "max", "first", "last"];

/// More inputs: unsorted times over two series, uints, strings and an empty table.
const INPUTS: &str = r##"
unsorted = array.from(rows: [{_time: 2021-01-01T00:00:50Z, _value: 1.5, h: "a"}, {_time: 2021-01-01T00:00:05Z, _value: 3.0, h: "a"}, {_time: 2021-01-01T00:00:35Z, _value: 5.0, h: "b"}, {_time: 2021-01-01T00:00:12Z, _value: 7.0, h: "a"}, {_time: 2021-01-01T00:00:31Z, _value: -2.0, h: "a"}]) |> group(columns: ["h"])
uints = array.from(rows: [{_time: 2021-01-01T00:00:50Z, _value: uint(v: 2)}, {_time: 2021-01-01T00:00:10Z, _value: uint(v: 5)}, {_time: 2021-01-01T00:00:15Z, _value: uint(v: 1)}])
strings = array.from(rows: [{_time: 2021-01-01T00:00:50Z, _value: "b"}, {_time: 2021-01-01T00:00:10Z, _value: "c"}, {_time: 2021-01-01T00:00:15Z, _value: "a"}])
empty = data |> filter(fn: (r) => false, onEmpty: "keep")
"##;

/// `aggregateWindow(ARGS, fn: FN)` on `input |> range` and the composition it stands for.
fn same_as_composition(input: &str, range: &str, args: &str, function: &str) {
    let create_empty = !args.contains("createEmpty: false");
    let time_src = if args.contains("timeSrc: \"_start\"") {
        "_start"
    } else {
        "_stop"
    };
    let window_args = args.replace(", timeSrc: \"_start\"", "");
    let fused = format!("{input} |> {range} |> aggregateWindow({args}, fn: {function})");
    let composed = format!(
        "{input} |> {range} |> window({window_args}, createEmpty: {create_empty}) |> {function}() \
         |> _fillEmpty(createEmpty: {create_empty}) |> duplicate(column: \"{time_src}\", as: \"_time\") \
         |> window(every: inf, timeColumn: \"_time\") \
         |> _aggregateWindowColumns(fn: {function}, timeSrc: \"{time_src}\", timeDst: \"_time\")"
    );
    let run = |src: &str| {
        tables(&format!(
            "{INPUTS}{src}\n{src} |> columns() |> yield(name: \"columns\")"
        ))
        .map_err(|e| innermost(&e.to_string()).to_string())
    };
    assert_eq!(run(&fused), run(&composed), "{fused}");
}

/// The message without its `error calling function "f" @L:C-L:C: ` prefixes (the calls
/// differ: the composition is written out in the script).
fn innermost(message: &str) -> &str {
    let mut rest = message.lines().next().unwrap_or_default();
    while let Some(after) = rest.strip_prefix("error calling function ") {
        match after.find(": ") {
            Some(i) => rest = &after[i + 2..],
            None => break,
        }
    }
    rest
}

fn all_functions(input: &str, range: &str, args: &str) {
    for function in FUNCTIONS {
        same_as_composition(input, range, args, function);
    }
}

#[test]
fn fixed_windows() {
    all_functions("data", RANGE, "every: 20s");
}

#[test]
fn without_empty_windows() {
    all_functions("data", RANGE, "every: 20s, createEmpty: false");
}

#[test]
fn windows_longer_than_every() {
    all_functions("data", RANGE, "every: 10s, period: 30s");
    all_functions(
        "unsorted",
        INNER_RANGE,
        "every: 10s, period: 25s, createEmpty: false",
    );
}

#[test]
fn windows_with_gaps_between_them() {
    all_functions("unsorted", RANGE, "every: 20s, period: 5s");
}

#[test]
fn offset_windows() {
    all_functions("data", RANGE, "every: 20s, offset: 5s");
    all_functions(
        "unsorted",
        INNER_RANGE,
        "every: 20s, offset: -3s, createEmpty: false",
    );
}

#[test]
fn windows_clipped_to_the_range() {
    all_functions("data", INNER_RANGE, "every: 20s");
    all_functions("data", INNER_RANGE, "every: 1h");
}

#[test]
fn unsorted_rows_in_several_series() {
    all_functions("unsorted", RANGE, "every: 15s");
}

#[test]
fn stamped_with_the_window_start() {
    all_functions("data", RANGE, "every: 20s, timeSrc: \"_start\"");
}

#[test]
fn int_uint_and_string_columns() {
    all_functions("ints", RANGE, "every: 15s");
    all_functions("uints", RANGE, "every: 15s, createEmpty: false");
    // mean, sum, min and max fail on strings as in the composition.
    all_functions("strings", RANGE, "every: 15s");
}

#[test]
fn empty_tables() {
    all_functions("empty", RANGE, "every: 20s");
    all_functions("empty", RANGE, "every: 20s, createEmpty: false");
}
