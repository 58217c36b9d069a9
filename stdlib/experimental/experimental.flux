// Package experimental holds functions that may change or move to another package.
// Here: its functions on values (the table functions are not provided yet).
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
