#!/usr/bin/env bash
# Run Flux's own standard-library testcases with our `flux test` and summarise them.
#
#   scripts/conformance.sh FLUX_CHECKOUT [FLUX_TEST_ARGS...]
#
# FLUX_CHECKOUT is a checkout of github.com/influxdata/flux (never copied into this repo).
# Builds our `flux` (debug profile; CARGO_PROFILE=release for a faster run), runs
# `flux test FLUX_CHECKOUT/stdlib`, and prints, as Markdown:
#   - per package (directory under stdlib/): testcases passed / failed / skipped / total;
#   - the most common reasons for failures, locations blanked out, grouped and counted.
# The full `flux test` output is kept in $OUT (default: target/conformance.txt).
set -euo pipefail

if [ $# -lt 1 ] || [ ! -d "$1/stdlib" ]; then
    echo "usage: $0 FLUX_CHECKOUT [FLUX_TEST_ARGS...]   (FLUX_CHECKOUT/stdlib must exist)" >&2
    exit 2
fi
checkout="$(cd "$1" && pwd)"
shift
repo="$(cd "$(dirname "$0")/.." && pwd)"
profile="${CARGO_PROFILE:-dev}"
target="${CARGO_TARGET_DIR:-$repo/target}"
out="${OUT:-$target/conformance.txt}"
top="${TOP:-25}"

(cd "$repo" && cargo build -q --profile "$profile" -p flux-cli)
case "$profile" in dev) dir=debug ;; *) dir="$profile" ;; esac
flux="$target/$dir/flux"
mkdir -p "$(dirname "$out")"

# Paths relative to the checkout, so the packages read `universe`, `experimental/geo`, ...
(cd "$checkout" && "$flux" test "$@" stdlib) >"$out" 2>&1 || true

# One record per testcase: "PACKAGE<TAB>OUTCOME<TAB>REASON" (outcome pass, fail or skip).
records="$(awk '
/^stdlib\/.*\.flux: .*\.\.\. (pass|fail|skip)/ {
    file = $0; sub(/: .*/, "", file)
    pkg = file; sub(/^stdlib\//, "", pkg); sub(/\/[^\/]*$/, "", pkg)
    if (pkg ~ /\.flux$/) pkg = "(root)"
    rest = $0; sub(/^[^ ]*: /, "", rest)
    if (rest ~ /\.\.\. pass$/) { print pkg "\tpass\t"; next }
    if (rest ~ /\.\.\. skip/) { print pkg "\tskip\t"; next }
    reason = rest; sub(/^.*\.\.\. fail: /, "", reason)
    gsub(/@[0-9]+:[0-9]+-[0-9]+:[0-9]+/, "@L:C", reason)
    if (reason ~ /^error calling function "diff" @L:C: Table: keys:/) reason = "testing.diff: got and want differ"
    else if (reason ~ /^error calling function "shouldError" @L:C: Table: keys:/) reason = "testing.shouldError: the error message does not match"
    if (length(reason) > 110) reason = substr(reason, 1, 107) "..."
    print pkg "\tfail\t" reason
}' "$out")"

echo "| package | passed | failed | skipped | total |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "$records" | sort -t"$(printf '\t')" -k1,1 | awk -F'\t' '
{ if ($1 != pkg) { if (pkg != "") row(); pkg = $1; p = f = s = 0 }
  if ($2 == "pass") { p++; tp++ } else if ($2 == "fail") { f++; tf++ } else { s++; ts++ } }
function row() { printf "| %s | %d | %d | %d | %d |\n", pkg, p, f, s, p + f + s }
END { if (pkg != "") row(); printf "| **all** | **%d** | **%d** | **%d** | **%d** |\n", tp, tf, ts, tp + tf + ts }'
echo
echo "Top reasons for failures:"
echo
echo "| count | reason |"
echo "|---:|---|"
printf '%s\n' "$records" | awk -F'\t' '$2 == "fail" { print $3 }' | sort | uniq -c | sort -rn | head -n "$top" |
    sed -E 's/^ *([0-9]+) (.*)$/| \1 | `\2` |/'
