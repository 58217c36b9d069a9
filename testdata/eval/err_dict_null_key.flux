import "experimental/json"

r = json.parse(data: bytes(v: "{\"a\": null}"))
d = [r.a: 1]
