// Create a database, write two points as line protocol, and read them back as JSON.
import "experimental/influxdb"
import "experimental/json"

db = "flux_e2e"

created = influxdb.api(method: "post", path: "/query", query: ["q": "CREATE DATABASE ${db}"])
created.statusCode
string(v: created.body)

points = "cpu,host=a usage=0.5 1600000000
cpu,host=b usage=0.75 1600000060
"
written = influxdb.api(
    method: "post",
    path: "/write",
    query: ["db": db, "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: points),
)
written.statusCode

read = influxdb.api(
    method: "get",
    path: "/query?epoch=s",
    query: ["db": db, "q": "SELECT usage FROM cpu ORDER BY time"],
)
read.statusCode
series = json.parse(data: read.body).results[0].series[0]
series.name
series.columns
series.values
