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

flux="${CARGO_TARGET_DIR:-target}/release/flux"
"$flux" -e '1' | grep -qx 1

if command -v hyperfine >/dev/null 2>&1; then
    # Rounds of both commands, so that a change in the machine's load shows in both
    # columns of a row; the ratio of the medians is the figure.
    echo "round  hello (median ms)  flux -e 1 (median ms)  ratio"
    for round in 1 2 3 4 5; do
        hyperfine -N --warmup 20 --runs 200 --export-csv "$work/round.csv" \
            "$work/hello" "$flux -e 1" >/dev/null 2>&1
        awk -F, -v round="$round" 'NR == 2 { h = $4 } NR == 3 { f = $4 }
            END { printf "%5d  %17.2f  %21.2f  %5.2f\n", round, h * 1000, f * 1000, f / h }' "$work/round.csv"
    done
else
    for cmd in "$work/hello" "$flux -e 1"; do
        start=$(date +%s%N)
        for _ in $(seq 200); do $cmd >/dev/null; done
        end=$(date +%s%N)
        echo "$cmd: $(( (end - start) / 200 / 1000 )) µs per run (mean of 200)"
    done
fi
