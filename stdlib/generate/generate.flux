// Package generate makes tables of generated data.
package generate


// from makes one table of `count` rows with times evenly spaced from `start` (included)
// towards `stop` (excluded); the value of row `n` (counting from 0) is `fn(n: n)`. The
// table's group key is `_start` and `_stop`; `start` and `stop` may be durations, counted
// from `now()` (the script's `option now`, if it sets one).
//
// ## Parameters
// - start: the first row's time.
// - stop: the end of the time range.
// - count: the number of rows.
// - fn: the value of row `n`.
//
// ## Examples
//
// ```
// import "generate"
//
// generate.from(count: 3, fn: (n) => n * n, start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:00:30Z)
// // => <stream>
// ```
builtin from : (
        start: A,
        stop: A,
        count: int,
        fn: (n: int) => int,
    ) => stream[{_start: time, _stop: time, _time: time, _value: int}]
    where
    A: Timeable
