import "experimental/json"

r = json.parse(data: bytes(v: "{\"a\": null}"))
bytes(v: r.a)
