#!/usr/bin/env bash
# Times writing index.sqlite, report.html and names.csv for a generated corpus,
# as medians and as a ratio to writing documents.jsonl (the baseline).
# Usage: scripts/bench-outputs.sh [DOCUMENTS=10000] [REPEATS=3]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
documents="${1:-10000}"
repeats="${2:-3}"
cd "$root"
swift build -c release --product kzalign-bench-outputs >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$(swift build -c release --show-bin-path)/kzalign-bench-outputs" bench --documents "$documents" --repeats "$repeats" --dir "$work"
