// Package record reads records whose properties are only known when the script
// runs.
//
// ## Examples
//
// ```
// import "experimental/record"
//
// tags = {host: "web1"}
// record.get(r: tags, key: "region", default: "unknown")
// // => unknown
// ```
package record


// any is the empty record, with a type that matches any record: a starting value
// for a record that is filled in later.
//
// ## Examples
//
// ```
// import "experimental/record"
//
// base = record.any
//
// {base with host: "web1"}
// // => {host: web1}
// ```
builtin any : A where A: Record

// get returns the property `key` of a record, or `default` when the record has no
// such property.
//
// ## Parameters
// - r: the record.
// - key: the property's name.
// - default: what to return when the property is missing.
//
// ## Examples
//
// ```
// import "experimental/record"
//
// record.get(r: {cpu: 0.5, mem: 0.25}, key: "mem", default: 0.0)
// // => 0.25
// ```
builtin get : (r: A, key: string, default: B) => B where A: Record
