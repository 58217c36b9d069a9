bytes(v: 1)
