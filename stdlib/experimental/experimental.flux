// Package experimental holds functions that may change or move to another package.
// Here: its functions on values (its table functions are not provided yet).
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
