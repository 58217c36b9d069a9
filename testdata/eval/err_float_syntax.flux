float(v: "x")
