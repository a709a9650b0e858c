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
    # wall seconds and CPU seconds (user + sys) of one run
    times+=("$( { /usr/bin/time -f "%e %U %S" "$bin" run "$work/pipeline.json" --quiet --no-cache; } 2>&1 | tail -1)")
done
python3 - "$bytes" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" "${times[@]}" <<'PY'
import sys, statistics
size = int(sys.argv[1]) / 1e6
cores, load = int(sys.argv[2]), sys.argv[3]
runs = [list(map(float, t.split())) for t in sys.argv[4:]]
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] + r[2] for r in runs)
print(f"ingest+segment: {size:.1f} MB, {len(runs)} runs, load average {load} on {cores} cores")
print(f"  wall median {wall:.2f} s -> {size / wall:.1f} MB/s (target >= 20 MB/s on 2 cores)")
print(f"  CPU median {cpu:.2f} s -> {size / cpu:.1f} MB per CPU-second ({cores} cores idle would give about {cores * size / cpu:.1f} MB/s)")
PY

if "$bin" translit --help >/dev/null 2>&1; then
    bash "$root/scripts/bench-translit.sh" 2>/dev/null || true
fi
