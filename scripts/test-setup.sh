#!/usr/bin/env bash
# Install or build what the tests need, reusing what is already there:
#  - InfluxDB 1.x (`influxd` on PATH, Debian package `influxdb`), for tests/influxdb_e2e.rs;
#  - influxd of InfluxDB 2.7 (scripts/build-influxd2.sh), for tests/influxdb2_e2e.rs;
#  - the Go `flux` command (scripts/build-flux-go.sh), the reference for tests/reference_flux.rs.
# The builds go to ${FLUX_RS_CACHE:-$HOME/.cache/flux-rs}; a cold build takes many minutes
# (docs/reference-flux.md), a warm run under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
    echo "installing Debian packages: $*" >&2
    export DEBIAN_FRONTEND=noninteractive
    local sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -y >&2
    $sudo_cmd apt-get install -y "$@" >&2
}

packages=""
command -v influxd >/dev/null 2>&1 || packages="$packages influxdb"
# InfluxData's pkg-config wrapper calls the system pkg-config.
command -v pkg-config >/dev/null 2>&1 || packages="$packages pkgconf"
command -v curl >/dev/null 2>&1 || packages="$packages curl"
if [ -n "$packages" ]; then
    # shellcheck disable=SC2086
    apt_install $packages
fi
# Debian starts the InfluxDB 1.x service on install; the tests start their own servers.
(command -v systemctl >/dev/null 2>&1 && systemctl stop influxdb 2>/dev/null) || true

scripts/build-influxd2.sh >/dev/null
scripts/build-flux-go.sh >/dev/null
