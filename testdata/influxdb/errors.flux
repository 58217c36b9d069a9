// InfluxDB errors are returned as records, not raised: the script decides what to do.
import "dict"
import "experimental/influxdb"
import "experimental/json"

missing = influxdb.api(method: "post", path: "/write", query: ["db": "no_such_db"], body: bytes(v: "cpu value=1"))
missing.statusCode
json.parse(data: missing.body).error
dict.get(dict: missing.headers, key: "X-Influxdb-Error", default: "")

// InfluxDB 1.x has no v2 API and no /health: 404s.
v2 = influxdb.api(method: "get", path: "/api/v2/buckets")
v2.statusCode
influxdb.api(method: "get", path: "/health").statusCode

// A bad InfluxQL statement is a 400 with a JSON error.
bad = influxdb.api(method: "get", path: "/query", query: ["q": "SELEKT nothing"])
bad.statusCode
if bad.statusCode >= 400 then "query failed" else "query ok"
