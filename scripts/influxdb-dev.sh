#!/usr/bin/env bash
# Start a throw-away InfluxDB 1.x on loopback for trying flux against a real server.
#
#   scripts/influxdb-dev.sh [PORT]        (default port 8086)
#
# It prints a line once the server answers, then runs until Ctrl-C or `kill` (`kill %1` when
# started with `&`). Its data lives in a temporary directory, removed when it stops.
# Needs the Debian package `influxdb` (apt-get install -y influxdb).
set -euo pipefail
port="${1:-8086}"
command -v influxd >/dev/null || { echo "influxd not found: apt-get install -y influxdb" >&2; exit 1; }
dir="$(mktemp -d)"
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
influxd run -config "$dir/influxdb.conf" 2>"$dir/influxd.log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
trap 'exit 0' INT TERM

# Ready when GET /ping answers 204 (about 0.1 s).
ping_status() {
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET /ping HTTP/1.0\r\n\r\n' >&3
    head -c 12 <&3 | cut -c10-12
    exec 3<&-
}
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/influxd.log" >&2; exit 1; }
    if [ "$(ping_status 2>/dev/null)" = "204" ]; then
        echo "InfluxDB 1.x ready on http://127.0.0.1:$port (data in $dir)" >&2
        wait "$pid"
        exit 0
    fi
    sleep 0.1
done
echo "InfluxDB did not answer on port $port; its log:" >&2
cat "$dir/influxd.log" >&2
exit 1
