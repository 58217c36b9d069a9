f = (x, y) => x + y
f(x: 1)
