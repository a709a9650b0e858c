#!/usr/bin/env bash
# Language-identification benchmark: sentences per second on one thread
# (median of 5 runs of `kzalign detect` over the 11,729 test-set sentences
# repeated 5 times; wall time and CPU time, since other jobs on the machine
# inflate wall time), startup with model load (median of 5 runs on one line),
# and the peak memory of a full run (/usr/bin/time -v; Debian package `time`).
# usage: scripts/bench-langid.sh [TESTDATA_DIR]
#   KZALIGN_BIN=PATH: use that kzalign binary instead of building .build/release/kzalign
#   (e.g. a build with its own --scratch-path).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
data="${1:-../shared/langid-testdata}"
. "$root/scripts/lib/kzalign-bin.sh"
[ -x /usr/bin/time ] || { echo "bench-langid: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for i in 1 2 3 4 5; do cat "$data"/*/sentences.txt; done > "$tmp/sentences"
lines=$(wc -l < "$tmp/sentences")
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

for i in 1 2 3 4 5; do
    echo "Hallo Welt" | /usr/bin/time -f "%e" -o "$tmp/load$i" "$bin" detect >/dev/null
done
load=$(cat "$tmp"/load? | median)
for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S" -o "$tmp/run$i" "$bin" detect --languages ar,de,en,es,fr,it,kk,pl,ru,tr,uk,zh \
        < "$tmp/sentences" >/dev/null
done
wall=$(cat "$tmp"/run? | awk '{print $1}' | median)
cpu=$(cat "$tmp"/run? | awk '{print $2 + $3}' | median)
/usr/bin/time -v "$bin" detect < "$tmp/sentences" 2> "$tmp/time" >/dev/null
peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$tmp/time")
printf 'sentences:            %d (mean %d bytes)\n' "$lines" "$(( $(wc -c < "$tmp/sentences") / lines ))"
printf 'startup + model load: %.3f s (median of 5, one short line)\n' "$load"
printf 'throughput, wall:     %.0f sentences/s on one thread (median of 5; startup included)\n' "$(echo "$lines / $wall" | bc -l)"
printf 'throughput, CPU time: %.0f sentences/s (user+sys of that one thread)\n' "$(echo "$lines / $cpu" | bc -l)"
printf 'peak memory:          %s MB (max RSS, full run, 14 default candidates)\n' "$peak"
printf 'load average:         %s (other jobs on the machine slow the wall time)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
