int(v: "notanumber")
