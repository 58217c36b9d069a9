f()
f(a: 1, b: "two")
f(a, b)
f(fn: (r) => r.x)
g()()
f
(x: 3)
