// Package csv reads CSV data into tables.
package csv


// from reads annotated CSV (the format InfluxDB's query API returns) into a stream of
// tables; with `mode: "raw"` it reads plain CSV whose first row is the header, every
// column a string. Give exactly one of `csv` and `file`.
//
// ## Parameters
// - csv: the CSV text.
// - file: the path of a file holding the CSV text.
// - mode: `"annotations"` (the default) or `"raw"`.
//
// ## Examples
//
// ```
// import "csv"
//
// csv.from(csv: "a,b\n1,2\n", mode: "raw")
// // => <stream>
// ```
builtin from : (?csv: string, ?file: string, ?mode: string) => stream[A] where A: Record
