#!/usr/bin/env bash
# Language-identification benchmark: sentences per second on one thread
# (median of 5 runs of `kzalign detect` over the 11,729 test-set sentences,
# repeated 5 times), model load time (median of 5 runs on one line), and the
# peak memory of a full run (/usr/bin/time -v; Debian package `time`).
# usage: scripts/bench-langid.sh [TESTDATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
data="${1:-../shared/langid-testdata}"
swift build -c release --product kzalign >/dev/null
bin="$root/.build/release/kzalign"
[ -x /usr/bin/time ] || { echo "bench-langid: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for i in 1 2 3 4 5; do cat "$data"/*/sentences.txt; done > "$tmp/sentences"
lines=$(wc -l < "$tmp/sentences")
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
now() { date +%s.%N; }

for i in 1 2 3 4 5; do
    start=$(now); echo "Hallo Welt" | "$bin" detect >/dev/null; end=$(now)
    echo "$end - $start" | bc -l
done | median > "$tmp/load"
for i in 1 2 3 4 5; do
    start=$(now); "$bin" detect --languages ar,de,en,es,fr,it,kk,pl,ru,tr,uk,zh < "$tmp/sentences" >/dev/null; end=$(now)
    echo "$end - $start" | bc -l
done | median > "$tmp/run"
/usr/bin/time -v "$bin" detect < "$tmp/sentences" 2> "$tmp/time" >/dev/null
peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$tmp/time")
load=$(cat "$tmp/load"); run=$(cat "$tmp/run")
printf 'sentences:            %d (mean %d bytes)\n' "$lines" "$(( $(wc -c < "$tmp/sentences") / lines ))"
printf 'startup + model load: %.3f s (median of 5, one short line)\n' "$load"
printf 'throughput:           %.0f sentences/s on one thread (median of 5; startup included)\n' "$(echo "$lines / $run" | bc -l)"
printf 'throughput, net:      %.0f sentences/s (startup subtracted)\n' "$(echo "$lines / ($run - $load)" | bc -l)"
printf 'peak memory:          %s MB (max RSS, full run, 14 default candidates)\n' "$peak"
