package pass_test


import "array"
import "csv"
import "generate"
import "internal/debug"
import "sampledata"
import "testing"

option now = () => 2030-01-01T00:00:00Z

want = array.from(rows: [{_value: 1.5, tag: "a"}, {_value: 2.0, tag: "b"}])

testcase equal_streams {
    got = array.from(rows: [{_value: 1.5, tag: "a"}, {_value: 2.0000001, tag: "b"}])

    testing.diff(got: got, want: want)
}

testcase equal_values {
    testing.assertEqualValues(got: now(), want: 2030-01-01T00:00:00Z)
}

testcase expected_error {
    testing.shouldError(fn: () => die(msg: "out of range"), want: /out of range$/)
}

testcase passed_through {
    want |> debug.pass() |> testing.assertEquals(name: "pass", want: want)
}

testcase sample_data {
    got = sampledata.int(includeNull: true) |> debug.opaque()

    testing.diff(got: got, want: sampledata.int(includeNull: true))
}

testcase generated {
    got = generate.from(count: 2, fn: (n) => n * 10, start: 2021-01-01T00:00:00Z, stop: 2021-01-01T00:00:20Z)
    expected =
        csv.from(
            csv:
                "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,long
#group,false,false,true,true,false,false
#default,_result,,,,,
,result,table,_start,_stop,_time,_value
,,0,2021-01-01T00:00:00Z,2021-01-01T00:00:20Z,2021-01-01T00:00:00Z,0
,,0,2021-01-01T00:00:00Z,2021-01-01T00:00:20Z,2021-01-01T00:00:10Z,10
",
        )

    testing.diff(got: got, want: expected)
}

testcase options_reach_natives {
    option debug.vectorize = true

    testing.assertEqualValues(got: debug.getOption(pkg: "internal/debug", name: "vectorize"), want: true)

    got = generate.from(count: 1, fn: (n) => n, start: -1m, stop: 0s)
    expected =
        csv.from(
            csv:
                "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,long
#group,false,false,true,true,false,false
#default,_result,,,,,
,result,table,_start,_stop,_time,_value
,,0,2029-12-31T23:59:00Z,2030-01-01T00:00:00Z,2029-12-31T23:59:00Z,0
",
        )

    testing.diff(got: got, want: expected)
}

testcase tagged {
    option testing.tags = ["slow"]

    die(msg: "runs only with --tags slow")
}
