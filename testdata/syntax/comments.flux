// leading comment
x = 1 // trailing comment
// between
y = x // another
// final
