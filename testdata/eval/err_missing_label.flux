r = {a: 1}
r.b
