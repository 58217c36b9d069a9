// InfluxDB 1.x with `auth-enabled = true` takes a user and password as `u` and `p` query
// parameters (or Basic auth); it does not know API tokens. influxdb.api() always sends
// `Authorization: Token ...`, so the credentials go in `query`, from the secret store.
import "experimental/influxdb"
import "experimental/json"
import "influxdata/influxdb/secrets"

password = secrets.get(key: "INFLUX_PASSWORD")

// Without any user yet, the server accepts only the creation of an admin.
admin = influxdb.api(
    method: "post",
    path: "/query",
    query: ["q": "CREATE USER admin WITH PASSWORD '${password}' WITH ALL PRIVILEGES"],
)
admin.statusCode

// Now the token alone is refused...
refused = influxdb.api(method: "post", path: "/query", query: ["q": "CREATE DATABASE secured"])
refused.statusCode
json.parse(data: refused.body).error

// ...a wrong password too...
wrong = influxdb.api(method: "post", path: "/query", query: ["q": "CREATE DATABASE secured", "u": "admin", "p": "wrong"])
wrong.statusCode

// ...and the right credentials work.
created = influxdb.api(method: "post", path: "/query", query: ["q": "CREATE DATABASE secured", "u": "admin", "p": password])
created.statusCode
shown = influxdb.api(method: "get", path: "/query", query: ["q": "SHOW DATABASES", "u": "admin", "p": password])
json.parse(data: shown.body).results[0].series[0].values
