// GET /ping: InfluxDB 1.x answers 204 No Content with its version in a header.
import "dict"
import "experimental/influxdb"

pong = influxdb.api(method: "get", path: "/ping")

pong.statusCode
pong.body
dict.get(dict: pong.headers, key: "X-Influxdb-Build", default: "missing")
dict.get(dict: pong.headers, key: "X-Influxdb-Version", default: "missing") =~ /^1\.6\./
