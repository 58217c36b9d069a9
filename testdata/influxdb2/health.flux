// InfluxDB 2 answers /health, /ready and /ping without a token (the runtime sends one anyway).
import "dict"
import "experimental/influxdb"
import "experimental/json"

health = influxdb.api(method: "get", path: "/health")
health.statusCode
status = json.parse(data: health.body)
status.name
status.status
status.message
status.version

ready = influxdb.api(method: "get", path: "/ready")
ready.statusCode
json.parse(data: ready.body).status

ping = influxdb.api(method: "get", path: "/ping")
ping.statusCode
dict.get(dict: ping.headers, key: "X-Influxdb-Version", default: "missing")
