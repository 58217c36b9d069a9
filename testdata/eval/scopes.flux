// Immutable bindings, block scoping, shadowing, closures capture their scope
x = 1
f = () => {
    x = 2
    return x
}
f()
x
make = (n) => () => n * 10
g = make(n: 4)
g()
