import "dict"

dict.get(dict: ["a": 1], key: "a")
