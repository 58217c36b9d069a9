import "array"

"before the table"
array.from(rows: [
    {_time: 2021-01-01T00:00:00Z, host: "a", _value: 1.5},
    {_time: 2021-01-01T00:01:00Z, host: "b", _value: 2.0},
])
"after the table"
