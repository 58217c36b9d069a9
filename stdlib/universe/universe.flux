// Package universe holds what every Flux script can use without an import:
// the booleans, type conversions, display, length and die, and the table
// transformations (filter, map, group, aggregates, windows, yield, ...).
package universe

// true and false are the two boolean values.
//
// ## Examples
//
// ```
// not true or false
// // => false
// ```
builtin true : bool
builtin false : bool

// string converts a value to a string.
//
// Floats never use exponent notation, times always show nine fractional
// digits, durations are normalised (`90m` is `1h30m`) and bytes must be valid
// UTF-8. Arrays, records, dictionaries and functions cannot be converted: use
// `display()` for them.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// string(v: 90m)
// // => 1h30m
// string(v: 2021-01-01T00:00:00Z)
// // => 2021-01-01T00:00:00.000000000Z
// string(v: 1000000.0)
// // => 1000000
// string(v: bytes(v: "ok"))
// // => ok
// ```
builtin string : (v: A) => string

// bytes converts a string to its UTF-8 bytes.
//
// ## Parameters
// - v: the string to convert.
//
// ## Examples
//
// ```
// bytes(v: "Example string")
// // => 0x4578616d706c6520737472696e67
// ```
builtin bytes : (v: A) => bytes

// int converts a value to an integer: floats are truncated toward zero, booleans
// are 1 or 0, times are nanoseconds since the epoch and durations nanoseconds.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// int(v: 10.12)
// // => 10
// int(v: "3")
// // => 3
// int(v: 1m)
// // => 60000000000
// int(v: 2022-01-01T00:00:00Z)
// // => 1640995200000000000
// ```
builtin int : (v: A) => int

// uint converts a value to an unsigned integer (negative integers wrap around).
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// uint(v: "3")
// // => 3
// uint(v: -100)
// // => 18446744073709551516
// ```
builtin uint : (v: A) => uint

// float converts a string, a number or a boolean to a float.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// float(v: "3.14")
// // => 3.14
// float(v: 10)
// // => 10
// ```
builtin float : (v: A) => float

// bool converts `"true"`/`"false"`, or a number that is 0 or 1, to a boolean.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// bool(v: "true")
// // => true
// bool(v: 0)
// // => false
// ```
builtin bool : (v: A) => bool

// time converts an RFC 3339 string, or nanoseconds since the epoch, to a time.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// time(v: "2021-01-01T00:00:00Z")
// // => 2021-01-01T00:00:00.000000000Z
// time(v: 1640995200000000000)
// // => 2022-01-01T00:00:00.000000000Z
// ```
builtin time : (v: A) => time

// duration converts a duration string, or a number of nanoseconds, to a duration.
//
// ## Parameters
// - v: the value to convert.
//
// ## Examples
//
// ```
// duration(v: "1h20m")
// // => 1h20m
// duration(v: 4800000000000)
// // => 1h20m
// ```
builtin duration : (v: A) => duration

// display returns the text Flux shows for any value.
//
// Strings are not quoted, bytes are hexadecimal, records and dictionaries are
// sorted by key, and a composite value with more than three elements is spread
// over several lines.
//
// ## Parameters
// - v: the value to show.
//
// ## Examples
//
// ```
// display(v: {b: 2, a: [1, 2, 3]})
// // => {a: [1, 2, 3], b: 2}
// display(v: ["b": 2, "a": 1])
// // => [a: 1, b: 2]
// display(v: {bytes: bytes(v: "abc"), string: "str", array: [1, 2, 3], dict: ["a": 1, "b": 2, "c": 3]})
// // => {
// // =>     array: [1, 2, 3],
// // =>     bytes: 0x616263,
// // =>     dict: [a: 1, b: 2, c: 3],
// // =>     string: str
// // => }
// ```
builtin display : (v: A) => string

// length returns the number of elements of an array.
//
// ## Parameters
// - arr: the array (may be piped in).
//
// ## Examples
//
// ```
// ["a", "b"] |> length()
// // => 2
// length(arr: [1, 2, 3])
// // => 3
// ```
builtin length : (<-arr: [A]) => int

// _systemTime reads the system clock (what `now` returns unless a script sets the option).
builtin _systemTime : () => time

// now returns the current time. A script may fix it with an option.
//
// ## Examples
//
// ```
// option now = () => 2030-01-01T00:00:00Z
// now()
// // => 2030-01-01T00:00:00.000000000Z
// ```
option now = _systemTime

// die stops the script with the error message `msg`.
//
// ## Parameters
// - msg: the error message.
//
// ## Examples
//
// ```
// die(msg: "no data to work with")
// // error: no data to work with
// ```
builtin die : (msg: string) => A

// inf is the longest duration; `window(every: inf)` makes one window spanning the
// query bounds.
builtin inf : duration

// location is the time zone `window` and `aggregateWindow` align windows in by default
// (UTC; only UTC is supported there for now), and the one the `date` functions read a
// time's wall clock in when they are not given a `location` (see `timezone`).
//
// ## Examples
//
// ```
// import "date"
// import "timezone"
//
// option location = timezone.fixed(offset: 5h30m)
//
// date.minute(t: 2024-01-01T10:00:00Z)
// // => 30
// ```
option location = {zone: "UTC", offset: 0s}

// range keeps the rows whose `_time` lies in `[start, stop)` and records the bounds in
// `_start` and `_stop`, which join the group key.
//
// A bound is a time, a duration counted from now (`-1h`) or an integer of Unix seconds.
// Rows with a null `_time` are dropped.
//
// ## Parameters
// - start: the earliest time kept (inclusive).
// - stop: the end of the range (exclusive); now by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1}, {_time: 2021-01-01T00:02:00Z, _value: 2}])
//     |> range(start: 2021-01-01T00:01:00Z, stop: 2021-01-02T00:00:00Z)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
builtin range : (
        <-tables: stream[{A with _time: time}],
        start: B,
        ?stop: C,
    ) => stream[{A with _time: time, _start: time, _stop: time}]

// filter keeps the rows for which the predicate `fn` is true.
//
// A predicate that is null for a row drops it. Simple predicates (`r.col > 1.0`, and
// `and`/`or` of such) run column by column; any other function is called per row.
//
// ## Parameters
// - fn: the predicate, given the row as a record `r`.
// - onEmpty: what to do with a table left without rows: `"drop"` it (the default) or
//   `"keep"` it.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}, {v: 2}, {v: 3}])
//     |> filter(fn: (r) => r.v >= 2)
//     |> findColumn(fn: (key) => true, column: "v")
// // => [2, 3]
// ```
builtin filter : (<-tables: stream[A], fn: (r: A) => bool, ?onEmpty: string) => stream[A]

// map replaces each row with the record `fn` returns for it.
//
// The output columns are the record's properties in its order (with `r with`, the row's
// columns first, then the new properties as written) when Go Flux would vectorise `fn`:
// one parameter `r` and a body that is only a record built from `r.label`, literals,
// operators other than regex matches, `if` and `float(v:)`. For any other `fn` (a call, a
// captured variable, string interpolation, statements before `return`) the columns are
// sorted by label, as in Go. Group key columns
// that the record keeps stay in the key with their new values; when a key column's
// values now differ between the rows of a table, its rows are split into one table per
// value.
//
// ## Parameters
// - fn: the function, given the row as a record `r`; it returns a record.
// - mergeKey: accepted and ignored (it has no effect in current Flux either).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1.5}, {v: 2.0}])
//     |> map(fn: (r) => ({r with double: r.v * 2.0}))
//     |> findColumn(fn: (key) => true, column: "double")
// // => [3, 4]
// ```
builtin map : (<-tables: stream[A], fn: (r: A) => B, ?mergeKey: bool) => stream[B]

// keep keeps only the listed columns (or those `fn` accepts); listed columns a table
// lacks are ignored.
//
// ## Parameters
// - columns: the columns to keep.
// - fn: a predicate on each column name, instead of `columns`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1, b: 2, c: 3}])
//     |> keep(columns: ["a", "c"])
//     |> getRecord(idx: 0)
// // => {a: 1, c: 3}
// ```
builtin keep : (<-tables: stream[A], ?columns: [string], ?fn: (column: string) => bool) => stream[B]

// drop removes the listed columns (or those `fn` accepts).
//
// ## Parameters
// - columns: the columns to remove.
// - fn: a predicate on each column name, instead of `columns`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1, b: 2, c: 3}])
//     |> drop(fn: (column) => column != "b")
//     |> getRecord(idx: 0)
// // => {b: 2}
// ```
builtin drop : (<-tables: stream[A], ?fn: (column: string) => bool, ?columns: [string]) => stream[B]

// rename renames columns, by a record of old to new names or by a function of the name.
//
// ## Parameters
// - columns: a record mapping old names to new ones.
// - fn: a function from each column name to its new name, instead of `columns`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1, b: 2}])
//     |> rename(columns: {a: "x"})
//     |> getRecord(idx: 0)
// // => {b: 2, x: 1}
// ```
builtin rename : (<-tables: stream[A], ?fn: (column: string) => string, ?columns: B) => stream[C]

// duplicate copies a column under a new name (replacing a column of that name).
//
// ## Parameters
// - column: the column to copy.
// - as: the name of the copy.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1}])
//     |> duplicate(column: "a", as: "b")
//     |> getRecord(idx: 0)
// // => {a: 1, b: 1}
// ```
builtin duplicate : (<-tables: stream[A], column: string, as: string) => stream[B]

// set gives every row the string `value` in column `key` (added when missing).
//
// ## Parameters
// - key: the column.
// - value: the string to store.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1}])
//     |> set(key: "host", value: "h1")
//     |> getRecord(idx: 0)
// // => {a: 1, host: h1}
// ```
builtin set : (<-tables: stream[A], key: string, value: string) => stream[A] where A: Record

// group regroups rows into tables by a new group key.
//
// With `mode: "by"` (the default) the key is the listed columns; with `"except"` it is
// every column but those. `group()` puts all rows in one table with an empty key.
//
// ## Parameters
// - columns: the columns of the key (or not in it, with `"except"`).
// - mode: `"by"` or `"except"`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{host: "a", v: 1}, {host: "b", v: 2}, {host: "a", v: 3}])
//     |> group(columns: ["host"])
//     |> findColumn(fn: (key) => key.host == "a", column: "v")
// // => [1, 3]
// ```
builtin group : (<-tables: stream[A], ?mode: string, ?columns: [string]) => stream[A]

// union puts the tables of several streams into one stream.
//
// ## Parameters
// - tables: the streams, at least two.
//
// ## Examples
//
// ```
// import "array"
//
// a = array.from(rows: [{v: 1}])
// b = array.from(rows: [{v: 2}])
// union(tables: [a, b])
//     |> findColumn(fn: (key) => true, column: "v")
// // => [1, 2]
// ```
builtin union : (tables: [stream[A]]) => stream[A] where A: Record

// sort orders the rows of each table by the listed columns.
//
// Nulls come first in ascending order.
//
// ## Parameters
// - columns: the sort columns, `["_value"]` by default.
// - desc: descending order when true.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 2}, {_value: 3}, {_value: 1}])
//     |> sort(desc: true)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [3, 2, 1]
// ```
builtin sort : (<-tables: stream[A], ?columns: [string], ?desc: bool) => stream[A] where A: Record

// limit keeps the first `n` rows of each table, after skipping `offset` rows.
//
// ## Parameters
// - n: how many rows to keep.
// - offset: how many rows to skip first (0 by default).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}, {v: 2}, {v: 3}])
//     |> limit(n: 1, offset: 1)
//     |> findColumn(fn: (key) => true, column: "v")
// // => [2]
// ```
builtin limit : (<-tables: stream[A], n: int, ?offset: int) => stream[A]

// tail keeps the last `n` rows of each table, ignoring the last `offset` rows.
//
// ## Parameters
// - n: how many rows to keep.
// - offset: how many rows at the end to skip (0 by default).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}, {v: 2}, {v: 3}])
//     |> tail(n: 2)
//     |> findColumn(fn: (key) => true, column: "v")
// // => [2, 3]
// ```
builtin tail : (<-tables: stream[A], n: int, ?offset: int) => stream[A]

// _sortLimit sorts each table and keeps its first `n` rows (what `top` and `bottom` do).
_sortLimit = (n, desc, columns=["_value"], tables=<-) =>
    tables
        |> sort(columns: columns, desc: desc)
        |> limit(n: n)

// top keeps the `n` rows with the largest values of `columns` in each table, largest first.
//
// ## Parameters
// - n: how many rows to keep.
// - columns: the columns compared, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 2}, {_value: 3}, {_value: 1}])
//     |> top(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [3, 2]
// ```
top = (n, columns=["_value"], tables=<-) => tables |> _sortLimit(n: n, columns: columns, desc: true)

// bottom keeps the `n` rows with the smallest values of `columns` in each table,
// smallest first.
//
// ## Parameters
// - n: how many rows to keep.
// - columns: the columns compared, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 2}, {_value: 3}, {_value: 1}])
//     |> bottom(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1, 2]
// ```
bottom = (n, columns=["_value"], tables=<-) => tables |> _sortLimit(n: n, columns: columns, desc: false)

// first keeps, in each table, the first row whose `column` is not null.
//
// ## Parameters
// - column: the column that must not be null, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 5}])
//     |> first()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [4]
// ```
builtin first : (<-tables: stream[A], ?column: string) => stream[A] where A: Record

// last keeps, in each table, the last row whose `column` is not null.
//
// ## Parameters
// - column: the column that must not be null, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 5}])
//     |> last()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [5]
// ```
builtin last : (<-tables: stream[A], ?column: string) => stream[A] where A: Record

// min keeps, in each table, the row with the smallest `column` (the first such row).
//
// ## Parameters
// - column: the column compared, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4, i: 0}, {_value: 2, i: 1}])
//     |> min()
//     |> findColumn(fn: (key) => true, column: "i")
// // => [1]
// ```
builtin min : (<-tables: stream[A], ?column: string) => stream[A] where A: Record

// max keeps, in each table, the row with the largest `column` (the first such row).
//
// ## Parameters
// - column: the column compared, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4, i: 0}, {_value: 2, i: 1}])
//     |> max()
//     |> findColumn(fn: (key) => true, column: "i")
// // => [0]
// ```
builtin max : (<-tables: stream[A], ?column: string) => stream[A] where A: Record

// count counts the non-null values of `column` in each table: one row per table, with
// the group key columns and the count in `column`.
//
// ## Parameters
// - column: the column counted, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 2}])
//     |> count()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
builtin count : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// sum adds up the non-null values of `column` in each table.
//
// ## Parameters
// - column: the column added, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 2}])
//     |> sum()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [6]
// ```
builtin sum : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// mean averages the non-null values of `column` in each table (a float; null for a
// table without values).
//
// ## Parameters
// - column: the column averaged, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 1}])
//     |> mean()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2.5]
// ```
builtin mean : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// quantile gives, per table, the `q` quantile of `column`.
//
// `method` is `"estimate_tdigest"` (the default: an estimate, a float), `"exact_mean"`
// (the mean of the two nearest values) or `"exact_selector"` (the row holding the
// nearest value).
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - q: the quantile, between 0 and 1.
// - compression: the t-digest's size (for `"estimate_tdigest"` only; 1000 when 0).
// - method: how the quantile is computed.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 3.0}, {_value: 4.0}])
//     |> quantile(q: 0.5, method: "exact_mean")
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2.5]
// ```
builtin quantile : (
        <-tables: stream[A],
        ?column: string,
        q: float,
        ?compression: float,
        ?method: string,
    ) => stream[A]
    where
    A: Record

// median is `quantile(q: 0.5)`.
//
// ## Parameters
// - method: as for `quantile`, `"estimate_tdigest"` by default.
// - compression: as for `quantile`.
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 5.0}, {_value: 3.0}])
//     |> median()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [3]
// ```
median = (method="estimate_tdigest", compression=0.0, column="_value", tables=<-) =>
    tables
        |> quantile(q: 0.5, method: method, compression: compression, column: column)

// spread is the difference between the largest and the smallest value of `column`.
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 4}, {_value: 1}, {_value: 9}])
//     |> spread()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [8]
// ```
builtin spread : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// stddev is the standard deviation of `column` (of a sample by default, or of the whole
// population with `mode: "population"`).
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - mode: `"sample"` or `"population"`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 3.0}])
//     |> stddev(mode: "population")
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1]
// ```
builtin stddev : (<-tables: stream[A], ?column: string, ?mode: string) => stream[B]
    where
    A: Record,
    B: Record

// distinct lists the distinct values of `column` per table, in `_value`, in order of
// first appearance.
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{tag: "a"}, {tag: "b"}, {tag: "a"}])
//     |> distinct(column: "tag")
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [a, b]
// ```
builtin distinct : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// unique keeps the first row for each distinct value of `column`.
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{tag: "a", i: 0}, {tag: "b", i: 1}, {tag: "a", i: 2}])
//     |> unique(column: "tag")
//     |> findColumn(fn: (key) => true, column: "i")
// // => [0, 1]
// ```
builtin unique : (<-tables: stream[A], ?column: string) => stream[A] where A: Record

// mode gives the most frequent non-null values of `column` per table, in `_value`
// (all of them, sorted, on a tie).
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 2}, {_value: 7}, {_value: 7}])
//     |> mode()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [7]
// ```
builtin mode : (<-tables: stream[A], ?column: string) => stream[{C with _value: B}]

// columns lists the column names of each table, one per row in `column`.
//
// ## Parameters
// - column: the output column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: 1, b: 2}])
//     |> columns()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [a, b]
// ```
builtin columns : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// keys lists the group key columns of each table, one per row in `column`.
//
// ## Parameters
// - column: the output column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{host: "a", v: 1}])
//     |> group(columns: ["host"])
//     |> keys()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [host]
// ```
builtin keys : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// keyValues lists, per table, each distinct value of the listed columns: the column name
// in `_key`, the value in `_value`.
//
// ## Parameters
// - keyColumns: the columns (all of one type).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{a: "x", b: "y"}])
//     |> keyValues(keyColumns: ["a", "b"])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [x, y]
// ```
builtin keyValues : (
        <-tables: stream[A],
        ?keyColumns: [string],
    ) => stream[{C with _key: string, _value: B}]
    where
    A: Record,
    C: Record

// fill replaces the nulls of `column` with `value`, or with the previous non-null value
// when `usePrevious` is true.
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - value: the replacement (of the column's type).
// - usePrevious: use the previous non-null value instead of `value`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 4}])
//     |> difference(keepFirst: true)
//     |> fill(value: 0)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [0, 3]
// ```
builtin fill : (<-tables: stream[A], ?column: string, ?value: B, ?usePrevious: bool) => stream[C]

// pivot turns rows into columns: one row per distinct `rowKey` value, one column per
// distinct `columnKey` value, holding `valueColumn`.
//
// ## Parameters
// - rowKey: the columns identifying an output row.
// - columnKey: the columns whose values name the output columns (joined by `_`).
// - valueColumn: the column whose values fill the new columns.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{t: 1, f: "a", v: 1.0}, {t: 1, f: "b", v: 2.0}])
//     |> pivot(rowKey: ["t"], columnKey: ["f"], valueColumn: "v")
//     |> getRecord(idx: 0)
// // => {a: 1, b: 2, t: 1}
// ```
builtin pivot : (
        <-tables: stream[A],
        rowKey: [string],
        columnKey: [string],
        valueColumn: string,
    ) => stream[B]
    where
    A: Record,
    B: Record

// difference replaces each value with its difference from the previous non-null value
// of its column; the first row is dropped unless `keepFirst`.
//
// ## Parameters
// - nonNegative: a negative difference becomes null (or the value, with `initialZero`).
// - columns: the columns, `["_value"]` by default.
// - keepFirst: keep the first row (its difference is null).
// - initialZero: difference from 0 for the first row (with `keepFirst`).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 4}, {_value: 6}])
//     |> difference()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [3, 2]
// ```
builtin difference : (
        <-tables: stream[T],
        ?nonNegative: bool,
        ?columns: [string],
        ?keepFirst: bool,
        ?initialZero: bool,
    ) => stream[R]
    where
    T: Record,
    R: Record

// derivative gives the rate of change per `unit` of time between consecutive rows.
//
// ## Parameters
// - unit: the time unit of the rate, `1s` by default.
// - nonNegative: a decrease gives null.
// - columns: the columns, `["_value"]` by default.
// - timeColumn: the time column, `"_time"` by default.
// - initialZero: with `nonNegative`, a decrease gives 0.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:00:10Z, _value: 6.0}])
//     |> derivative()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [0.5]
// ```
builtin derivative : (
        <-tables: stream[A],
        ?unit: duration,
        ?nonNegative: bool,
        ?columns: [string],
        ?timeColumn: string,
        ?initialZero: bool,
    ) => stream[B]
    where
    A: Record,
    B: Record

// cumulativeSum replaces each value with the running total of its column.
//
// ## Parameters
// - columns: the columns, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 2}, {_value: 3}])
//     |> cumulativeSum()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1, 3, 6]
// ```
builtin cumulativeSum : (<-tables: stream[A], ?columns: [string]) => stream[B]
    where
    A: Record,
    B: Record

// increase is the running total of the non-negative differences (a counter's growth,
// ignoring resets).
//
// ## Parameters
// - columns: the columns, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 3}, {_value: 2}, {_value: 5}])
//     |> increase()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [
// // =>     0,
// // =>     2,
// // =>     4,
// // =>     7
// // => ]
// ```
increase = (tables=<-, columns=["_value"]) =>
    tables
        |> difference(nonNegative: true, columns: columns, keepFirst: true, initialZero: true)
        |> cumulativeSum(columns: columns)

// elapsed adds a column with the time since the previous row, in `unit`s; the first row
// is dropped.
//
// ## Parameters
// - unit: the unit, `1s` by default.
// - timeColumn: the time column, `"_time"` by default.
// - columnName: the new column, `"elapsed"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z}, {_time: 2021-01-01T00:01:00Z}])
//     |> elapsed()
//     |> findColumn(fn: (key) => true, column: "elapsed")
// // => [60]
// ```
builtin elapsed : (
        <-tables: stream[A],
        ?unit: duration,
        ?timeColumn: string,
        ?columnName: string,
    ) => stream[B]
    where
    A: Record,
    B: Record

// movingAverage replaces `_value` with the mean of the last `n` values (a float); the
// first `n - 1` rows are dropped.
//
// ## Parameters
// - n: the number of values averaged.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 2}, {_value: 6}])
//     |> movingAverage(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1.5, 4]
// ```
builtin movingAverage : (<-tables: stream[{B with _value: A}], n: int) => stream[{B with _value: float}]
    where
    A: Numeric

// _window is `window` with every parameter given.
builtin _window : (
        <-tables: stream[A],
        every: duration,
        period: duration,
        offset: duration,
        location: {zone: string, offset: duration},
        timeColumn: string,
        startColumn: string,
        stopColumn: string,
        createEmpty: bool,
    ) => stream[B]
    where
    A: Record,
    B: Record

// window splits each table into time windows: a row goes to every window `[start,
// start + period)` holding its time, window starts being `every` apart (from `offset`
// after the epoch). Each window's bounds go in `_start` and `_stop`, in the group key;
// windows are clipped to the bounds of the `range` upstream.
//
// ## Parameters
// - every: the distance between window starts (`inf`: one window over the range).
// - period: the window length, `every` by default.
// - offset: the shift of the windows from the epoch.
// - location: the time zone windows align in (the `location` option by default).
// - timeColumn: the time column, `"_time"` by default.
// - startColumn: the column for the window start, `"_start"` by default.
// - stopColumn: the column for the window stop, `"_stop"` by default.
// - createEmpty: also make tables for windows without rows.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1}, {_time: 2021-01-01T00:00:30Z, _value: 2}, {_time: 2021-01-01T00:01:10Z, _value: 3}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:02:00Z)
//     |> window(every: 1m)
//     |> findColumn(fn: (key) => key._start == 2021-01-01T00:00:00Z, column: "_value")
// // => [1, 2]
// ```
window = (
    tables=<-,
    every=0s,
    period=0s,
    offset=0s,
    location=location,
    timeColumn="_time",
    startColumn="_start",
    stopColumn="_stop",
    createEmpty=false,
) =>
    tables
        |> _window(
            every,
            period,
            offset,
            location,
            timeColumn,
            startColumn,
            stopColumn,
            createEmpty,
        )

// _fillEmpty gives each empty table one row of nulls when `createEmpty` is true.
builtin _fillEmpty : (<-tables: stream[A], createEmpty: bool) => stream[A] where A: Record

// _aggregateWindowColumns orders the columns of `aggregateWindow`'s output as Go Flux's
// fused implementation does for `count`, `sum` and `mean` (`_time` before the value).
builtin _aggregateWindowColumns : (<-tables: stream[A], fn: B, timeSrc: string, timeDst: string) => stream[A]
    where
    A: Record

// _aggregateWindow runs `aggregateWindow` in one pass per table when `fn` is one of the
// universe's `count`, `sum`, `mean`, `min`, `max`, `first` or `last` and the windows are
// fixed in UTC; otherwise it calls `composition`, the same steps as Flux functions.
builtin _aggregateWindow : (
        <-tables: stream[A],
        every: duration,
        period: duration,
        fn: B,
        offset: duration,
        location: {zone: string, offset: duration},
        column: D,
        timeSrc: string,
        timeDst: string,
        createEmpty: bool,
        composition: (tables: stream[A]) => stream[C],
    ) => stream[C]
    where
    A: Record,
    C: Record

// aggregateWindow applies an aggregate or selector `fn` to fixed windows of time: the
// rows are windowed, aggregated, stamped with the window's `timeSrc` bound in `timeDst`,
// and the windows of a table are put back together.
//
// ## Parameters
// - every: the window length and distance between windows.
// - period: the window length, `every` by default.
// - fn: the aggregate (`mean`, `max`, ...), called as `fn(column:)`.
// - offset: the shift of the windows from the epoch.
// - location: the time zone windows align in.
// - column: the aggregated column, `"_value"` by default.
// - timeSrc: the bound stamped on each window's row, `"_stop"` by default.
// - timeDst: the column receiving it, `"_time"` by default.
// - createEmpty: give windows without rows a row with a null value (the default).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1}, {_time: 2021-01-01T00:00:30Z, _value: 3}, {_time: 2021-01-01T00:01:10Z, _value: 5}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:02:00Z)
//     |> aggregateWindow(every: 1m, fn: sum)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [4, 5]
// ```
aggregateWindow = (
    every,
    period=0s,
    fn,
    offset=0s,
    location=location,
    column="_value",
    timeSrc="_stop",
    timeDst="_time",
    createEmpty=true,
    tables=<-,
) =>
    tables
        |> _aggregateWindow(
            every: every,
            period: period,
            fn: fn,
            offset: offset,
            location: location,
            column: column,
            timeSrc: timeSrc,
            timeDst: timeDst,
            createEmpty: createEmpty,
            composition: (tables) =>
                tables
                    |> window(
                        every: every,
                        period: period,
                        offset: offset,
                        location: location,
                        createEmpty: createEmpty,
                    )
                    |> fn(column: column)
                    |> _fillEmpty(createEmpty: createEmpty)
                    |> duplicate(column: timeSrc, as: timeDst)
                    |> window(every: inf, timeColumn: timeDst)
                    |> _aggregateWindowColumns(fn: fn, timeSrc: timeSrc, timeDst: timeDst),
        )

// _highestOrLowest reduces each group with `reducer`, then keeps `n` rows of the
// result with `_sortLimit` (`top` or `bottom`).
_highestOrLowest = (
    n,
    _sortLimit,
    reducer,
    column="_value",
    groupColumns=[],
    tables=<-,
) =>
    tables
        |> group(columns: groupColumns)
        |> reducer()
        |> group(columns: [])
        |> _sortLimit(n: n, columns: [column])

// highestMax keeps the `n` groups (by `groupColumns`) with the largest maximum of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column compared, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{h: "a", _value: 1}, {h: "b", _value: 7}, {h: "a", _value: 5}])
//     |> highestMax(n: 1, groupColumns: ["h"])
//     |> findColumn(fn: (key) => true, column: "h")
// // => [b]
// ```
highestMax = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> max(column: column),
            _sortLimit: top,
        )

// highestAverage keeps the `n` groups with the largest mean of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column averaged, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
highestAverage = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> mean(column: column),
            _sortLimit: top,
        )

// highestCurrent keeps the `n` groups with the largest last value of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column compared, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
highestCurrent = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> last(column: column),
            _sortLimit: top,
        )

// lowestMin keeps the `n` groups with the smallest minimum of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column compared, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
lowestMin = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> min(column: column),
            _sortLimit: bottom,
        )

// lowestAverage keeps the `n` groups with the smallest mean of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column averaged, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
lowestAverage = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> mean(column: column),
            _sortLimit: bottom,
        )

// lowestCurrent keeps the `n` groups with the smallest last value of `column`.
//
// ## Parameters
// - n: how many rows to keep.
// - column: the column compared, `"_value"` by default.
// - groupColumns: the columns grouping the input (none by default).
// - tables: the input stream.
lowestCurrent = (n, column="_value", groupColumns=[], tables=<-) =>
    tables
        |> _highestOrLowest(
            n: n,
            column: column,
            groupColumns: groupColumns,
            reducer: (tables=<-) => tables |> last(column: column),
            _sortLimit: bottom,
        )

// toString converts `_value` to strings (as `string()` does, row by row).
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.5}])
//     |> toString()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1.5]
// ```
toString = (tables=<-) => tables |> map(fn: (r) => ({r with _value: string(v: r._value)}))

// toInt converts `_value` to integers (as `int()` does).
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 2.7}])
//     |> toInt()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
toInt = (tables=<-) => tables |> map(fn: (r) => ({r with _value: int(v: r._value)}))

// toUInt converts `_value` to unsigned integers (as `uint()` does).
//
// ## Parameters
// - tables: the input stream.
toUInt = (tables=<-) => tables |> map(fn: (r) => ({r with _value: uint(v: r._value)}))

// toFloat converts `_value` to floats (as `float()` does).
//
// ## Parameters
// - tables: the input stream.
toFloat = (tables=<-) => tables |> map(fn: (r) => ({r with _value: float(v: r._value)}))

// toBool converts `_value` to booleans (as `bool()` does).
//
// ## Parameters
// - tables: the input stream.
toBool = (tables=<-) => tables |> map(fn: (r) => ({r with _value: bool(v: r._value)}))

// toTime converts `_value` to times (as `time()` does).
//
// ## Parameters
// - tables: the input stream.
toTime = (tables=<-) => tables |> map(fn: (r) => ({r with _value: time(v: r._value)}))

// yield names the stream as a result of the script: the output prints it under
// `Result: NAME`. A stream statement without `yield` is the result `_result`.
//
// ## Parameters
// - name: the result's name, `"_result"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}]) |> yield(name: "mine")
// // => <stream>
// ```
builtin yield : (<-tables: stream[A], ?name: string) => stream[A] where A: Record

// tableFind gives the first table whose group key satisfies `fn` (an error when none
// does).
//
// ## Parameters
// - fn: a predicate on the group key, given as a record `key`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{host: "a", v: 1}, {host: "b", v: 2}])
//     |> group(columns: ["host"])
//     |> tableFind(fn: (key) => key.host == "b")
//     |> getColumn(column: "v")
// // => [2]
// ```
builtin tableFind : (<-tables: stream[A], fn: (key: B) => bool) => stream[A]

// getColumn gives the values of a column of a table (from `tableFind`) as an array.
//
// ## Parameters
// - column: the column.
// - table: the table.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}, {v: 2}])
//     |> tableFind(fn: (key) => true)
//     |> getColumn(column: "v")
// // => [1, 2]
// ```
builtin getColumn : (<-table: stream[A], column: string) => [B] where A: Record

// getRecord gives row `idx` of a table (from `tableFind`) as a record.
//
// ## Parameters
// - idx: the row index, from 0.
// - table: the table.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}, {v: 2}])
//     |> tableFind(fn: (key) => true)
//     |> getRecord(idx: 1)
// // => {v: 2}
// ```
builtin getRecord : (<-table: stream[A], idx: int) => A where A: Record

// findColumn is `tableFind` then `getColumn`, giving an empty array when no table
// matches or the table lacks the column.
//
// ## Parameters
// - fn: a predicate on the group key.
// - column: the column.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}])
//     |> findColumn(fn: (key) => true, column: "missing")
//     |> length()
// // => 0
// ```
builtin findColumn : (<-tables: stream[A], fn: (key: B) => bool, column: string) => [C]

// findRecord is `tableFind` then `getRecord`, giving an empty record when no table
// matches or the row does not exist.
//
// ## Parameters
// - fn: a predicate on the group key.
// - idx: the row index, from 0.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{v: 1}])
//     |> findRecord(fn: (key) => true, idx: 0)
// // => {v: 1}
// ```
builtin findRecord : (<-tables: stream[A], fn: (key: B) => bool, idx: int) => A

// today returns midnight at the start of the current day (of `now()`), on the clock of
// the `location` option.
//
// ## Examples
//
// ```
// option now = () => 2024-05-06T17:30:00Z
//
// today()
// // => 2024-05-06T00:00:00.000000000Z
// ```
builtin today : () => time

// linearBins returns `count` evenly spaced bounds from `start`, `width` apart,
// followed by `+Inf` unless `infinity` is false.
//
// ## Parameters
// - start: the first bound.
// - width: the distance between two bounds.
// - count: how many bounds before the optional infinity.
// - infinity: whether to end with `+Inf` (default true).
//
// ## Examples
//
// ```
// linearBins(start: 0.0, width: 2.5, count: 3, infinity: false)
// // => [0, 2.5, 5]
// ```
builtin linearBins : (start: float, width: float, count: int, ?infinity: bool) => [float]

// logarithmicBins returns `count` bounds from `start`, each `factor` times the one
// before, followed by `+Inf` unless `infinity` is false.
//
// ## Parameters
// - start: the first bound.
// - factor: the ratio between two bounds.
// - count: how many bounds before the optional infinity.
// - infinity: whether to end with `+Inf` (default true).
//
// ## Examples
//
// ```
// logarithmicBins(start: 1.0, factor: 10.0, count: 2)
// // => [1, 10, +Inf]
// ```
builtin logarithmicBins : (start: float, factor: float, count: int, ?infinity: bool) => [float]

// contains reports whether `set` holds a value equal to `value`.
//
// ## Parameters
// - value: the value to look for (a basic type: not a record, array or function).
// - set: the values to search.
//
// ## Examples
//
// ```
// contains(value: "mem", set: ["cpu", "mem"])
// // => true
// contains(value: 3, set: [1, 2])
// // => false
// ```
builtin contains : (value: A, set: [A]) => bool where A: Nullable

// timeShift moves the time columns of every row by a duration (calendar months and years
// too); the group key and the query bounds move with them.
//
// ## Parameters
// - duration: how far to move the times (negative moves them back).
// - columns: the time columns to move, `["_time", "_stop", "_start"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-31T00:00:00Z, _value: 1}])
//     |> timeShift(duration: 1mo)
//     |> findColumn(fn: (key) => true, column: "_time")
// // => [2021-02-28T00:00:00.000000000Z]
// ```
builtin timeShift : (<-tables: stream[A], duration: duration, ?columns: [string]) => stream[A]

// truncateTimeColumn truncates `_time` to a multiple of `unit` on the clock of the
// `location` option (as Go Flux, `_time` whatever `timeColumn` says).
//
// ## Parameters
// - timeColumn: accepted for compatibility; `_time` is truncated.
// - unit: the unit to truncate to (`1h`, `1d`, `1mo`, ...).
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T10:37:12Z, _value: 1}])
//     |> truncateTimeColumn(unit: 1h)
//     |> findColumn(fn: (key) => true, column: "_time")
// // => [2021-01-01T10:00:00.000000000Z]
// ```
builtin truncateTimeColumn : (<-tables: stream[A], unit: duration, ?timeColumn: string) => stream[A]
    where
    A: Record

// _hourSelection is `hourSelection` with every parameter given.
builtin _hourSelection : (
        <-tables: stream[A],
        start: int,
        stop: int,
        location: {zone: string, offset: duration},
        ?timeColumn: string,
    ) => stream[A]
    where
    A: Record

// hourSelection keeps the rows whose time falls between two hours of the day (both
// included) on the clock of `location`; `start` after `stop` wraps past midnight.
//
// ## Parameters
// - start: the first hour kept (0 to 23).
// - stop: the last hour kept (0 to 23).
// - location: the clock the hours are read on, the `location` option by default.
// - timeColumn: the time column, `"_time"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T08:00:00Z, _value: 1}, {_time: 2021-01-01T12:30:00Z, _value: 2}, {_time: 2021-01-01T18:00:00Z, _value: 3}])
//     |> hourSelection(start: 9, stop: 17)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
hourSelection = (
    tables=<-,
    start,
    stop,
    location=location,
    timeColumn="_time",
) =>
    tables
        |> _hourSelection(start, stop, location, timeColumn)

// stateTracking counts the consecutive rows for which `fn` is true (`countColumn`) and
// how long they have lasted (`durationColumn`, in `durationUnit`s from the first of
// them); both are -1 on a row where `fn` is false.
//
// ## Parameters
// - fn: the predicate defining the state.
// - countColumn: the column receiving the count (none when absent).
// - durationColumn: the column receiving the duration (none when absent).
// - durationUnit: the unit of the duration, `1s` by default.
// - timeColumn: the time column, `"_time"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1}, {_time: 2021-01-01T00:00:10Z, _value: 5}, {_time: 2021-01-01T00:00:20Z, _value: 6}])
//     |> stateTracking(fn: (r) => r._value > 2, countColumn: "n", durationColumn: "d")
//     |> findColumn(fn: (key) => true, column: "d")
// // => [-1, 0, 10]
// ```
builtin stateTracking : (
        <-tables: stream[A],
        fn: (r: A) => bool,
        ?countColumn: string,
        ?durationColumn: string,
        ?durationUnit: duration,
        ?timeColumn: string,
    ) => stream[B]
    where
    A: Record,
    B: Record

// stateCount adds a column counting the consecutive rows for which `fn` is true (-1 when
// it is false).
//
// ## Parameters
// - fn: the predicate defining the state.
// - column: the column receiving the count, `"stateCount"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 3}, {_time: 2021-01-01T00:00:10Z, _value: 5}, {_time: 2021-01-01T00:00:20Z, _value: 1}])
//     |> stateCount(fn: (r) => r._value > 2)
//     |> findColumn(fn: (key) => true, column: "stateCount")
// // => [1, 2, -1]
// ```
stateCount = (fn, column="stateCount", tables=<-) =>
    tables
        |> stateTracking(countColumn: column, fn: fn)

// stateDuration adds a column with how long `fn` has been true, in `unit`s from the
// first row of the state (-1 when it is false).
//
// ## Parameters
// - fn: the predicate defining the state.
// - column: the column receiving the duration, `"stateDuration"` by default.
// - timeColumn: the time column, `"_time"` by default.
// - unit: the unit of the duration, `1s` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 3}, {_time: 2021-01-01T00:01:00Z, _value: 5}, {_time: 2021-01-01T00:02:00Z, _value: 1}])
//     |> stateDuration(fn: (r) => r._value > 2, unit: 1m)
//     |> findColumn(fn: (key) => true, column: "stateDuration")
// // => [0, 1, -1]
// ```
stateDuration = (
    fn,
    column="stateDuration",
    timeColumn="_time",
    unit=1s,
    tables=<-,
) =>
    tables
        |> stateTracking(durationColumn: column, timeColumn: timeColumn, fn: fn, durationUnit: unit)

// integral computes the area under a column over time, per table (the trapezoid rule),
// in `unit`s of time: one row with the key columns and the area. The tables must have
// `_start` and `_stop` in their key.
//
// ## Parameters
// - unit: the time unit of the area, `1s` by default.
// - timeColumn: the time column, `"_time"` by default.
// - column: the column integrated, `"_value"` by default.
// - interpolate: `"linear"` extends the first and last segments to `_start` and `_stop`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:00:10Z, _value: 3.0}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z)
//     |> integral(unit: 1s)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [20]
// ```
builtin integral : (
        <-tables: stream[A],
        ?unit: duration,
        ?timeColumn: string,
        ?column: string,
        ?interpolate: string,
    ) => stream[B]
    where
    A: Record,
    B: Record

// timeWeightedAvg is the average of `_value` weighted by how long each value lasts
// (the linearly interpolated integral divided by the length of `[_start, _stop)`).
//
// ## Parameters
// - unit: the time unit of the integral.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 2.0}, {_time: 2021-01-01T00:00:30Z, _value: 2.0}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:01:00Z)
//     |> timeWeightedAvg(unit: 1s)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
timeWeightedAvg = (tables=<-, unit) =>
    tables
        |> integral(unit: unit, interpolate: "linear")
        |> map(
            fn: (r) =>
                ({r with _value:
                        r._value * float(v: uint(v: unit)) / float(
                                v: int(v: r._stop) - int(v: r._start),
                            ),
                }),
        )

// timedMovingAverage is the mean of `column` over windows of `period` every `every`,
// each stamped with its window's stop in `_time`.
//
// ## Parameters
// - every: the distance between windows.
// - period: the window length.
// - column: the averaged column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:01:00Z, _value: 3.0}])
//     |> range(start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:02:00Z)
//     |> timedMovingAverage(every: 1m, period: 2m)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1, 2, 3]
// ```
timedMovingAverage = (every, period, column="_value", tables=<-) =>
    tables
        |> window(every: every, period: period)
        |> mean(column: column)
        |> duplicate(column: "_stop", as: "_time")
        |> window(every: inf)
        |> _aggregateWindowColumns(fn: mean, timeSrc: "_stop", timeDst: "_time")

// skew returns the skewness of the non-null values of a column, per table.
//
// ## Parameters
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 6.0}])
//     |> skew()
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [0.5951700641394974]
// ```
builtin skew : (<-tables: stream[A], ?column: string) => stream[B] where A: Record, B: Record

// covariance returns the sample covariance of two float columns over the rows where both
// are set (Pearson's correlation coefficient with `pearsonr`), per table.
//
// ## Parameters
// - pearsonr: return Pearson's r instead of the covariance.
// - valueDst: the output column, `"_value"` by default.
// - columns: the two columns.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{x: 1.0, y: 2.0}, {x: 2.0, y: 4.0}, {x: 3.0, y: 6.0}])
//     |> covariance(columns: ["x", "y"])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2]
// ```
builtin covariance : (
        <-tables: stream[A],
        ?pearsonr: bool,
        ?valueDst: string,
        columns: [string],
    ) => stream[B]
    where
    A: Record,
    B: Record

// histogram counts the values of a float column at or below each bin's upper bound
// (cumulatively), one row per bin with the bound in `upperBoundColumn`.
//
// ## Parameters
// - column: the column counted, `"_value"` by default.
// - upperBoundColumn: the column for the bins' upper bounds, `"le"` by default.
// - countColumn: the column for the counts, `"_value"` by default.
// - bins: the bins' upper bounds (see `linearBins` and `logarithmicBins`).
// - normalize: divide the counts by the number of values.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.5}, {_value: 4.0}])
//     |> histogram(bins: [2.0, 4.0, 6.0])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1, 3, 3]
// ```
builtin histogram : (
        <-tables: stream[A],
        ?column: string,
        ?upperBoundColumn: string,
        ?countColumn: string,
        bins: [float],
        ?normalize: bool,
    ) => stream[B]
    where
    A: Record,
    B: Record

// histogramQuantile returns a quantile of a cumulative histogram (as `histogram` makes
// it), interpolating linearly within the bin it falls in.
//
// ## Parameters
// - quantile: the quantile, 0.0 to 1.0.
// - countColumn: the cumulative counts, `"_value"` by default.
// - upperBoundColumn: the bins' upper bounds, `"le"` by default.
// - valueColumn: the output column, `"_value"` by default.
// - minValue: the lower bound of the first bin, 0.0 by default.
// - onNonmonotonic: what decreasing counts do: `"error"` (default), `"force"` or `"drop"`.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{le: 1.0, _value: 2.0}, {le: 2.0, _value: 4.0}])
//     |> histogramQuantile(quantile: 0.75)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1.5]
// ```
builtin histogramQuantile : (
        <-tables: stream[A],
        ?quantile: float,
        ?countColumn: string,
        ?upperBoundColumn: string,
        ?valueColumn: string,
        ?minValue: float,
        ?onNonmonotonic: string,
    ) => stream[B]
    where
    A: Record,
    B: Record

// sample keeps every `n`-th row of each table, from row `pos` (random when not given).
//
// ## Parameters
// - n: the distance between the rows kept.
// - pos: the first row kept (0 to n-1); random by default.
// - column: a column the rows must have, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 2}, {_value: 3}, {_value: 4}, {_value: 5}])
//     |> sample(n: 2, pos: 0)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1, 3, 5]
// ```
builtin sample : (<-tables: stream[A], n: int, ?pos: int, ?column: string) => stream[A]
    where
    A: Record

// exponentialMovingAverage replaces `_value` with its exponential moving average over
// `n` values (weight `2 / (n + 1)`), from the `n`-th row on; nulls repeat the previous
// average.
//
// ## Parameters
// - n: the number of values averaged.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 3.0}, {_value: 6.0}])
//     |> exponentialMovingAverage(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2, 4.666666666666667]
// ```
builtin exponentialMovingAverage : (
        <-tables: stream[{B with _value: A}],
        n: int,
    ) => stream[{B with _value: A}]
    where
    A: Numeric

// doubleEMA is the double exponential moving average of `_value`:
// `2 * EMA(n) - EMA(EMA(n))`.
//
// ## Parameters
// - n: the number of values averaged.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 3.0}, {_value: 6.0}])
//     |> doubleEMA(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [6]
// ```
doubleEMA = (n, tables=<-) =>
    tables
        |> exponentialMovingAverage(n: n)
        |> duplicate(column: "_value", as: "__ema")
        |> exponentialMovingAverage(n: n)
        |> map(fn: (r) => ({r with _value: 2.0 * r.__ema - r._value}))
        |> drop(columns: ["__ema"])

// tripleEMA is the triple exponential moving average of `_value`:
// `3 * EMA - 3 * EMA(EMA) + EMA(EMA(EMA))`.
//
// ## Parameters
// - n: the number of values averaged.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 3.0}, {_value: 6.0}, {_value: 10.0}])
//     |> tripleEMA(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [9.851851851851848]
// ```
tripleEMA = (n, tables=<-) =>
    tables
        |> exponentialMovingAverage(n: n)
        |> duplicate(column: "_value", as: "__ema1")
        |> exponentialMovingAverage(n: n)
        |> duplicate(column: "_value", as: "__ema2")
        |> exponentialMovingAverage(n: n)
        |> map(fn: (r) => ({r with _value: 3.0 * r.__ema1 - 3.0 * r.__ema2 + r._value}))
        |> drop(columns: ["__ema1", "__ema2"])

// tripleExponentialDerivative (TRIX) is the percentage change of the triple-smoothed
// exponential moving average of `_value`.
//
// ## Parameters
// - n: the number of values averaged.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 4.0}, {_value: 8.0}, {_value: 16.0}])
//     |> tripleExponentialDerivative(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [118.03461753210497]
// ```
builtin tripleExponentialDerivative : (
        <-tables: stream[{B with _value: A}],
        n: int,
    ) => stream[{B with _value: float}]
    where
    A: Numeric,
    B: Record

// chandeMomentumOscillator replaces each listed column with Chande's momentum
// oscillator over its last `n` changes, from row `n` on.
//
// ## Parameters
// - n: the number of changes considered.
// - columns: the columns, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 1.5}, {_value: 3.0}])
//     |> chandeMomentumOscillator(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [33.333333333333336, 50]
// ```
builtin chandeMomentumOscillator : (<-tables: stream[A], n: int, ?columns: [string]) => stream[B]
    where
    A: Record,
    B: Record

// relativeStrengthIndex replaces each listed column with its relative strength index
// over `n` values, from row `n` on.
//
// ## Parameters
// - n: the number of values considered.
// - columns: the columns, `["_value"]` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 1.5}, {_value: 3.0}])
//     |> relativeStrengthIndex(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [66.66666666666666, 88.88888888888889]
// ```
builtin relativeStrengthIndex : (<-tables: stream[A], n: int, ?columns: [string]) => stream[B]
    where
    A: Record,
    B: Record

// kaufmansAMA replaces a column with Kaufman's adaptive moving average over `n` values,
// from row `n` on.
//
// ## Parameters
// - n: the number of values considered.
// - column: the column, `"_value"` by default.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 3.0}, {_value: 4.0}])
//     |> kaufmansAMA(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [2.4444444444444446, 3.1358024691358026]
// ```
builtin kaufmansAMA : (<-tables: stream[A], n: int, ?column: string) => stream[B]
    where
    A: Record,
    B: Record

// kaufmansER is Kaufman's efficiency ratio: the absolute Chande momentum oscillator of
// `_value` over `n` changes, divided by 100.
//
// ## Parameters
// - n: the number of changes considered.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1.0}, {_value: 2.0}, {_value: 1.5}, {_value: 3.0}])
//     |> kaufmansER(n: 2)
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [0.33333333333333337, 0.5]
// ```
kaufmansER = (n, tables=<-) => {
    hundred = 100.0

    // Go's divides `math.abs(x: r._value)`, a call, so its `map` sorts the columns; the
    // captured `hundred` does the same here (see `map`).
    return
        tables
            |> chandeMomentumOscillator(n: n)
            |> map(fn: (r) => ({r with _value: (if r._value < 0.0 then -r._value else r._value) / hundred}))
}

// holtWinters forecasts `n` values of a column with the Holt-Winters method (its
// parameters fitted by Nelder-Mead), after bucketing the rows by `interval`: per table,
// the key columns, `_time` and `_value` of each forecast value.
//
// ## Parameters
// - n: how many values to forecast.
// - interval: the bucket width and the distance between forecast times.
// - withFit: also output the fitted values, from the first time on.
// - column: the column forecast, `"_value"` by default.
// - timeColumn: the time column, `"_time"` by default.
// - seasonality: the number of buckets in a season (0: no seasons).
// - withMinSSE: add a `minSSE` column with the fit's sum of squared errors.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:01:00Z, _value: 2.0}, {_time: 2021-01-01T00:02:00Z, _value: 3.0}])
//     |> holtWinters(n: 2, interval: 1m)
//     |> findColumn(fn: (key) => true, column: "_time")
// // => [2021-01-01T00:03:00.000000000Z, 2021-01-01T00:04:00.000000000Z]
// ```
builtin holtWinters : (
        <-tables: stream[A],
        n: int,
        interval: duration,
        ?withFit: bool,
        ?column: string,
        ?timeColumn: string,
        ?seasonality: int,
        ?withMinSSE: bool,
    ) => stream[B]
    where
    A: Record,
    B: Record

// reduce folds the rows of each table into one record with `fn`, starting from `identity`.
//
// Each table gives one row: its group key columns, then the record's properties in
// label order. A property named as a key column replaces that key value; two tables
// reduced to the same key are an error, and so is a null property.
//
// ## Parameters
// - fn: the reducer, called with the row `r` and the record so far, `accumulator`.
// - identity: the first accumulator; its values set the output column types.
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_value: 1}, {_value: 2}, {_value: 4}])
//     |> reduce(fn: (r, accumulator) => ({total: accumulator.total + r._value}), identity: {total: 0})
//     |> findColumn(fn: (key) => true, column: "total")
// // => [7]
// ```
builtin reduce : (<-tables: stream[A], fn: (r: A, accumulator: B) => B, identity: B) => stream[C]
    where
    A: Record,
    B: Record,
    C: Record

// join joins the two streams of the record `tables` on the columns `on` (deprecated: use
// the `join` package).
//
// Rows of tables whose keys agree are paired where their `on` columns are equal. Columns
// present in both streams and not in `on` are renamed `<column>_<name>` after the stream's
// name in `tables`; output columns are sorted by label.
//
// ## Parameters
// - tables: a record of two named streams.
// - on: the columns to join on.
// - method: the join method; only `"inner"`.
//
// ## Examples
//
// ```
// import "array"
//
// a = array.from(rows: [{id: 1, v: 10}, {id: 2, v: 20}])
// b = array.from(rows: [{id: 2, v: 200}])
// join(tables: {a: a, b: b}, on: ["id"])
//     |> findColumn(fn: (key) => true, column: "v_b")
// // => [200]
// ```
builtin join : (<-tables: A, ?method: string, ?on: [string]) => stream[B] where A: Record, B: Record

// cov is the covariance of two streams joined on the columns `on` (their `_value`s).
//
// ## Parameters
// - x: the first stream.
// - y: the second stream.
// - on: the columns to join on.
// - pearsonr: normalize the result to Pearson's r (default false).
//
// ## Examples
//
// ```
// import "array"
//
// x = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:00:10Z, _value: 2.0}, {_time: 2021-01-01T00:00:20Z, _value: 4.0}])
// y = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 2.0}, {_time: 2021-01-01T00:00:10Z, _value: 4.0}, {_time: 2021-01-01T00:00:20Z, _value: 8.0}])
//
// cov(x: x, y: y, on: ["_time"])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [4.666666666666666]
// ```
cov = (x, y, on, pearsonr=false) =>
    join(tables: {x: x, y: y}, on: on)
        |> covariance(pearsonr: pearsonr, columns: ["_value_x", "_value_y"])

// pearsonr is Pearson's correlation coefficient of two streams joined on the columns `on`.
//
// ## Parameters
// - x: the first stream.
// - y: the second stream.
// - on: the columns to join on.
//
// ## Examples
//
// ```
// import "array"
//
// x = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.0}, {_time: 2021-01-01T00:00:10Z, _value: 2.0}, {_time: 2021-01-01T00:00:20Z, _value: 4.0}])
// y = array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 2.0}, {_time: 2021-01-01T00:00:10Z, _value: 4.0}, {_time: 2021-01-01T00:00:20Z, _value: 8.0}])
//
// pearsonr(x: x, y: y, on: ["_time"])
//     |> findColumn(fn: (key) => true, column: "_value")
// // => [1]
// ```
pearsonr = (x, y, on) => cov(x: x, y: y, on: on, pearsonr: true)
