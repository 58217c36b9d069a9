package fail_test


import "array"
import "testing"

testcase rows_differ {
    got = array.from(rows: [{_value: 1, tag: "a"}, {_value: 2, tag: "b"}, {_value: 3, tag: "c"}])
    want = array.from(rows: [{_value: 1, tag: "a"}, {_value: 5, tag: "b"}, {_value: 3, tag: "c"}])

    testing.diff(got: got, want: want)
}

testcase fails_at_run_time {
    die(msg: "boom")
}

testcase wrong_error {
    testing.shouldError(fn: () => die(msg: "boom"), want: /bang/)
}
