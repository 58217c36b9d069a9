#!/usr/bin/env bash
# Time the table pipelines of the table issues through our `flux` (release build) and the Go
# `flux` command, on the same generated annotated CSV, and print the ratios.
#
#   scripts/bench-vs-go.sh [ROWS] [TABLES]     (default 1000000 rows in 1000 tables)
#
# Each pipeline reads the data with csv.from(file:) and ends in count() (or a small result) so
# that printing does not dominate; each runs 3 times per program and the best wall time counts.
# Figures depend on the machine's load: say `uptime` with them.
set -euo pipefail

rows="${1:-1000000}"
tables="${2:-1000}"
here="$(cd "$(dirname "$0")/.." && pwd)"
go_flux="$("$here/scripts/build-flux-go.sh")"
target="${CARGO_TARGET_DIR:-$here/target}"
# FLUX_RS_OURS names another build of ours (e.g. a debug one, to try the script quickly).
if [[ -n "${FLUX_RS_OURS:-}" ]]; then
    ours="$FLUX_RS_OURS"
else
    cargo build --release -q -p flux-cli --manifest-path "$here/Cargo.toml"
    ours="$target/release/flux"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data.csv"

# Annotated CSV: TABLES tables (one per host) of ROWS/TABLES rows, times 10 s apart.
awk -v rows="$rows" -v tables="$tables" 'BEGIN {
    srand(42)
    per = int(rows / tables)
    print "#datatype,string,long,dateTime:RFC3339,string,string,string,double"
    print "#group,false,false,false,true,true,true,false"
    print "#default,_result,,,,,,"
    print ",result,table,_time,_measurement,_field,host,_value"
    for (t = 0; t < tables; t++) {
        for (i = 0; i < per; i++) {
            s = i * 10
            printf ",,%d,2024-01-%02dT%02d:%02d:%02dZ,cpu,usage,host%04d,%.4f\n", t, 1 + int(s / 86400) % 28, int(s / 3600) % 24, int(s / 60) % 60, s % 60, t, rand()
        }
    }
}' > "$data"

declare -a names=(decode filter map group_mean sort)
declare -A pipelines=(
    [decode]='|> count()'
    [filter]='|> filter(fn: (r) => r._value > 0.5) |> count()'
    [map]='|> map(fn: (r) => ({r with _value: r._value * 2.0})) |> count()'
    [group_mean]='|> group(columns: ["_measurement"]) |> mean()'
    [sort]='|> sort(columns: ["_value"]) |> count()'
)

best_ms() { # best of 3 wall times in ms of: "$@" (its output left in $work/out)
    local best=""
    for _ in 1 2 3; do
        local start end ms
        start=$(date +%s%N)
        if ! "$@" > "$work/out" 2> "$work/err"; then
            echo "failed" ; return 0
        fi
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        if [[ -z "$best" || "$ms" -lt "$best" ]]; then best="$ms"; fi
    done
    echo "$best"
}

echo "rows=$rows tables=$tables data=$(du -h "$data" | cut -f1) $(uptime | sed 's/.*load/load/')"
printf '%-12s %10s %10s %8s  %s\n' pipeline "go ms" "ours ms" "go/ours" "same output"
for name in "${names[@]}"; do
    script="$work/$name.flux"
    printf 'import "csv"\ncsv.from(file: "%s")\n    %s\n' "$data" "${pipelines[$name]}" > "$script"
    go_ms=$(best_ms "$go_flux" "$script")
    cp "$work/out" "$work/go.out" 2>/dev/null || true
    our_ms=$(best_ms "$ours" "$script")
    same=$(cmp -s "$work/out" "$work/go.out" && echo yes || echo no)
    if [[ "$go_ms" == failed || "$our_ms" == failed ]]; then
        printf '%-12s %10s %10s %8s  %s\n' "$name" "$go_ms" "$our_ms" "-" "$same"
    else
        ratio=$(awk -v g="$go_ms" -v o="$our_ms" 'BEGIN { printf "%.2f", (o > 0 ? g / o : 0) }')
        printf '%-12s %10s %10s %8s  %s\n' "$name" "$go_ms" "$our_ms" "$ratio" "$same"
    fi
done
