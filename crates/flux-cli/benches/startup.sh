#!/usr/bin/env bash
# Start-up time of `flux -e '1'` against a Rust hello-world, both release builds.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop of 200 runs.
#
#   bash crates/flux-cli/benches/startup.sh      (from the workspace root)
set -euo pipefail
cd "$(dirname "$0")/../../.."

cargo build --release -q -p flux-cli --bin flux
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'fn main() {\n    println!("1");\n}\n' >"$work/hello.rs"
rustc -O -o "$work/hello" "$work/hello.rs"

flux="target/release/flux"
"$flux" -e '1' | grep -qx 1

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 20 --runs 300 "$work/hello" "$flux -e 1"
else
    for cmd in "$work/hello" "$flux -e 1"; do
        start=$(date +%s%N)
        for _ in $(seq 200); do $cmd >/dev/null; done
        end=$(date +%s%N)
        echo "$cmd: $(( (end - start) / 200 / 1000 )) µs per run (mean of 200)"
    done
fi
