bool(v: uint(v: 2))
