import "experimental/json"

r = json.parse(data: bytes(v: "{\"a\": null}"))
"a is ${r.a}"
