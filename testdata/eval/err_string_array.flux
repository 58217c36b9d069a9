string(v: [1, 2])
