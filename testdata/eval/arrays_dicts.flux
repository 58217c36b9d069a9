a = [10, 20, 30]
a[0]
a[2]
display(v: [1, 2] == [1, 2])
display(v: ["b": 2, "a": 1])
display(v: ["a": 1, "a": 2])
display(v: [3: "c", 1: "a", 2: "b"])
display(v: [2021-01-02T00:00:00Z: "later", 2021-01-01T00:00:00Z: "earlier"])
display(v: [1h: "hour", 1m: "minute"])
