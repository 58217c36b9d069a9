#!/usr/bin/env bash
# Build `influxd` of InfluxDB 2 (module github.com/influxdata/influxdb/v2, ./cmd/influxd, without
# the UI assets) from the Go module proxy, once, into the cache; print the binary's path. A second
# run only prints the path.
#
#   scripts/build-influxd2.sh           ->  $HOME/.cache/flux-rs/bin/influxd-v2.7.12
#
# FLUX_RS_CACHE moves the cache. Used by scripts/influxdb2-dev.sh and the InfluxDB 2 tests.
set -euo pipefail
. "$(dirname "$0")/reference-lib.sh"

bin="$cache/bin/influxd-$INFLUXDB2_VERSION"
if [ -x "$bin" ]; then
    echo "$bin"
    exit 0
fi
require_tools
reference_env
lock_cache
if [ ! -x "$bin" ]; then
    pkg_config_wrapper
    tmp="$(mktemp -d "$cache/tmp.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
    module="github.com/influxdata/influxdb/v2@$INFLUXDB2_VERSION"
    say "downloading $module"
    # `go install module@version` refuses modules with replace directives, which this one has:
    # build inside the downloaded (read-only) module instead, as its own main module.
    src="$(go mod download -json "$module" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    [ -d "$src" ] || { say "go mod download $module gave no directory"; exit 1; }
    say "building $module ./cmd/influxd (log: $cache/logs/influxd2.log)"
    start=$SECONDS
    # The tags are those of InfluxDB's own build, less `assets` (the UI).
    # -checklinkname=0: old dependencies use go:linkname into the runtime, which Go 1.23+ refuses.
    (cd "$src" && run_logged "$cache/logs/influxd2.log" go build -mod=readonly \
        -tags sqlite_foreign_keys,sqlite_json \
        -ldflags "-checklinkname=0 -X main.version=${INFLUXDB2_VERSION#v} -X main.commit=module-proxy" \
        -o "$tmp/influxd" ./cmd/influxd)
    mv "$tmp/influxd" "$bin"
    say "built $bin in $((SECONDS - start)) s"
fi
echo "$bin"
