a = 1 + 2 * 3 - 4 / 5 % 6
b = 2 ^ 3 ^ 2
c = -2 ^ 2
d = not a == b and c != d or e
e = x < y == y >= z
f = -x |> g()
h = +1 - -1
