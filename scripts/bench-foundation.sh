#!/usr/bin/env bash
# Benchmarks for the foundation (issue 2), printed as medians of several runs:
#  1. ingest + segment throughput (MB/s of text) on a corpus made by repeating the
#     sample corpus until it holds about SIZE_MB megabytes (default 60);
#  2. `kzalign translit --lang ru` against `uconv -x Russian-Latin/BGN` on 1 MB of
#     Russian running text (when the translit command exists), with a word-by-word check.
# Usage: scripts/bench-foundation.sh [SIZE_MB] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size_mb="${1:-60}"
runs="${2:-3}"
cd "$root"
swift build -c release --product kzalign >&2
bin="$root/.build/release/kzalign"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/corpus"
python3 - "$work/corpus" "$size_mb" <<'PY'
import os, sys, glob
out, size_mb = sys.argv[1], float(sys.argv[2])
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("corpus/*.txt"))]
target, written, i = size_mb * 1e6, 0, 0
while written < target:
    text = texts[i % len(texts)]
    sub = os.path.join(out, f"{i // 1000:04d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"{i:07d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    written += len(text.encode("utf-8")); i += 1
print(f"generated {i} documents, {written / 1e6:.1f} MB", file=sys.stderr)
PY
bytes=$(du -sb "$work/corpus" | cut -f1)
cat > "$work/pipeline.json" <<JSON
{"corpus": {"root": "corpus"}, "output": {"dir": "out", "formats": []},
 "stages": [{"type": "ingest"}, {"type": "segment"}]}
JSON
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$bin" run "$work/pipeline.json" --quiet
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
done
python3 - "$bytes" "${times[@]}" <<'PY'
import sys, statistics
size = int(sys.argv[1]) / 1e6
times = [float(t) for t in sys.argv[2:]]
m = statistics.median(times)
print(f"ingest+segment: {size:.1f} MB, median {m:.2f} s over {len(times)} runs -> {size / m:.1f} MB/s (target >= 20 MB/s)")
PY

if "$bin" translit --help >/dev/null 2>&1; then
    bash "$root/scripts/bench-translit.sh" 2>/dev/null || true
fi
