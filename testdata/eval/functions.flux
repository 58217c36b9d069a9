// Named arguments, defaults, the pipe parameter, the f(a, b) shorthand
mul = (x=1, y=1) => x * y
mul()
mul(y: 5)
mul(y: 2, x: 3)
x = 2
y = 7
mul(x, y)
apply = (f, x) => f(x: x)
apply(f: (x, a=3) => a + x, x: 2)
double = (v=<-) => v * 2
21 |> double()
length(arr: [1, 2, 3])
