// Null comes from outside (here: JSON null). Operators give null, exists tells.
import "experimental/json"

r = json.parse(data: bytes(v: "{\"a\": null, \"b\": 1}"))
r
exists r.a
exists r.b
r.a + 1.0
string(v: r.a)
if r.a then "then" else "else"
r.a and false
r.a or true
