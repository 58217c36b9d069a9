bool(v: "asdf")
