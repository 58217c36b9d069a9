// Talk to a local InfluxDB 1.x with influxdb.api(). Start one, then run this script:
//   scripts/influxdb-dev.sh &
//   cargo run -q -p flux-cli -- --host http://127.0.0.1:8086 --token unused examples/influxdb.flux
// (InfluxDB 1.x does not check tokens; InfluxDB 2 and Cloud do.)
import "dict"
import "experimental/influxdb"
import "experimental/json"

// Is it up? /ping answers 204 No Content, with the version in a header.
pong = influxdb.api(method: "get", path: "/ping")
"InfluxDB ${dict.get(dict: pong.headers, key: "X-Influxdb-Version", default: "?")}: status ${pong.statusCode}"

// Create a database (InfluxQL through /query).
created = influxdb.api(method: "post", path: "/query", query: ["q": "CREATE DATABASE tour"])
created.statusCode

// Write two points in line protocol, with second precision.
written = influxdb.api(
    method: "post",
    path: "/write",
    query: ["db": "tour", "precision": "s"],
    body: bytes(
        v: "weather,city=paris temperature=18.5 1700000000
weather,city=oslo temperature=4.0 1700000000
",
    ),
)
written.statusCode

// Read them back: the JSON answer, parsed into records and arrays.
read = influxdb.api(
    method: "get",
    path: "/query",
    query: ["db": "tour", "q": "SELECT temperature FROM weather GROUP BY city", "epoch": "s"],
)
results = json.parse(data: read.body).results[0]
results.series[0].tags.city
results.series[0].values
results.series[1].tags.city
results.series[1].values

// Errors are answers too: a database that does not exist is a 404 with a JSON error.
missing = influxdb.api(method: "post", path: "/write", query: ["db": "nope"], body: bytes(v: "x v=1"))
if missing.statusCode == 404 then "404: ${json.parse(data: missing.body).error}" else "unexpected"
