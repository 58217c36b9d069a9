a = (1 +
b = 2
c = [1, 2
d = 0123
e = "\q"
f = x |> 1
g = if a then b
