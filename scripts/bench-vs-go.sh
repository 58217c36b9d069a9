#!/usr/bin/env bash
# Time the table pipelines of the table issues through our `flux` (release build) and the Go
# `flux` command, on the same generated annotated CSV, and print the ratios.
#
#   scripts/bench-vs-go.sh [ROWS] [TABLES]     (default 1000000 rows in 1000 tables)
#
# Each pipeline reads the data with csv.from(file:) and ends in count() (or a small result) so
# that printing does not dominate; each runs RUNS times (default 3) per program and the best wall
# time counts, with the largest peak RSS (/usr/bin/time's maximum resident set size) of those runs.
# "same output" compares the printed tables; "sorted" means the same lines in another table order.
# Figures depend on the machine's load: say `uptime` with them.
#
# The series are (host, _field) pairs: three fields (usage, system, idle) per host, so that pivot
# has three fields to turn into columns. ONLY="pivot join" runs only the named pipelines.
set -euo pipefail

rows="${1:-1000000}"
tables="${2:-1000}"
runs="${RUNS:-3}"
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
    split("usage system idle", fields, " ")
    print "#datatype,string,long,dateTime:RFC3339,string,string,string,double"
    print "#group,false,false,false,true,true,true,false"
    print "#default,_result,,,,,,"
    print ",result,table,_time,_measurement,_field,host,_value"
    for (t = 0; t < tables; t++) {
        for (i = 0; i < per; i++) {
            s = i * 10
            printf ",,%d,2024-01-%02dT%02d:%02d:%02dZ,cpu,%s,host%04d,%.4f\n", t, 1 + int(s / 86400) % 28, int(s / 3600) % 24, int(s / 60) % 60, s % 60, fields[1 + t % 3], int(t / 3), rand()
        }
    }
}' > "$data"

# The range of the data (each series starts at 2024-01-01T00:00:00Z, one point every 10 s), so
# that aggregateWindow makes no empty windows past the data. Go's planner refuses a join of a
# source with itself, so join's right side reads the file again.
stop="$(date -u -d "@$(( 1704067200 + rows / tables * 10 ))" +%Y-%m-%dT%H:%M:%SZ)"
declare -a names=(decode filter map group_mean sort aggregateWindow derivative movingAverage join pivot top)
if [[ -n "${ONLY:-}" ]]; then read -r -a names <<< "$ONLY"; fi
declare -A pipelines=(
    [decode]='|> count()'
    [filter]='|> filter(fn: (r) => r._value > 0.5) |> count()'
    [map]='|> map(fn: (r) => ({r with _value: r._value * 2.0})) |> count()'
    [group_mean]='|> group(columns: ["_measurement"]) |> mean()'
    [sort]='|> sort(columns: ["_value"]) |> count()'
    [aggregateWindow]='|> range(start: 2024-01-01T00:00:00Z, stop: STOP) |> aggregateWindow(every: 1m, fn: mean) |> count()'
    [derivative]='|> derivative() |> count()'
    [movingAverage]='|> movingAverage(n: 10) |> count()'
    [join]='|> join.inner(right: csv.from(file: "FILE"), on: (l, r) => l._time == r._time, as: (l, r) => ({l with v2: r._value})) |> count()'
    [pivot]='|> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value") |> count(column: "usage")'
    [top]='|> top(n: 10) |> count()'
)

best_ms() { # "MS MIB": best of RUNS wall times in ms of "$@" and its largest peak RSS in MiB
    local best="" rss=0
    for ((run = 0; run < runs; run++)); do
        local start end ms kib
        start=$(date +%s%N)
        if ! /usr/bin/time -f '%M' -o "$work/rss" "$@" > "$work/out" 2> "$work/err"; then
            echo "failed -" ; return 0
        fi
        end=$(date +%s%N)
        ms=$(( (end - start) / 1000000 ))
        kib=$(tail -n 1 "$work/rss")
        if [[ -z "$best" || "$ms" -lt "$best" ]]; then best="$ms"; fi
        if (( kib / 1024 > rss )); then rss=$(( kib / 1024 )); fi
    done
    echo "$best $rss"
}

echo "rows=$rows tables=$tables data=$(du -m "$data" | cut -f1) MiB $(uptime | sed 's/.*load/load/')"
row='%-16s %9s %9s %8s %8s %8s  %s\n'
printf "$row" pipeline "go ms" "ours ms" "go/ours" "go MiB" "our MiB" "same output"
for name in "${names[@]}"; do
    script="$work/$name.flux"
    printf 'import "csv"\nimport "join"\ndata = csv.from(file: "%s")\ndata\n    %s\n' \
        "$data" "$(sed -e "s|FILE|$data|; s|STOP|$stop|" <<< "${pipelines[$name]}")" > "$script"
    read -r go_ms go_mib <<< "$(best_ms "$go_flux" "$script")"
    cp "$work/out" "$work/go.out" 2>/dev/null || true
    read -r our_ms our_mib <<< "$(best_ms "$ours" "$script")"
    if cmp -s "$work/out" "$work/go.out"; then
        same=yes
    elif cmp -s <(sort "$work/out") <(sort "$work/go.out"); then
        same=sorted
    else
        same=no
    fi
    ratio=-
    if [[ "$go_ms" != failed && "$our_ms" != failed ]]; then
        ratio=$(awk -v g="$go_ms" -v o="$our_ms" 'BEGIN { printf "%.2f", (o > 0 ? g / o : 0) }')
    fi
    printf "$row" "$name" "$go_ms" "$our_ms" "$ratio" "$go_mib" "$our_mib" "$same"
done
