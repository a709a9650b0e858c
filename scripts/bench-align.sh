#!/usr/bin/env bash
# Benchmarks the aligner. Prints medians of 3 runs.
#  1. parallel: 1,000 x 1,000 de-fr sentences (the gettext fixture repeated), with the installed
#     FreeDict dictionaries (after one run has filled .cache/kzalign) and without any dictionary;
#  2. comparable: a generated corpus of N documents (default 10,000, 30 segments each) in en/de/fr/ru,
#     aligned in process by Sources/kzalign-bench-align (the pipeline has no language stage yet).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build -c release >/dev/null
bin="$root/.build/release/kzalign"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fx=Tests/Fixtures/align/gettext-de-fr-test
cat $fx/de.txt $fx/de.txt | head -1000 > "$tmp/de.txt"
cat $fx/fr.txt $fx/fr.txt | head -1000 > "$tmp/fr.txt"
median() { sort -n | sed -n 2p; }
"$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" --source-lang de --target-lang fr >/dev/null # warm the cache
for i in 1 2 3; do /usr/bin/time -f "%e %M" "$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" --source-lang de --target-lang fr 2>&1 >/dev/null | tail -1; done > "$tmp/t1"
echo "parallel 1000x1000 de-fr with dictionaries: median $(cut -d' ' -f1 "$tmp/t1" | median) s, max RSS $(cut -d' ' -f2 "$tmp/t1" | sort -n | tail -1) KB"
for i in 1 2 3; do /usr/bin/time -f "%e %M" "$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" 2>&1 >/dev/null | tail -1; done > "$tmp/t2"
echo "parallel 1000x1000 without dictionaries: median $(cut -d' ' -f1 "$tmp/t2" | median) s, max RSS $(cut -d' ' -f2 "$tmp/t2" | sort -n | tail -1) KB"

n="${1:-10000}"
swift build -c release --product kzalign-bench-align >/dev/null
/usr/bin/time -f "comparable total: %e s, max RSS %M KB" "$root/.build/release/kzalign-bench-align" "$n" 30
