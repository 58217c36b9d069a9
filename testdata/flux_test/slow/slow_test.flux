package slow_test


import "generate"
import "testing"

testcase runs_too_long {
    // Every row calls back into Flux, which stops once the time limit has passed.
    generate.from(count: 1000000000, fn: (n) => n, start: 2021-01-01T00:00:00Z, stop: 2021-01-02T00:00:00Z)
        |> testing.assertEmpty()
}
