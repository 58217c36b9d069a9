// Administration through the v2 API: find the org, create a bucket, write line protocol, read it
// back with a Flux query (annotated CSV), list the buckets, delete the new one.
import "experimental/influxdb"
import xjson "experimental/json"
import "json"

orgs = influxdb.api(method: "get", path: "/api/v2/orgs", query: ["org": "flux-rs"])
orgs.statusCode
org = xjson.parse(data: orgs.body).orgs[0]
org.name

created = influxdb.api(
    method: "post",
    path: "/api/v2/buckets",
    headers: ["Content-Type": "application/json"],
    body: json.encode(v: {orgID: org.id, name: "admin-e2e", description: "made by admin.flux", retentionRules: []}),
)
created.statusCode
bucket = xjson.parse(data: created.body)
bucket.name
bucket.description
bucket.orgID == org.id

points = "cpu,host=a usage=0.5 1600000000
cpu,host=b usage=0.75 1600000060
cpu,host=a usage=0.25 1600000120
"
written = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    query: ["org": "flux-rs", "bucket": "admin-e2e", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: points),
)
written.statusCode
string(v: written.body)

flux = "from(bucket: \"admin-e2e\")
  |> range(start: 2020-09-13T00:00:00Z, stop: 2020-09-14T00:00:00Z)
  |> filter(fn: (r) => r._measurement == \"cpu\")"
read = influxdb.api(
    method: "post",
    path: "/api/v2/query",
    query: ["org": "flux-rs"],
    headers: ["Content-Type": "application/json", "Accept": "application/csv"],
    body: json.encode(
        v: {
            query: flux,
            type: "flux",
            dialect: {header: true, annotations: ["datatype", "group", "default"], delimiter: ","},
        },
    ),
)
read.statusCode
string(v: read.body)

named = influxdb.api(method: "get", path: "/api/v2/buckets", query: ["org": "flux-rs", "name": "admin-e2e"])
named.statusCode
found = xjson.parse(data: named.body).buckets
length(arr: found)
found[0].id == bucket.id

// The whole list mixes bucket shapes (system buckets have retention rules, ours none), which a
// Flux array cannot hold: page through it one bucket at a time.
page = (offset) =>
    xjson.parse(
        data: influxdb.api(
            method: "get",
            path: "/api/v2/buckets",
            query: ["org": "flux-rs", "limit": "1", "offset": string(v: offset)],
        ).body,
    ).buckets
page(offset: 0)[0].name
page(offset: 1)[0].name
page(offset: 2)[0].name
page(offset: 3)[0].name
length(arr: page(offset: 4))

deleted = influxdb.api(method: "delete", path: "/api/v2/buckets/${bucket.id}")
deleted.statusCode
string(v: deleted.body)

after = influxdb.api(method: "get", path: "/api/v2/buckets", query: ["org": "flux-rs", "name": "admin-e2e"])
after.statusCode
string(v: after.body)
