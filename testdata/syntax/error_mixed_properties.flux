// Records and call arguments use either shorthand or explicit properties, not both.
a = {x, y: 1}
b = f(x, y: 2)
c = {r with x, y: 3}
