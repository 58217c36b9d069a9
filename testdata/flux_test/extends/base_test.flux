package base_test


import "array"
import "testing"

rows = [{_value: 1}]

testcase base {
    option x = 1

    testing.diff(got: array.from(rows: [{_value: x}]), want: array.from(rows: rows))
}
