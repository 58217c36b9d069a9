uint(v: "NaN")
