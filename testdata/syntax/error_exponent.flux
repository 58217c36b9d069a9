// Flux has no exponent form: each of these is a number and then a name.
big = 1.7e9
small = 1.5E-3
count = 1e+6
e9 = 2
