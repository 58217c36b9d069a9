// A typical query: pipes, named arguments, a function literal.
from(bucket: "telegraf/autogen")
    |> range(start: -1h, stop: now())
    |> filter(fn: (r) => r._measurement == "cpu" and r._field == "usage_idle")
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> yield(name: "mean")
