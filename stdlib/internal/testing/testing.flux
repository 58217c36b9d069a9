// Package testing (internal/testing) holds assertions Flux's own testcases use beside the
// `testing` package: an error with a code, a regular expression match.
package testing


import "array"
import "experimental"
import "regexp"
import "testing"

// shouldErrorWithCode calls `fn` and checks that it fails with a message matching `want`
// and the error code `code`.
//
// ## Parameters
// - fn: a function without parameters that should fail.
// - want: a regular expression the error message must match.
// - code: the Flux error code the failure must have (3 for an invalid operation).
//
// ## Examples
//
// ```
// import internalTesting "internal/testing"
//
// internalTesting.shouldErrorWithCode(fn: () => die(msg: "boom"), want: /boom/, code: uint(v: 3))
// ```
shouldErrorWithCode = (fn, want, code) => {
    got = experimental.catch(fn)

    return
        if exists got.msg then
            testing.diff(
                got: array.from(rows: [{code: got.code, match: got.msg =~ want}]),
                want: array.from(rows: [{code: code, match: true}]),
            )
        else
            die(msg: "shouldErrorWithCode expected an error")
}

// assertMatches fails unless `got` matches the regular expression `want`.
//
// ## Parameters
// - got: the text to check.
// - want: the regular expression it must match.
//
// ## Examples
//
// ```
// import internalTesting "internal/testing"
//
// internalTesting.assertMatches(got: "44444", want: /4+/)
// ```
//
// ```
// import internalTesting "internal/testing"
//
// internalTesting.assertMatches(got: "", want: /4+/)
// // error: Regex `4+` does not match ``
// ```
assertMatches = (got, want) => {
    return
        if got =~ want then
            testing.assertEqualValues(got: "", want: "")
        else
            die(msg: "Regex `${regexp.getString(r: want)}` does not match `${got}`")
}
