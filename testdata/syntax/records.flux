a = {}
b = {x: 1, y: "two", "with space": 3.0}
c = {x, y}
d = {r with _value: r._value * 2, unit: "ms"}
e = {a: {b: {c: 1}},}
