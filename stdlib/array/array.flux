// Package array works with arrays: join, transform and filter them, or turn an array
// of records into a table with `array.from`.
package array


// from makes a stream of one table from an array of records: one column per record
// property (in the first record's order), one row per record. Every record must give a property
// values of one type (or null); the table's group key is empty.
//
// ## Parameters
// - rows: the records, one per row.
//
// ## Examples
//
// ```
// import "array"
//
// array.from(rows: [{_time: 2021-01-01T00:00:00Z, _value: 1.5}, {_time: 2021-01-01T00:01:00Z, _value: 2.0}])
// // => <stream>
// ```
builtin from : (<-rows: [A]) => stream[A] where A: Record

// concat returns a new array: the elements of `arr` followed by the elements of `v`.
// Both arrays must hold elements of one type.
//
// ## Parameters
// - arr: the first elements (the piped-forward array by default).
// - v: the elements appended after them.
//
// ## Examples
//
// ```
// import "array"
//
// ["a", "b"] |> array.concat(v: ["c"])
// // => [a, b, c]
// ```
builtin concat : (<-arr: [A], v: [A]) => [A]

// map calls `fn` on each element of an array (passed as `x`) and returns an array
// of what it returned, in order.
//
// ## Parameters
// - arr: the elements (the piped-forward array by default).
// - fn: the function applied to each element; its parameter is `x`.
//
// ## Examples
//
// ```
// import "array"
//
// [1, 2, 3] |> array.map(fn: (x) => x * x)
// // => [1, 4, 9]
// ```
//
// The result may have another type than the input:
//
// ```
// import "array"
//
// array.map(arr: ["db1", "db2"], fn: (x) => ({host: x, port: 8086}))
// // => [{host: db1, port: 8086}, {host: db2, port: 8086}]
// ```
builtin map : (<-arr: [A], fn: (x: A) => B) => [B]

// filter keeps the elements of an array for which `fn` returns true, in order.
//
// ## Parameters
// - arr: the elements (the piped-forward array by default).
// - fn: the predicate, called with each element as `x`.
//
// ## Examples
//
// ```
// import "array"
//
// [5, 12, 7, 30] |> array.filter(fn: (x) => x >= 10)
// // => [12, 30]
// ```
builtin filter : (<-arr: [A], fn: (x: A) => bool) => [A]
