// A realistic corpus for the parser benchmark: queries, helpers, records,
// functions, options and long multi-line CSV strings, as scripts are written.
package bench

import "array"
import "csv"
import "dict"
import "experimental/influxdb"
import "influxdata/influxdb/secrets"
import "strings"

option now = () => 2030-01-01T00:00:00Z
option task = {name: "downsample", every: 1h, offset: 5m}

token = secrets.get(key: "INFLUX_TOKEN")
host = "http://localhost:8086"

query0 = from(bucket: "telegraf/autogen")
    |> range(start: -26h, stop: now())
    |> filter(fn: (r) => r._measurement == "system" and r._field == "usage_user" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 11.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q0")

scale0 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 0.5 or not exists r.error)

check0 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-01-10T12:30:00Z, window: 1h30m}
}

csv0 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,usage_user,system,host0
,,1,2018-05-22T19:51:07Z,1.25,usage_user,system,host1
,,2,2018-05-22T19:52:14Z,2.50,usage_user,system,host2
,,3,2018-05-22T19:53:21Z,3.75,usage_user,system,host3
,,0,2018-05-22T19:54:28Z,5.00,usage_user,system,host4
,,1,2018-05-22T19:55:35Z,6.25,usage_user,system,host0
,,2,2018-05-22T19:56:42Z,7.50,usage_user,system,host1
,,3,2018-05-22T19:57:49Z,8.75,usage_user,system,host2
,,0,2018-05-22T19:58:56Z,10.00,usage_user,system,host3
,,1,2018-05-22T19:59:03Z,11.25,usage_user,system,host4
,,2,2018-05-22T19:50:10Z,12.50,usage_user,system,host0
,,3,2018-05-22T19:51:17Z,13.75,usage_user,system,host1
,,0,2018-05-22T19:52:24Z,15.00,usage_user,system,host2
,,1,2018-05-22T19:53:31Z,16.25,usage_user,system,host3
,,2,2018-05-22T19:54:38Z,17.50,usage_user,system,host4
,,3,2018-05-22T19:55:45Z,18.75,usage_user,system,host0
,,0,2018-05-22T19:56:52Z,20.00,usage_user,system,host1
,,1,2018-05-22T19:57:59Z,21.25,usage_user,system,host2
,,2,2018-05-22T19:58:06Z,22.50,usage_user,system,host3
,,3,2018-05-22T19:59:13Z,23.75,usage_user,system,host4
,,0,2018-05-22T19:50:20Z,25.00,usage_user,system,host0
,,1,2018-05-22T19:51:27Z,26.25,usage_user,system,host1
,,2,2018-05-22T19:52:34Z,27.50,usage_user,system,host2
,,3,2018-05-22T19:53:41Z,28.75,usage_user,system,host3
,,0,2018-05-22T19:54:48Z,30.00,usage_user,system,host4
,,1,2018-05-22T19:55:55Z,31.25,usage_user,system,host0
,,2,2018-05-22T19:56:02Z,32.50,usage_user,system,host1
,,3,2018-05-22T19:57:09Z,33.75,usage_user,system,host2
,,0,2018-05-22T19:58:16Z,35.00,usage_user,system,host3
,,1,2018-05-22T19:59:23Z,36.25,usage_user,system,host4
"

response0 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b0", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "system,host=a usage_user=0.5 1700000000"),
    timeout: 10s,
)
ok0 = response0.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query1 = from(bucket: "telegraf/autogen")
    |> range(start: -38h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "used_percent" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 66.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q1")

scale1 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 1.5 or not exists r.error)

check1 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-02-11T12:30:00Z, window: 1h30m}
}

response1 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b1", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a used_percent=1.5 1700000000"),
    timeout: 10s,
)
ok1 = response1.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query2 = from(bucket: "telegraf/autogen")
    |> range(start: -6h, stop: now())
    |> filter(fn: (r) => r._measurement == "net" and r._field == "usage_idle" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 55.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q2")

scale2 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 2.5 or not exists r.error)

check2 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-03-12T12:30:00Z, window: 1h30m}
}

response2 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b2", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "net,host=a usage_idle=2.5 1700000000"),
    timeout: 10s,
)
ok2 = response2.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query3 = from(bucket: "telegraf/autogen")
    |> range(start: -6h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "usage_user" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 9.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q3")

scale3 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 3.5 or not exists r.error)

check3 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-04-13T12:30:00Z, window: 1h30m}
}

csv3 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,usage_user,mem,host0
,,1,2018-05-22T19:51:07Z,1.25,usage_user,mem,host1
,,2,2018-05-22T19:52:14Z,2.50,usage_user,mem,host2
,,3,2018-05-22T19:53:21Z,3.75,usage_user,mem,host3
,,0,2018-05-22T19:54:28Z,5.00,usage_user,mem,host4
,,1,2018-05-22T19:55:35Z,6.25,usage_user,mem,host0
,,2,2018-05-22T19:56:42Z,7.50,usage_user,mem,host1
,,3,2018-05-22T19:57:49Z,8.75,usage_user,mem,host2
,,0,2018-05-22T19:58:56Z,10.00,usage_user,mem,host3
,,1,2018-05-22T19:59:03Z,11.25,usage_user,mem,host4
,,2,2018-05-22T19:50:10Z,12.50,usage_user,mem,host0
,,3,2018-05-22T19:51:17Z,13.75,usage_user,mem,host1
,,0,2018-05-22T19:52:24Z,15.00,usage_user,mem,host2
,,1,2018-05-22T19:53:31Z,16.25,usage_user,mem,host3
,,2,2018-05-22T19:54:38Z,17.50,usage_user,mem,host4
,,3,2018-05-22T19:55:45Z,18.75,usage_user,mem,host0
,,0,2018-05-22T19:56:52Z,20.00,usage_user,mem,host1
,,1,2018-05-22T19:57:59Z,21.25,usage_user,mem,host2
,,2,2018-05-22T19:58:06Z,22.50,usage_user,mem,host3
,,3,2018-05-22T19:59:13Z,23.75,usage_user,mem,host4
,,0,2018-05-22T19:50:20Z,25.00,usage_user,mem,host0
,,1,2018-05-22T19:51:27Z,26.25,usage_user,mem,host1
,,2,2018-05-22T19:52:34Z,27.50,usage_user,mem,host2
,,3,2018-05-22T19:53:41Z,28.75,usage_user,mem,host3
,,0,2018-05-22T19:54:48Z,30.00,usage_user,mem,host4
,,1,2018-05-22T19:55:55Z,31.25,usage_user,mem,host0
,,2,2018-05-22T19:56:02Z,32.50,usage_user,mem,host1
,,3,2018-05-22T19:57:09Z,33.75,usage_user,mem,host2
,,0,2018-05-22T19:58:16Z,35.00,usage_user,mem,host3
,,1,2018-05-22T19:59:23Z,36.25,usage_user,mem,host4
"

response3 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b3", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a usage_user=3.5 1700000000"),
    timeout: 10s,
)
ok3 = response3.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query4 = from(bucket: "telegraf/autogen")
    |> range(start: -41h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "usage_user" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 75.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q4")

scale4 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 4.5 or not exists r.error)

check4 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-05-14T12:30:00Z, window: 1h30m}
}

response4 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b4", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a usage_user=4.5 1700000000"),
    timeout: 10s,
)
ok4 = response4.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query5 = from(bucket: "telegraf/autogen")
    |> range(start: -15h, stop: now())
    |> filter(fn: (r) => r._measurement == "processes" and r._field == "usage_idle" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 73.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q5")

scale5 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 5.5 or not exists r.error)

check5 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-06-15T12:30:00Z, window: 1h30m}
}

response5 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b5", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "processes,host=a usage_idle=5.5 1700000000"),
    timeout: 10s,
)
ok5 = response5.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query6 = from(bucket: "telegraf/autogen")
    |> range(start: -27h, stop: now())
    |> filter(fn: (r) => r._measurement == "disk" and r._field == "used_percent" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 5m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 71.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q6")

scale6 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 6.5 or not exists r.error)

check6 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-07-16T12:30:00Z, window: 1h30m}
}

csv6 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,used_percent,disk,host0
,,1,2018-05-22T19:51:07Z,1.25,used_percent,disk,host1
,,2,2018-05-22T19:52:14Z,2.50,used_percent,disk,host2
,,3,2018-05-22T19:53:21Z,3.75,used_percent,disk,host3
,,0,2018-05-22T19:54:28Z,5.00,used_percent,disk,host4
,,1,2018-05-22T19:55:35Z,6.25,used_percent,disk,host0
,,2,2018-05-22T19:56:42Z,7.50,used_percent,disk,host1
,,3,2018-05-22T19:57:49Z,8.75,used_percent,disk,host2
,,0,2018-05-22T19:58:56Z,10.00,used_percent,disk,host3
,,1,2018-05-22T19:59:03Z,11.25,used_percent,disk,host4
,,2,2018-05-22T19:50:10Z,12.50,used_percent,disk,host0
,,3,2018-05-22T19:51:17Z,13.75,used_percent,disk,host1
,,0,2018-05-22T19:52:24Z,15.00,used_percent,disk,host2
,,1,2018-05-22T19:53:31Z,16.25,used_percent,disk,host3
,,2,2018-05-22T19:54:38Z,17.50,used_percent,disk,host4
,,3,2018-05-22T19:55:45Z,18.75,used_percent,disk,host0
,,0,2018-05-22T19:56:52Z,20.00,used_percent,disk,host1
,,1,2018-05-22T19:57:59Z,21.25,used_percent,disk,host2
,,2,2018-05-22T19:58:06Z,22.50,used_percent,disk,host3
,,3,2018-05-22T19:59:13Z,23.75,used_percent,disk,host4
,,0,2018-05-22T19:50:20Z,25.00,used_percent,disk,host0
,,1,2018-05-22T19:51:27Z,26.25,used_percent,disk,host1
,,2,2018-05-22T19:52:34Z,27.50,used_percent,disk,host2
,,3,2018-05-22T19:53:41Z,28.75,used_percent,disk,host3
,,0,2018-05-22T19:54:48Z,30.00,used_percent,disk,host4
,,1,2018-05-22T19:55:55Z,31.25,used_percent,disk,host0
,,2,2018-05-22T19:56:02Z,32.50,used_percent,disk,host1
,,3,2018-05-22T19:57:09Z,33.75,used_percent,disk,host2
,,0,2018-05-22T19:58:16Z,35.00,used_percent,disk,host3
,,1,2018-05-22T19:59:23Z,36.25,used_percent,disk,host4
"

response6 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b6", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "disk,host=a used_percent=6.5 1700000000"),
    timeout: 10s,
)
ok6 = response6.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query7 = from(bucket: "telegraf/autogen")
    |> range(start: -20h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "bytes_recv" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 5m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 15.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q7")

scale7 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 7.5 or not exists r.error)

check7 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-08-17T12:30:00Z, window: 1h30m}
}

response7 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b7", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a bytes_recv=7.5 1700000000"),
    timeout: 10s,
)
ok7 = response7.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query8 = from(bucket: "telegraf/autogen")
    |> range(start: -7h, stop: now())
    |> filter(fn: (r) => r._measurement == "net" and r._field == "used_percent" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 74.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q8")

scale8 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 8.5 or not exists r.error)

check8 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-09-18T12:30:00Z, window: 1h30m}
}

response8 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b8", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "net,host=a used_percent=8.5 1700000000"),
    timeout: 10s,
)
ok8 = response8.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query9 = from(bucket: "telegraf/autogen")
    |> range(start: -14h, stop: now())
    |> filter(fn: (r) => r._measurement == "cpu" and r._field == "bytes_recv" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 89.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q9")

scale9 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 9.5 or not exists r.error)

check9 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-01-10T12:30:00Z, window: 1h30m}
}

csv9 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,bytes_recv,cpu,host0
,,1,2018-05-22T19:51:07Z,1.25,bytes_recv,cpu,host1
,,2,2018-05-22T19:52:14Z,2.50,bytes_recv,cpu,host2
,,3,2018-05-22T19:53:21Z,3.75,bytes_recv,cpu,host3
,,0,2018-05-22T19:54:28Z,5.00,bytes_recv,cpu,host4
,,1,2018-05-22T19:55:35Z,6.25,bytes_recv,cpu,host0
,,2,2018-05-22T19:56:42Z,7.50,bytes_recv,cpu,host1
,,3,2018-05-22T19:57:49Z,8.75,bytes_recv,cpu,host2
,,0,2018-05-22T19:58:56Z,10.00,bytes_recv,cpu,host3
,,1,2018-05-22T19:59:03Z,11.25,bytes_recv,cpu,host4
,,2,2018-05-22T19:50:10Z,12.50,bytes_recv,cpu,host0
,,3,2018-05-22T19:51:17Z,13.75,bytes_recv,cpu,host1
,,0,2018-05-22T19:52:24Z,15.00,bytes_recv,cpu,host2
,,1,2018-05-22T19:53:31Z,16.25,bytes_recv,cpu,host3
,,2,2018-05-22T19:54:38Z,17.50,bytes_recv,cpu,host4
,,3,2018-05-22T19:55:45Z,18.75,bytes_recv,cpu,host0
,,0,2018-05-22T19:56:52Z,20.00,bytes_recv,cpu,host1
,,1,2018-05-22T19:57:59Z,21.25,bytes_recv,cpu,host2
,,2,2018-05-22T19:58:06Z,22.50,bytes_recv,cpu,host3
,,3,2018-05-22T19:59:13Z,23.75,bytes_recv,cpu,host4
,,0,2018-05-22T19:50:20Z,25.00,bytes_recv,cpu,host0
,,1,2018-05-22T19:51:27Z,26.25,bytes_recv,cpu,host1
,,2,2018-05-22T19:52:34Z,27.50,bytes_recv,cpu,host2
,,3,2018-05-22T19:53:41Z,28.75,bytes_recv,cpu,host3
,,0,2018-05-22T19:54:48Z,30.00,bytes_recv,cpu,host4
,,1,2018-05-22T19:55:55Z,31.25,bytes_recv,cpu,host0
,,2,2018-05-22T19:56:02Z,32.50,bytes_recv,cpu,host1
,,3,2018-05-22T19:57:09Z,33.75,bytes_recv,cpu,host2
,,0,2018-05-22T19:58:16Z,35.00,bytes_recv,cpu,host3
,,1,2018-05-22T19:59:23Z,36.25,bytes_recv,cpu,host4
"

response9 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b9", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "cpu,host=a bytes_recv=9.5 1700000000"),
    timeout: 10s,
)
ok9 = response9.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query10 = from(bucket: "telegraf/autogen")
    |> range(start: -21h, stop: now())
    |> filter(fn: (r) => r._measurement == "processes" and r._field == "io_time" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 76.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q10")

scale10 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 10.5 or not exists r.error)

check10 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-02-11T12:30:00Z, window: 1h30m}
}

response10 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b10", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "processes,host=a io_time=10.5 1700000000"),
    timeout: 10s,
)
ok10 = response10.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query11 = from(bucket: "telegraf/autogen")
    |> range(start: -20h, stop: now())
    |> filter(fn: (r) => r._measurement == "diskio" and r._field == "used_percent" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 5m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 25.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q11")

scale11 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 11.5 or not exists r.error)

check11 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-03-12T12:30:00Z, window: 1h30m}
}

response11 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b11", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "diskio,host=a used_percent=11.5 1700000000"),
    timeout: 10s,
)
ok11 = response11.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query12 = from(bucket: "telegraf/autogen")
    |> range(start: -37h, stop: now())
    |> filter(fn: (r) => r._measurement == "net" and r._field == "usage_idle" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 10m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 69.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q12")

scale12 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 12.5 or not exists r.error)

check12 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-04-13T12:30:00Z, window: 1h30m}
}

csv12 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,usage_idle,net,host0
,,1,2018-05-22T19:51:07Z,1.25,usage_idle,net,host1
,,2,2018-05-22T19:52:14Z,2.50,usage_idle,net,host2
,,3,2018-05-22T19:53:21Z,3.75,usage_idle,net,host3
,,0,2018-05-22T19:54:28Z,5.00,usage_idle,net,host4
,,1,2018-05-22T19:55:35Z,6.25,usage_idle,net,host0
,,2,2018-05-22T19:56:42Z,7.50,usage_idle,net,host1
,,3,2018-05-22T19:57:49Z,8.75,usage_idle,net,host2
,,0,2018-05-22T19:58:56Z,10.00,usage_idle,net,host3
,,1,2018-05-22T19:59:03Z,11.25,usage_idle,net,host4
,,2,2018-05-22T19:50:10Z,12.50,usage_idle,net,host0
,,3,2018-05-22T19:51:17Z,13.75,usage_idle,net,host1
,,0,2018-05-22T19:52:24Z,15.00,usage_idle,net,host2
,,1,2018-05-22T19:53:31Z,16.25,usage_idle,net,host3
,,2,2018-05-22T19:54:38Z,17.50,usage_idle,net,host4
,,3,2018-05-22T19:55:45Z,18.75,usage_idle,net,host0
,,0,2018-05-22T19:56:52Z,20.00,usage_idle,net,host1
,,1,2018-05-22T19:57:59Z,21.25,usage_idle,net,host2
,,2,2018-05-22T19:58:06Z,22.50,usage_idle,net,host3
,,3,2018-05-22T19:59:13Z,23.75,usage_idle,net,host4
,,0,2018-05-22T19:50:20Z,25.00,usage_idle,net,host0
,,1,2018-05-22T19:51:27Z,26.25,usage_idle,net,host1
,,2,2018-05-22T19:52:34Z,27.50,usage_idle,net,host2
,,3,2018-05-22T19:53:41Z,28.75,usage_idle,net,host3
,,0,2018-05-22T19:54:48Z,30.00,usage_idle,net,host4
,,1,2018-05-22T19:55:55Z,31.25,usage_idle,net,host0
,,2,2018-05-22T19:56:02Z,32.50,usage_idle,net,host1
,,3,2018-05-22T19:57:09Z,33.75,usage_idle,net,host2
,,0,2018-05-22T19:58:16Z,35.00,usage_idle,net,host3
,,1,2018-05-22T19:59:23Z,36.25,usage_idle,net,host4
"

response12 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b12", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "net,host=a usage_idle=12.5 1700000000"),
    timeout: 10s,
)
ok12 = response12.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query13 = from(bucket: "telegraf/autogen")
    |> range(start: -47h, stop: now())
    |> filter(fn: (r) => r._measurement == "diskio" and r._field == "used_percent" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 38.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q13")

scale13 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 13.5 or not exists r.error)

check13 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-05-14T12:30:00Z, window: 1h30m}
}

response13 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b13", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "diskio,host=a used_percent=13.5 1700000000"),
    timeout: 10s,
)
ok13 = response13.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query14 = from(bucket: "telegraf/autogen")
    |> range(start: -33h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "usage_idle" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 23.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q14")

scale14 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 14.5 or not exists r.error)

check14 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-06-15T12:30:00Z, window: 1h30m}
}

response14 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b14", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a usage_idle=14.5 1700000000"),
    timeout: 10s,
)
ok14 = response14.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query15 = from(bucket: "telegraf/autogen")
    |> range(start: -32h, stop: now())
    |> filter(fn: (r) => r._measurement == "system" and r._field == "usage_user" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 7.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q15")

scale15 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 15.5 or not exists r.error)

check15 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-07-16T12:30:00Z, window: 1h30m}
}

csv15 =
    "
#datatype,string,long,dateTime:RFC3339,double,string,string,string
#group,false,false,false,false,true,true,true
#default,_result,,,,,,
,result,table,_time,_value,_field,_measurement,host
,,0,2018-05-22T19:50:00Z,0.00,usage_user,system,host0
,,1,2018-05-22T19:51:07Z,1.25,usage_user,system,host1
,,2,2018-05-22T19:52:14Z,2.50,usage_user,system,host2
,,3,2018-05-22T19:53:21Z,3.75,usage_user,system,host3
,,0,2018-05-22T19:54:28Z,5.00,usage_user,system,host4
,,1,2018-05-22T19:55:35Z,6.25,usage_user,system,host0
,,2,2018-05-22T19:56:42Z,7.50,usage_user,system,host1
,,3,2018-05-22T19:57:49Z,8.75,usage_user,system,host2
,,0,2018-05-22T19:58:56Z,10.00,usage_user,system,host3
,,1,2018-05-22T19:59:03Z,11.25,usage_user,system,host4
,,2,2018-05-22T19:50:10Z,12.50,usage_user,system,host0
,,3,2018-05-22T19:51:17Z,13.75,usage_user,system,host1
,,0,2018-05-22T19:52:24Z,15.00,usage_user,system,host2
,,1,2018-05-22T19:53:31Z,16.25,usage_user,system,host3
,,2,2018-05-22T19:54:38Z,17.50,usage_user,system,host4
,,3,2018-05-22T19:55:45Z,18.75,usage_user,system,host0
,,0,2018-05-22T19:56:52Z,20.00,usage_user,system,host1
,,1,2018-05-22T19:57:59Z,21.25,usage_user,system,host2
,,2,2018-05-22T19:58:06Z,22.50,usage_user,system,host3
,,3,2018-05-22T19:59:13Z,23.75,usage_user,system,host4
,,0,2018-05-22T19:50:20Z,25.00,usage_user,system,host0
,,1,2018-05-22T19:51:27Z,26.25,usage_user,system,host1
,,2,2018-05-22T19:52:34Z,27.50,usage_user,system,host2
,,3,2018-05-22T19:53:41Z,28.75,usage_user,system,host3
,,0,2018-05-22T19:54:48Z,30.00,usage_user,system,host4
,,1,2018-05-22T19:55:55Z,31.25,usage_user,system,host0
,,2,2018-05-22T19:56:02Z,32.50,usage_user,system,host1
,,3,2018-05-22T19:57:09Z,33.75,usage_user,system,host2
,,0,2018-05-22T19:58:16Z,35.00,usage_user,system,host3
,,1,2018-05-22T19:59:23Z,36.25,usage_user,system,host4
"

response15 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b15", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "system,host=a usage_user=15.5 1700000000"),
    timeout: 10s,
)
ok15 = response15.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query16 = from(bucket: "telegraf/autogen")
    |> range(start: -36h, stop: now())
    |> filter(fn: (r) => r._measurement == "mem" and r._field == "io_time" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 10m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 45.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q16")

scale16 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 16.5 or not exists r.error)

check16 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-08-17T12:30:00Z, window: 1h30m}
}

response16 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b16", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "mem,host=a io_time=16.5 1700000000"),
    timeout: 10s,
)
ok16 = response16.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1

query17 = from(bucket: "telegraf/autogen")
    |> range(start: -32h, stop: now())
    |> filter(fn: (r) => r._measurement == "system" and r._field == "bytes_recv" and r.host =~ /^web-[0-9]+$/)
    |> aggregateWindow(every: 15m, fn: mean, createEmpty: false)
    |> map(fn: (r) => ({r with _value: r._value * 10.0 / 100.0, unit: "percent"}))
    |> group(columns: ["host", "_measurement"])
    |> yield(name: "q17")

scale17 = (tables=<-, factor=1.0, column="_value") =>
    tables
        |> map(fn: (r) => ({r with _value: if exists r._value then r._value * factor else 0.0}))
        |> filter(fn: (r) => r._value > 17.5 or not exists r.error)

check17 = (r) => {
    level = if r._value > 90.0 then "crit" else if r._value > 70.0 then "warn" else "ok"
    label = "host ${r.host} is ${level} at ${string(v: r._value)}%"
    return {r with level: level, label: label, ts: 2024-09-18T12:30:00Z, window: 1h30m}
}

response17 = influxdb.api(
    method: "post",
    path: "/api/v2/write",
    host: host,
    token: token,
    query: ["org": "my-org", "bucket": "b17", "precision": "s"],
    headers: ["Content-Type": "text/plain; charset=utf-8"],
    body: bytes(v: "system,host=a bytes_recv=17.5 1700000000"),
    timeout: 10s,
)
ok17 = response17.statusCode == 204 and dict.get(dict: ["a": 1, "b": 2], key: "a", default: 0) >= 1
