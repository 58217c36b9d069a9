package base_test


import "testing"

testcase child extends "fixtures/base_test.base" {
    option y = 2

    super()

    testing.assertEqualValues(got: x + y, want: 3)
}

testcase orphan extends "fixtures/base_test.nowhere" {
    super()
}
