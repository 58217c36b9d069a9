f = () => {
    a = (1 +
    b = 2
    return b
}
g = 3
