bool(v: 2.0)
