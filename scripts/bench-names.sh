#!/usr/bin/env bash
# Benchmark of the names stage: map (mention finding) MB/s on 2 threads over the seed
# articles repeated to ~20 MB, the reduce, clustering 100,000 synthetic distinct name
# variants, and peak memory. usage: scripts/bench-names.sh [MEGABYTES] [VARIANTS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="$root/corpus"; [ -d "$seeds" ] || seeds=/work/shared/seeds
(cd "$root" && swift build -c release --product kzalign-bench-names >/dev/null)
"$root/.build/release/kzalign-bench-names" "$seeds" "$root" "${1:-20}" "${2:-100000}"
