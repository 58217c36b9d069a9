// Package runtime describes the Flux implementation that runs the script.
//
// ## Examples
//
// ```
// import "runtime"
// import "strings"
//
// strings.hasPrefix(v: runtime.version(), prefix: "v")
// // => true
// ```
package runtime

// version returns the version of flux-rs running the script, such as `v0.1.0`
// (Go Flux returns its own version here).
//
// ## Examples
//
// ```
// import "runtime"
//
// runtime.version() != ""
// // => true
// ```
builtin version : () => string
