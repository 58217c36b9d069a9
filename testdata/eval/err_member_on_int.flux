x = 1
x.field
