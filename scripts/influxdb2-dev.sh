#!/usr/bin/env bash
# Start a throw-away InfluxDB 2 on loopback for trying flux against a real server.
#
#   scripts/influxdb2-dev.sh [PORT]       (default port 8086)
#
# Once the server is ready and onboarded (POST /api/v2/setup), it prints three lines on stdout:
#   INFLUX_HOST=http://127.0.0.1:PORT
#   INFLUX_ORG=flux-rs
#   INFLUX_TOKEN=flux-rs-dev-token
# then runs until Ctrl-C or `kill`. The bucket `flux-rs` exists, the user is `flux-rs` with the
# password `flux-rs-dev-password`. Data (bolt, sqlite, engine) live in a temporary directory,
# removed when it stops; usage reporting is off. For use from another shell:
#   scripts/influxdb2-dev.sh 8087 > /tmp/influx2.env &   sleep 5; . /tmp/influx2.env; export INFLUX_HOST INFLUX_ORG INFLUX_TOKEN
# The binary comes from scripts/build-influxd2.sh (built on first use: see that script).
set -euo pipefail
port="${1:-8086}"
org=flux-rs
bucket=flux-rs
token=flux-rs-dev-token
here="$(cd "$(dirname "$0")" && pwd)"
influxd="$("$here/build-influxd2.sh")"
command -v curl >/dev/null || { echo "curl not found: apt-get install -y curl" >&2; exit 1; }

dir="$(mktemp -d)"
# INFLUXD_CONFIG_PATH: never pick up a config.toml/yaml/json from the current directory.
INFLUXD_CONFIG_PATH="$dir" "$influxd" run \
    --bolt-path "$dir/influxd.bolt" \
    --sqlite-path "$dir/influxd.sqlite" \
    --engine-path "$dir/engine" \
    --http-bind-address "127.0.0.1:$port" \
    --reporting-disabled \
    --log-level warn \
    >"$dir/influxd.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
trap 'exit 0' INT TERM

url="http://127.0.0.1:$port"
ready=""
for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/influxd.log" >&2; exit 1; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health")" = "200" ]; then
        ready=yes
        break
    fi
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "InfluxDB 2 did not answer on port $port; its log:" >&2
    cat "$dir/influxd.log" >&2
    exit 1
fi

setup="{\"username\":\"flux-rs\",\"password\":\"flux-rs-dev-password\",\"org\":\"$org\",\"bucket\":\"$bucket\",\"token\":\"$token\"}"
status="$(curl -s -o "$dir/setup.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data "$setup" "$url/api/v2/setup")"
if [ "$status" != "201" ]; then
    echo "onboarding (POST /api/v2/setup) answered $status:" >&2
    cat "$dir/setup.json" >&2
    exit 1
fi
echo "InfluxDB 2 ready on $url: org $org, bucket $bucket (data in $dir)" >&2
echo "INFLUX_HOST=$url"
echo "INFLUX_ORG=$org"
echo "INFLUX_TOKEN=$token"
wait "$pid"
