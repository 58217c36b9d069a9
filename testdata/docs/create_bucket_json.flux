import "experimental/influxdb"
import "influxdata/influxdb/secrets"
import "json"

token = secrets.get(key: "INFLUX_TOKEN")

influxdb.api(
    method: "post",
    path: "/api/v2/buckets",
    host: "http://localhost:8086",
    token: token,
    body: json.encode(
        v: {
            name: "example-bucket",
            description: "This is an example bucket.",
            orgID: "x000X0x0xx0X00x0",
            retentionRules: [],
        },
    ),
)
