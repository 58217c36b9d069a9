#!/usr/bin/env bash
# The README's test command: set up the servers and reference programs the tests need
# (scripts/test-setup.sh: cached after the first run), then run every test of the workspace.
# Extra arguments go to `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-setup.sh
cargo test --workspace "$@"
