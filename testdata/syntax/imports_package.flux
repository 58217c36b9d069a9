package example

import "array"
import "influxdata/influxdb/secrets"
import s "strings"

x = s.toUpper(v: "a")
