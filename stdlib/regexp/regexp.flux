// Package regexp matches, finds, replaces and splits with regular expressions in
// Go's RE2 syntax: `\d`, `\w`, `\s` and `\b` are ASCII, and `\xHH` in a regex literal
// is the byte HH, so several of them spell one UTF-8 character.
//
// ## Examples
//
// ```
// import "regexp"
//
// "日本語" =~ /^\xe6\x97\xa5/
// // => true
// regexp.replaceAllString(r: /\d+/, v: "a1b22", t: "#")
// // => a#b#
// ```
package regexp

// compile parses `v` as a regular expression in Go's RE2 syntax.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.matchRegexpString(r: regexp.compile(v: "^a+$"), v: "aaa")
// // => true
// ```
builtin compile : (v: string) => regexp

// quoteMeta escapes every regular-expression metacharacter in `v`, so the result
// matches `v` literally.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.quoteMeta(v: "Escaping $ is fun (1.5)")
// // => Escaping \$ is fun \(1\.5\)
// ```
builtin quoteMeta : (v: string) => string

// findString returns the leftmost match of `r` in `v`, or an empty string.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.findString(r: /go+/, v: "I love gooo!")
// // => gooo
// ```
builtin findString : (r: regexp, v: string) => string

// findStringIndex returns the start and end byte offsets of the leftmost match of `r`
// in `v`, or an empty array.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.findStringIndex(r: /ab?/, v: "tablet")
// // => [1, 3]
// ```
builtin findStringIndex : (r: regexp, v: string) => [int]

// matchRegexpString reports whether `r` matches anywhere in `v`.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.matchRegexpString(r: /(gopher){2}/, v: "gophergophergopher")
// // => true
// ```
builtin matchRegexpString : (r: regexp, v: string) => bool

// replaceAllString replaces every match of `r` in `v` with `t`, where `$1` or `${1}`
// stands for a numbered group, `$name` or `${name}` for a named one, and `$$` for `$`.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.replaceAllString(r: /(\w+)@(\w+)/, v: "joe@example", t: "$2:$1")
// // => example:joe
// ```
builtin replaceAllString : (r: regexp, v: string, t: string) => string

// splitRegexp cuts `v` at every match of `r` into at most `i` pieces (all when `i` is
// negative, none when it is 0).
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.splitRegexp(r: /\s*,\s*/, v: "a , b,c", i: -1)
// // => [a, b, c]
// ```
builtin splitRegexp : (r: regexp, v: string, i: int) => [string]

// getString returns the source text of `r`.
//
// ## Examples
//
// ```
// import "regexp"
//
// regexp.getString(r: /[a-z]+/)
// // => [a-z]+
// ```
builtin getString : (r: regexp) => string
