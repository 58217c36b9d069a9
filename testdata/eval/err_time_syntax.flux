time(v: "yesterday")
