#!/usr/bin/env bash
# Peak RSS of `flux` reading a 50 MB api() response (target: <= 2x the body, 100 MB).
# Serves a 50 MB file from 127.0.0.1 with python3's http.server (which sends
# Content-Length), runs a script that fetches it, and reports /usr/bin/time -v's
# "Maximum resident set size".
#
#   bash crates/flux-stdlib/benches/rss_50mb.sh      (from the workspace root)
set -euo pipefail
cd "$(dirname "$0")/../../.."

cargo build --release -p flux-cli --bin flux >/dev/null
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >"$work/big.bin"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null && break
    sleep 0.1
done

cat >"$work/big.flux" <<FLUX
import "dict"
import "experimental/influxdb"

response = influxdb.api(method: "get", path: "/big.bin", host: "http://127.0.0.1:$port", token: "t")
response.statusCode
dict.get(dict: response.headers, key: "Content-Length", default: "?")
FLUX

/usr/bin/time -v target/release/flux "$work/big.flux" 2>"$work/time.txt"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$work/time.txt"
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
echo "peak RSS: $((rss_kb / 1024)) MB for a 50 MB body (limit 100 MB)"
[ "$rss_kb" -le $((100 * 1024)) ]
