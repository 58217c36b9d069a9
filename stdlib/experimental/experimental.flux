// Package experimental holds functions that may change or move to another package.
// Here: its functions on values and its table functions.
//
// ## Examples
//
// ```
// import "experimental"
//
// experimental.objectKeys(o: {host: "web1", cpu: 0.5})
// // => [host, cpu]
// ```
package experimental


import "date"


// objectKeys returns the property names of a record, in the record's order.
//
// ## Parameters
// - o: the record.
//
// ## Examples
//
// ```
// import "experimental"
//
// experimental.objectKeys(o: {firstName: "Ada", lastName: "Lovelace", born: 1815})
// // => [firstName, lastName, born]
// ```
builtin objectKeys : (o: A) => [string] where A: Record

// catch calls a function that takes no arguments and returns what happened as a
// record: `value` is its result (null when it failed), `msg` the error message and
// `code` Flux's error code (3 for an invalid operation; both null when it succeeded).
// Limits (steps, time, interrupts) are not caught.
//
// ## Parameters
// - fn: the function to call.
//
// ## Examples
//
// ```
// import "experimental"
//
// experimental.catch(fn: () => [1, 2][5])
// experimental.catch(fn: () => 40 + 2)
// // => {code: 3, msg: cannot access element 5 of array of length 2, value: <null>}
// // => {code: <null>, msg: <null>, value: 42}
// ```
builtin catch : (fn: () => A) => {value: A, code: uint, msg: string}

// addDuration adds a duration to a time (as `date.add`).
//
// ## Parameters
// - d: the duration to add.
// - to: the time to add it to.
// - location: the location calendar durations are counted in; the `location` option by default.
//
// ## Examples
//
// ```
// import "experimental"
//
// experimental.addDuration(d: 1mo, to: 2021-01-31T00:00:00Z)
// // => 2021-02-28T00:00:00.000000000Z
// ```
addDuration = (d, to, location=location) => date.add(d, to, location)

// subDuration subtracts a duration from a time (as `date.sub`).
//
// ## Parameters
// - d: the duration to subtract.
// - from: the time to subtract it from.
// - location: the location calendar durations are counted in; the `location` option by default.
//
// ## Examples
//
// ```
// import "experimental"
//
// experimental.subDuration(d: 1d, from: 2021-03-01T00:00:00Z)
// // => 2021-02-28T00:00:00.000000000Z
// ```
subDuration = (d, from, location=location) => date.sub(d, from, location)

// group adds `columns` to the group key of every table (`mode` must be `"extend"`).
//
// ## Parameters
// - columns: the columns to add to the key.
// - mode: `"extend"`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{host: "a", v: 1}, {host: "b", v: 2}])
//     |> experimental.group(columns: ["host"], mode: "extend")
//     |> findColumn(fn: (key) => key.host == "b", column: "v")
// // => [2]
// ```
builtin group : (<-tables: stream[A], mode: string, columns: [string]) => stream[A] where A: Record

// set sets a column for every property of `o`, to the property's value.
//
// ## Parameters
// - o: the columns and their values.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{v: 1}, {v: 2}])
//     |> experimental.set(o: {unit: "s", v: 0})
//     |> findColumn(fn: (key) => true, column: "v")
// // => [0, 0]
// ```
builtin set : (<-tables: stream[A], o: B) => stream[C] where A: Record, B: Record, C: Record

// join joins the tables of equal group keys of two streams on `_time`.
//
// `fn` makes each output row from the `left` and `right` rows and must keep the key.
//
// ## Parameters
// - left: the left stream.
// - right: the right stream.
// - fn: builds an output record from `left` and `right`.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// a = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1}])
// b = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 10}])
// experimental.join(left: a, right: b, fn: (left, right) => ({_time: left._time, sum: left._value + right._value}))
//     |> findColumn(fn: (key) => true, column: "sum")
// // => [11]
// ```
builtin join : (left: stream[A], right: stream[B], fn: (left: A, right: B) => C) => stream[C]
    where
    A: Record,
    B: Record,
    C: Record

// chain returns `second` once `first` has been evaluated.
//
// ## Parameters
// - first: the stream to evaluate first.
// - second: the stream returned.
builtin chain : (first: stream[A], second: stream[B]) => stream[B] where A: Record, B: Record

// _alignTime is the native behind `alignTime`.
//
// ## Parameters
// - alignTo: the time the first row of each table moves to.
// - tables: the input stream.
builtin _alignTime : (<-tables: stream[A], alignTo: time) => stream[A] where A: Record

// alignTime shifts the times of each table so that its first row is at `alignTo`.
//
// ## Parameters
// - alignTo: the time the first row moves to; the Unix epoch by default.
// - tables: the input stream.
alignTime = (tables=<-, alignTo=time(v: 0)) => tables |> _alignTime(alignTo: alignTo)

// _window is the native behind `window` (universe `window` on `_time`, `_start`, `_stop`).
//
// ## Parameters
// - every: how often a window starts.
// - period: how long a window lasts.
// - offset: shifts the window boundaries.
// - location: the location windows are counted in.
// - createEmpty: whether windows without rows give empty tables.
// - tables: the input stream.
builtin _window : (
        <-tables: stream[{T with _start: time, _stop: time, _time: time}],
        every: duration,
        period: duration,
        offset: duration,
        location: {zone: string, offset: duration},
        createEmpty: bool,
    ) => stream[{T with _start: time, _stop: time, _time: time}]

// window groups rows into time windows by `_time`, setting `_start` and `_stop`.
//
// ## Parameters
// - every: how often a window starts.
// - period: how long a window lasts; `every` by default.
// - offset: shifts the window boundaries.
// - location: the location windows are counted in; the `location` option by default.
// - createEmpty: whether windows without rows give empty tables.
// - tables: the input stream.
window = (
    tables=<-,
    every=0s,
    period=0s,
    offset=0s,
    location=location,
    createEmpty=false,
) =>
    tables
        |> _window(
            every,
            period,
            offset,
            location,
            createEmpty,
        )

// count counts the non-null `_value`s of each table.
//
// ## Parameters
// - tables: the input stream.
builtin count : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: int}]

// mean is the average of the `_value`s of each table.
//
// ## Parameters
// - tables: the input stream.
builtin mean : (<-tables: stream[{T with _value: float}]) => stream[{T with _value: float}]

// mode is the most frequent `_value` of each table.
//
// ## Parameters
// - tables: the input stream.
builtin mode : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// quantile is the `q` quantile of the `_value`s of each table.
//
// ## Parameters
// - q: the quantile, between 0 and 1.
// - compression: the t-digest compression for `estimate_tdigest`.
// - method: `estimate_tdigest`, `exact_mean` or `exact_selector`.
// - tables: the input stream.
builtin quantile : (
        <-tables: stream[{T with _value: float}],
        q: float,
        ?compression: float,
        ?method: string,
    ) => stream[{T with _value: float}]

// spread is the difference between the largest and the smallest `_value` of each table.
//
// ## Parameters
// - tables: the input stream.
builtin spread : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]
    where
    A: Numeric

// stddev is the standard deviation of the `_value`s of each table.
//
// ## Parameters
// - mode: `sample` (the default) or `population`.
// - tables: the input stream.
builtin stddev : (
        <-tables: stream[{T with _value: float}],
        ?mode: string,
    ) => stream[{T with _value: float}]

// sum is the sum of the `_value`s of each table.
//
// ## Parameters
// - tables: the input stream.
builtin sum : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}] where A: Numeric

// distinct keeps the distinct `_value`s of each table.
//
// ## Parameters
// - tables: the input stream.
builtin distinct : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// fill replaces null `_value`s with `value`, or with the previous non-null value.
//
// ## Parameters
// - value: the replacement.
// - usePrevious: use the previous non-null value instead.
// - tables: the input stream.
builtin fill : (
        <-tables: stream[{T with _value: A}],
        ?value: A,
        ?usePrevious: bool,
    ) => stream[{T with _value: A}]

// first keeps the first row of each table whose `_value` is not null.
//
// ## Parameters
// - tables: the input stream.
builtin first : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// last keeps the last row of each table whose `_value` is not null.
//
// ## Parameters
// - tables: the input stream.
builtin last : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// max keeps the row of each table with the largest `_value`.
//
// ## Parameters
// - tables: the input stream.
builtin max : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// min keeps the row of each table with the smallest `_value`.
//
// ## Parameters
// - tables: the input stream.
builtin min : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// unique keeps the first row of each distinct `_value` of each table.
//
// ## Parameters
// - tables: the input stream.
builtin unique : (<-tables: stream[{T with _value: A}]) => stream[{T with _value: A}]

// preview keeps the first `nrows` rows of the first `ntables` tables.
//
// ## Parameters
// - nrows: rows kept per table, 5 by default.
// - ntables: tables kept, 5 by default.
// - tables: the input stream.
builtin preview : (<-tables: stream[A], ?nrows: int, ?ntables: int) => stream[A] where A: Record

// unpivot turns each column other than the key columns and `otherColumns` into rows:
// one table per column, keyed also by `_field` (the column's name), holding its non-null
// values as `_value`.
//
// ## Parameters
// - otherColumns: columns copied as they are; `["_time"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, cpu: 0.5, mem: 10.0}])
//     |> experimental.unpivot()
//     |> findColumn(fn: (key) => key._field == "mem", column: "_value")
// // => [10]
// ```
builtin unpivot : (
        <-tables: stream[{A with _time: time}],
        ?otherColumns: [string],
    ) => stream[{B with _field: string, _value: C}]
    where
    A: Record,
    B: Record

// diff lists the rows in which two streams differ, marked in a `_diff` column: `-` for a
// row only `want` has, `+` for a row only `got` has, empty for a shared row.
//
// ## Parameters
// - got: the stream to check.
// - want: the expected stream.
builtin diff : (<-got: stream[A], want: stream[A]) => stream[{A with _diff: string}]

// skew is the skew of the `_value`s of each table, as universe `skew`.
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 3.0}])
//     |> experimental.skew()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [0]
// ```
builtin skew : (<-tables: stream[{T with _value: float}]) => stream[{T with _value: float}]

// histogram counts the `_value`s of each table at or below each upper bound in `bins`
// (the `le` column), as universe `histogram`.
//
// ## Parameters
// - tables: the input stream.
// - bins: the upper bounds of the bins.
// - normalize: divide the counts by the number of rows (default false).
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 6.0}])
//     |> experimental.histogram(bins: [2.0, 10.0])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2, 3]
// ```
builtin histogram : (
        <-tables: stream[{T with _value: float}],
        bins: [float],
        ?normalize: bool,
    ) => stream[{T with _value: float, le: float}]

// histogramQuantile is the value at `quantile` of a cumulative histogram (`_value`
// counts at upper bounds `le`), as universe `histogramQuantile`.
//
// ## Parameters
// - tables: the input stream.
// - quantile: the quantile to compute, between 0 and 1.
// - minValue: the lower bound of the first bin (default 0).
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{le: 1.0, _value: 2.0}, {le: 2.0, _value: 4.0}])
//     |> experimental.histogramQuantile(quantile: 0.5)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1]
// ```
builtin histogramQuantile : (
        <-tables: stream[{T with _value: float, le: float}],
        ?quantile: float,
        ?minValue: float,
    ) => stream[{T with _value: float}]

// integral is the area under the `_value`s of each table over `_time`, as universe
// `integral`.
//
// ## Parameters
// - tables: the input stream.
// - unit: the time unit of the area (default 1s).
// - interpolate: `"linear"` to interpolate at the bounds, or `""` (the default).
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:00:10Z, _value: 3.0}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z)
//     |> experimental.integral(unit: 10s)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
builtin integral : (
        <-tables: stream[{T with _time: time, _value: B}],
        ?unit: duration,
        ?interpolate: string,
    ) => stream[{T with _value: B}]

// kaufmansAMA is Kaufman's adaptive moving average of the `_value`s of each table over
// `n` periods, as universe `kaufmansAMA`.
//
// ## Parameters
// - tables: the input stream.
// - n: the number of periods.
//
// ## Examples
//
// ```
// import "array"
// import "experimental"
//
// array.from(rows: [{_value: 1}, {_value: 2}, {_value: 3}, {_value: 4}])
//     |> experimental.kaufmansAMA(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2.4444444444444446, 3.1358024691358026]
// ```
builtin kaufmansAMA : (
        <-tables: stream[{T with _value: A}],
        n: int,
    ) => stream[{T with _value: float}]
    where
    A: Numeric
