// A tour of tables: the data sets of `sampledata` are small annotated streams, as InfluxDB
// returns them. Run it with `flux examples/tables.flux`; each yield prints a result.
import "sampledata"
import "join"

// Every series (one per tag value) as one table.
sampledata.float()
    |> filter(fn: (r) => r._value > 10.0)
    |> yield(name: "filtered")

// A mean per 20-second window, the window's stop stamped in `_time`.
sampledata.float()
    |> range(start: sampledata.start, stop: sampledata.stop)
    |> aggregateWindow(every: 20s, fn: mean)
    |> yield(name: "windowed")

// All series together, sorted, the two largest values.
sampledata.int()
    |> group()
    |> top(n: 2)
    |> yield(name: "top")

// Two data sets side by side: rows of the same tag and time joined into one.
join.inner(
    left: sampledata.int(),
    right: sampledata.float(),
    on: (l, r) => l.tag == r.tag and l._time == r._time,
    as: (l, r) => ({_time: l._time, tag: l.tag, int: l._value, float: r._value}),
)
    |> limit(n: 2)
    |> yield(name: "joined")
