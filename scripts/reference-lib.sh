# Shared by scripts/build-influxd2.sh and scripts/build-flux-go.sh (sourced, not run).
#
# Both programs are built with the Go toolchain from modules of the Go module proxy, into a cache
# outside the repository: ${FLUX_RS_CACHE:-$HOME/.cache/flux-rs}. Nothing built here is committed.
# Both link libflux, Flux's Rust core, which InfluxData's pkg-config wrapper (a Go module too) builds
# with cargo when cgo asks for the `flux` package.
set -euo pipefail

reference_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=reference-versions.env
. "$reference_dir/reference-versions.env"
cache="${FLUX_RS_CACHE:-$HOME/.cache/flux-rs}"

say() { echo "$*" >&2; }

require_tools() {
    local missing=""
    for tool in go cargo cc pkg-config; do
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
    done
    if [ -n "$missing" ]; then
        say "cannot build: missing$missing (Go 1.21+, Rust with cargo, a C compiler and the
        system pkg-config, Debian package pkgconf, which InfluxData's wrapper calls, are needed)"
        exit 1
    fi
}

# The environment the known traps of these old modules need.
reference_env() {
    # The wrapper runs `cargo build` in libflux/ and takes the library from libflux/target/.
    unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
    # flux's rust-toolchain.toml pins an old Rust that this machine does not have.
    export RUSTUP_TOOLCHAIN=stable
    # libflux's crates deny warnings that newer compilers raise: cap lints at "warn" for every
    # crate (RUSTFLAGS alone misses build dependencies, because the wrapper passes --target).
    export RUSTFLAGS=--cap-lints=warn
    export RUSTC_WRAPPER="$reference_dir/rustc-cap-lints.sh"
    export CGO_ENABLED=1
    export GOFLAGS=-buildvcs=false
    export GOTOOLCHAIN=local
}

# Run the rest of the caller under an exclusive lock, so two builds never race in the cache.
lock_cache() {
    mkdir -p "$cache/bin" "$cache/logs" "$cache/tools"
    exec 9>"$cache/build.lock"
    if ! flock -n 9; then
        say "another build holds $cache/build.lock; waiting for it"
        flock 9
    fi
}

# Install the pkg-config wrapper once; set PKG_CONFIG to it.
pkg_config_wrapper() {
    local dir="$cache/tools/pkg-config-$PKG_CONFIG_VERSION"
    if [ ! -x "$dir/pkg-config" ]; then
        say "installing github.com/influxdata/pkg-config@$PKG_CONFIG_VERSION"
        GOBIN="$dir" go install "github.com/influxdata/pkg-config@$PKG_CONFIG_VERSION" >&2
    fi
    export PKG_CONFIG="$dir/pkg-config"
}

# run_logged LOG COMMAND...: run COMMAND with its output in LOG; on failure show the log's end.
run_logged() {
    local log="$1"
    shift
    if ! "$@" >"$log" 2>&1; then
        say "build failed; the end of $log:"
        tail -n 40 "$log" >&2
        exit 1
    fi
}
