string(v: {a: 1})
