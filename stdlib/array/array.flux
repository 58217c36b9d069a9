// Package array works with arrays; `array.from` turns an array of records into a table.
package array


// from makes a stream of one table from an array of records: one column per record
// property (in label order), one row per record. Every record must give a property
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
