f = (n) => f(n: n)
f(n: 1)
