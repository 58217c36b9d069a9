#!/usr/bin/env bash
# Build the Go `flux` command (module github.com/influxdata/flux, ./cmd/flux) from the Go module
# proxy, once, into the cache; print the binary's path. A second run only prints the path.
#
#   scripts/build-flux-go.sh            ->  $HOME/.cache/flux-rs/bin/flux-go-v0.196.1
#
# FLUX_RS_CACHE moves the cache. A cold build compiles libflux (Rust) and the Go packages:
# see docs/reference-flux.md for timings.
set -euo pipefail
. "$(dirname "$0")/reference-lib.sh"

bin="$cache/bin/flux-go-$FLUX_GO_VERSION"
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
    say "building github.com/influxdata/flux/cmd/flux@$FLUX_GO_VERSION (log: $cache/logs/flux-go.log)"
    start=$SECONDS
    # -checklinkname=0: old dependencies use go:linkname into the runtime, which Go 1.23+ refuses.
    run_logged "$cache/logs/flux-go.log" env GOBIN="$tmp" \
        go install -ldflags=-checklinkname=0 "github.com/influxdata/flux/cmd/flux@$FLUX_GO_VERSION"
    mv "$tmp/flux" "$bin"
    say "built $bin in $((SECONDS - start)) s"
fi
echo "$bin"
