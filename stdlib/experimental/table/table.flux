// Package table holds experimental functions on whole tables.
package table


// fill gives every empty table one row: the group key's values, null elsewhere.
//
// ## Parameters
// - tables: the input stream.
//
// ## Examples
//
// ```
// import "array"
// import "experimental/table"
//
// array.from(rows: [{host: "a", v: 1}])
//     |> group(columns: ["host"])
//     |> filter(fn: (r) => r.v > 5, onEmpty: "keep")
//     |> table.fill()
//     |> findColumn(fn: (key) => true, column: "host")
// // => [a]
// ```
builtin fill : (<-tables: stream[A]) => stream[A] where A: Record
