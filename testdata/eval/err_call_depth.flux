f = (g, n) => g(g: g, n: n + 1)
f(g: f, n: 0)
