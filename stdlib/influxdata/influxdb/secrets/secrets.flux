// Package secrets reads secret values (tokens, passwords) from the secret store
// the host configured, so that scripts never contain them.
//
// The `flux` command fills the store from `--secret KEY=VALUE`, `--secrets-file FILE`
// and `FLUX_SECRET_<KEY>` environment variables. A key that no store has is an error.
package secrets


// get returns the secret stored under `key`.
//
// ## Parameters
// - key: the name of the secret.
//
// ## Examples
//
// ```
// import "influxdata/influxdb/secrets"
//
// token = secrets.get(key: "INFLUX_TOKEN")
// ```
//
// A key that is not in the store:
//
// ```
// import "influxdata/influxdb/secrets"
//
// secrets.get(key: "NO_SUCH_KEY")
// // error: secret key "NO_SUCH_KEY" not found
// ```
builtin get : (key: string) => string
