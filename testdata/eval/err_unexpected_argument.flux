f = (x) => x
f(x: 1, y: 2)
