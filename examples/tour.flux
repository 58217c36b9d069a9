// A tour of Flux with flux-rs, offline: run it with
//   cargo run -q -p flux-cli -- examples/tour.flux
// Every top-level expression prints its value (display() text); assignments print nothing.
import "dict"
import "json"
import xjson "experimental/json"

// Values: integers, floats, strings, booleans, times and durations.
answer = 40 + 2
answer
7 / 2
7.0 / 2.0
"flux" + "-rs"
"The answer is ${answer}."
2 > 1 and not false
2021-01-01T00:00:00Z

// Durations are normalised when shown, and can be compared.
90m
1h30m == 90m
int(v: 1s)

// Conversions: string() never uses exponents, display() shows any value.
string(v: 1000000.0)
float(v: "1.5e3")
int(v: "42") + 1
time(v: 1640995200000000000)

// Bytes: what HTTP bodies are. display() shows hex; string() decodes UTF-8.
body = bytes(v: "hello")
body
string(v: body)

// Records: named fields, shown with sorted keys. `with` copies and updates.
point = {host: "a", usage: 0.5}
point.usage
{point with usage: 0.75, region: "eu"}

// Arrays and their length.
hosts = ["a", "b", "c"]
hosts[1]
hosts |> length()

// Dictionaries: keys of one type, always kept in sorted order.
codes = [404: "not found", 200: "ok"]
codes
dict.get(dict: codes, key: 200, default: "unknown")
dict.insert(dict: codes, key: 500, value: "server error")

// Functions: named arguments, defaults, pipes, closures.
scale = (v, factor=2) => v * factor
scale(v: 21)
scale(v: 2, factor: 10)
21 |> ((v=<-) => v * 2)()
double = (f) => (x) => f(x: f(x: x))
double(f: (x) => x + 1)(x: 40)

// Conditionals are expressions.
status = 404
if status < 400 then "ok" else "failed with ${status}"

// JSON in and out.
encoded = json.encode(v: {name: "example-bucket", retention: 1h, tags: ["a", "b"]})
string(v: encoded)
xjson.parse(data: encoded).tags

// Large composite values are spread over several lines.
display(v: {a: 1, b: [1, 2, 3], c: ["x": 1], d: bytes(v: "abc")})
