import "experimental/influxdb"

influxdb.api(
    method: "get",
    path: "/example",
    host: "http://localhost:8086",
    token: "mySupeR53cre7t0k3n",
    headers: ["header1": "header1Value", "header2": "header2Value"],
    query: ["ex1": "example1", "ex2": "example2"],
    timeout: 30s,
    body: bytes(v: "Example body"),
)
