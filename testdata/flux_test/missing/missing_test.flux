package missing_test


import pkg "no/such/package"
import "testing"

testcase needs_a_package {
    testing.assertEqualValues(got: pkg.x, want: 1)
}
