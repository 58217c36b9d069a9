bool(v: 2)
