// Package dict builds and updates dictionaries: maps from keys of one comparable
// type to values of one type, always kept in ascending key order.
//
// ## Examples
//
// ```
// import "dict"
//
// codes = dict.fromList(pairs: [{key: 200, value: "ok"}, {key: 404, value: "not found"}])
// dict.get(dict: codes, key: 404, default: "unknown")
// // => not found
// ```
package dict


// fromList makes a dictionary from an array of `{key, value}` records.
// When a key appears more than once, its last value wins.
//
// ## Parameters
// - pairs: records with a `key` and a `value` property.
//
// ## Examples
//
// ```
// import "dict"
//
// dict.fromList(pairs: [{key: "b", value: 2}, {key: "a", value: 1}])
// // => [a: 1, b: 2]
// ```
builtin fromList : (pairs: [{key: K, value: V}]) => [K:V] where K: Comparable

// get returns the value stored under `key`, or `default` when the key is absent.
//
// ## Parameters
// - dict: the dictionary to look in.
// - key: the key to find.
// - default: what to return when `key` is not in the dictionary.
//
// ## Examples
//
// ```
// import "dict"
//
// dict.get(dict: ["a": 1], key: "z", default: 0)
// // => 0
// ```
builtin get : (dict: [K:V], key: K, default: V) => V where K: Comparable

// insert returns a copy of the dictionary with `key` set to `value`,
// replacing any value the key had.
//
// ## Parameters
// - dict: the dictionary to copy.
// - key: the key to set.
// - value: its new value.
//
// ## Examples
//
// ```
// import "dict"
//
// dict.insert(dict: [1: "one"], key: 2, value: "two")
// // => [1: one, 2: two]
// ```
builtin insert : (dict: [K:V], key: K, value: V) => [K:V] where K: Comparable

// remove returns a copy of the dictionary without `key`.
// Removing a key that is not there returns the dictionary unchanged.
//
// ## Parameters
// - dict: the dictionary to copy.
// - key: the key to leave out.
//
// ## Examples
//
// ```
// import "dict"
//
// dict.remove(dict: [1: "one", 2: "two"], key: 1)
// // => [2: two]
// ```
builtin remove : (dict: [K:V], key: K) => [K:V] where K: Comparable
