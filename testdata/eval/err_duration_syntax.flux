duration(v: "1 hour")
