// Package expect states what the query planner should do with a test's query. flux-rs has
// no query planner, so an expectation is checked for its shape and otherwise has no effect.
package expect


// planner expects each planner rule named in `rules` to fire the given number of times.
// flux-rs runs queries without a planner: the expectation is accepted and not checked.
//
// ## Parameters
// - rules: rule names and how many times each should fire.
//
// ## Examples
//
// ```
// import "testing/expect"
//
// expect.planner(rules: ["PushDownRangeRule": 1])
// // => {}
// ```
builtin planner : (rules: [string:int]) => {}
