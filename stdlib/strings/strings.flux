// Package strings searches, splits, trims and transforms strings, with the results
// of Go's `strings` package (and its Unicode tables) byte for byte.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.joinStr(arr: strings.split(v: "cpu,mem,disk", t: ","), v: " | ")
// // => cpu | mem | disk
// ```
package strings

// title puts the first letter of each word in `v` in title case. A word starts after
// anything that is not a letter, a digit or `_` (Go's `strings.Title` rules, so `o'neil`
// becomes `O'Neil`).
//
// ## Examples
//
// ```
// import "strings"
//
// strings.title(v: "hello world o'neil")
// // => Hello World O'Neil
// ```
builtin title : (v: string) => string

// toUpper maps every character of `v` to upper case, one character to one
// (`ß` has no single upper-case form and stays `ß`).
//
// ## Examples
//
// ```
// import "strings"
//
// strings.toUpper(v: "straße")
// // => STRAßE
// ```
builtin toUpper : (v: string) => string

// toLower maps every character of `v` to lower case, one character to one.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.toLower(v: "Hello ΣΑΣ")
// // => hello σασ
// ```
builtin toLower : (v: string) => string

// trim removes from both ends of `v` every character that appears in `cutset`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trim(v: ".abc.", cutset: ".")
// // => abc
// ```
builtin trim : (v: string, cutset: string) => string

// trimPrefix removes `prefix` once from the start of `v`, if `v` starts with it.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trimPrefix(v: "_value", prefix: "_")
// // => value
// ```
builtin trimPrefix : (v: string, prefix: string) => string

// trimSpace removes Unicode white space from both ends of `v`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trimSpace(v: "  \t hi \n")
// // => hi
// ```
builtin trimSpace : (v: string) => string

// trimSuffix removes `suffix` once from the end of `v`, if `v` ends with it.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trimSuffix(v: "temp_c", suffix: "_c")
// // => temp
// ```
builtin trimSuffix : (v: string, suffix: string) => string

// trimRight removes from the end of `v` every character that appears in `cutset`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trimRight(v: "abc...!", cutset: ".!")
// // => abc
// ```
builtin trimRight : (v: string, cutset: string) => string

// trimLeft removes from the start of `v` every character that appears in `cutset`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.trimLeft(v: "000123", cutset: "0")
// // => 123
// ```
builtin trimLeft : (v: string, cutset: string) => string

// toTitle maps every character of `v` to its title-case form, which differs from upper
// case only for a few digraphs such as `ǆ`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.toTitle(v: "ǆemal")
// // => ǅEMAL
// ```
builtin toTitle : (v: string) => string

// hasPrefix reports whether `v` starts with `prefix`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.hasPrefix(v: "go gopher", prefix: "go")
// // => true
// ```
builtin hasPrefix : (v: string, prefix: string) => bool

// hasSuffix reports whether `v` ends with `suffix`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.hasSuffix(v: "file.csv", suffix: ".csv")
// // => true
// ```
builtin hasSuffix : (v: string, suffix: string) => bool

// containsStr reports whether `substr` occurs in `v`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.containsStr(v: "seafood", substr: "foo")
// // => true
// ```
builtin containsStr : (v: string, substr: string) => bool

// containsAny reports whether any character of `chars` occurs in `v`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.containsAny(v: "failure", chars: "ui")
// // => true
// ```
builtin containsAny : (v: string, chars: string) => bool

// equalFold reports whether `v` and `t` are equal when case is ignored (Unicode simple
// case folding).
//
// ## Examples
//
// ```
// import "strings"
//
// strings.equalFold(v: "Go", t: "GO")
// // => true
// ```
builtin equalFold : (v: string, t: string) => bool

// compare orders `v` and `t` byte by byte: -1 when `v` comes first, 0 when equal, 1 after.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.compare(v: "a", t: "b")
// // => -1
// ```
builtin compare : (v: string, t: string) => int

// countStr counts the non-overlapping occurrences of `substr` in `v`. An empty `substr`
// matches around every character, so the count is the number of characters plus one.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.countStr(v: "cheese", substr: "e")
// // => 3
// strings.countStr(v: "five", substr: "")
// // => 5
// ```
builtin countStr : (v: string, substr: string) => int

// index returns the byte offset of the first `substr` in `v`, or -1.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.index(v: "chicken", substr: "ken")
// // => 4
// strings.index(v: "日本語", substr: "語")
// // => 6
// ```
builtin index : (v: string, substr: string) => int

// indexAny returns the byte offset of the first character of `v` that is in `chars`, or -1.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.indexAny(v: "golang", chars: "ny")
// // => 4
// ```
builtin indexAny : (v: string, chars: string) => int

// lastIndex returns the byte offset of the last `substr` in `v`, or -1.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.lastIndex(v: "go gopher", substr: "go")
// // => 3
// ```
builtin lastIndex : (v: string, substr: string) => int

// lastIndexAny returns the byte offset of the last character of `v` that is in `chars`, or -1.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.lastIndexAny(v: "go gopher", chars: "go")
// // => 4
// ```
builtin lastIndexAny : (v: string, chars: string) => int

// isDigit reports whether `v`, which must be a single byte, is a digit `0`-`9`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.isDigit(v: "7")
// // => true
// ```
builtin isDigit : (v: string) => bool

// isLetter reports whether `v`, which must be a single byte, is an ASCII letter.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.isLetter(v: "a")
// // => true
// ```
builtin isLetter : (v: string) => bool

// isLower reports whether `v`, which must be a single byte, is a lower-case letter.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.isLower(v: "a")
// // => true
// ```
builtin isLower : (v: string) => bool

// isUpper reports whether `v`, which must be a single byte, is an upper-case letter.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.isUpper(v: "a")
// // => false
// ```
builtin isUpper : (v: string) => bool

// repeat returns `v` written `i` times; a negative `i` is an error.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.repeat(v: "ab", i: 3)
// // => ababab
// ```
builtin repeat : (v: string, i: int) => string

// replace replaces the first `i` non-overlapping occurrences of `t` in `v` with `u`
// (all of them when `i` is negative).
//
// ## Examples
//
// ```
// import "strings"
//
// strings.replace(v: "oink oink oink", t: "k", u: "ky", i: 2)
// // => oinky oinky oink
// ```
builtin replace : (v: string, t: string, u: string, i: int) => string

// replaceAll replaces every non-overlapping occurrence of `t` in `v` with `u`.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.replaceAll(v: "oink oink", t: "oink", u: "moo")
// // => moo moo
// ```
builtin replaceAll : (v: string, t: string, u: string) => string

// split cuts `v` at every `t`; an empty `t` splits it into single characters.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.split(v: "a,b,c", t: ",")
// // => [a, b, c]
// ```
builtin split : (v: string, t: string) => [string]

// splitAfter cuts `v` after every `t`, which each piece keeps.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.splitAfter(v: "a.b.c", t: ".")
// // => [a., b., c]
// ```
builtin splitAfter : (v: string, t: string) => [string]

// splitN cuts `v` at `t` into at most `i` pieces, the last holding the rest
// (all pieces when `i` is negative, none when it is 0).
//
// ## Examples
//
// ```
// import "strings"
//
// strings.splitN(v: "a-b-c", t: "-", i: 2)
// // => [a, b-c]
// ```
builtin splitN : (v: string, t: string, i: int) => [string]

// splitAfterN cuts `v` after `t` into at most `i` pieces, as `splitN` does.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.splitAfterN(v: "a-b-c", t: "-", i: 2)
// // => [a-, b-c]
// ```
builtin splitAfterN : (v: string, t: string, i: int) => [string]

// joinStr joins the strings of `arr` with `v` between each two.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.joinStr(arr: ["a", "b", "c"], v: ", ")
// // => a, b, c
// ```
builtin joinStr : (arr: [string], v: string) => string

// strlen returns the number of characters (Unicode code points) in `v`, not bytes.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.strlen(v: "日本語")
// // => 3
// ```
builtin strlen : (v: string) => int

// substring returns the characters of `v` from `start` up to, not including, `end`,
// counted in code points. `start` is clamped to the string and `end` to `start`..length,
// so out-of-range bounds never fail.
//
// ## Examples
//
// ```
// import "strings"
//
// strings.substring(v: "influx", start: 0, end: 3)
// // => inf
// strings.substring(v: "日本語", start: 1, end: 10)
// // => 本語
// ```
builtin substring : (v: string, start: int, end: int) => string
