option x = 1
option x = 2
