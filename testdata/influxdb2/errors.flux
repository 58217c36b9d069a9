// Error statuses come back as records with InfluxDB 2's JSON error body: the script decides.
import "experimental/influxdb"
import xjson "experimental/json"
import "json"

// 401: a wrong token.
denied = influxdb.api(method: "get", path: "/api/v2/buckets", token: "not-the-token")
denied.statusCode
string(v: denied.body)

// 404: an unknown path, and an unknown bucket id.
influxdb.api(method: "get", path: "/api/v2/nothing").statusCode
missing = influxdb.api(method: "get", path: "/api/v2/buckets/0000000000000001")
missing.statusCode
xjson.parse(data: missing.body).code
xjson.parse(data: missing.body).message

// 422: a bucket whose name is taken (the onboarded bucket flux-rs).
org = xjson.parse(data: influxdb.api(method: "get", path: "/api/v2/orgs", query: ["org": "flux-rs"]).body).orgs[0]
taken = influxdb.api(
    method: "post",
    path: "/api/v2/buckets",
    headers: ["Content-Type": "application/json"],
    body: json.encode(v: {orgID: org.id, name: "flux-rs", retentionRules: []}),
)
taken.statusCode
string(v: taken.body)

// 400: line protocol that does not parse.
bad = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    query: ["org": "flux-rs", "bucket": "flux-rs"],
    body: bytes(v: "cpu usage="),
)
bad.statusCode
xjson.parse(data: bad.body).code

// 400: a Flux query that does not compile is the server's error, as a record.
query = influxdb.api(
    method: "post",
    path: "/api/v2/query",
    query: ["org": "flux-rs"],
    headers: ["Content-Type": "application/vnd.flux"],
    body: bytes(v: "from(bucket: \"flux-rs\") |> rang(start: -1h)"),
)
query.statusCode
xjson.parse(data: query.body).message
