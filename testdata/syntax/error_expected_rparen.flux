f(a: 1
