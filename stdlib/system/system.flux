// Package system reads the host's clock.
//
// ## Examples
//
// ```
// import "system"
//
// system.time() > 2020-01-01T00:00:00Z
// // => true
// ```
package system

// time returns the current time of the system clock. Unlike `now()`, a script's
// `option now` does not change it.
//
// ## Examples
//
// ```
// import "system"
//
// option now = () => 2000-01-01T00:00:00Z
//
// system.time() > now()
// // => true
// ```
builtin time : () => time
