package example_test

import "testing"

testcase addition {
    got = 1 + 1
    testing.assertEqualValues(got: got, want: 2)
}

testcase extended extends "example_test.addition" {
    super()
}
