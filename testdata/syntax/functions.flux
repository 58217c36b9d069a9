add = (a, b) => a + b
withDefault = (x, y=1) => x * y
piped = (tables=<-, n=5) => tables |> limit(n)
block = (r) => {
    total = r.a + r.b
    return total * 2
}
record = (r) => ({r with x: 1})
nothing = () => 0
