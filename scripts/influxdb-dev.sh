#!/usr/bin/env bash
# Start a throw-away InfluxDB 1.x on loopback for trying flux against a real server.
#
#   scripts/influxdb-dev.sh [PORT]        (default port 8086)
#
# Data lives in a temporary directory that is removed when the server stops (Ctrl-C).
# Needs the Debian package `influxdb` (apt-get install -y influxdb).
set -euo pipefail
port="${1:-8086}"
command -v influxd >/dev/null || { echo "influxd not found: apt-get install -y influxdb" >&2; exit 1; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cat > "$dir/influxdb.conf" <<CONF
reporting-enabled = false
bind-address = "127.0.0.1:0"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
[http]
  bind-address = "127.0.0.1:$port"
[monitor]
  store-enabled = false
CONF
echo "InfluxDB 1.x listening on http://127.0.0.1:$port (data in $dir; Ctrl-C stops it)" >&2
influxd run -config "$dir/influxdb.conf" 2>"$dir/influxd.log"
