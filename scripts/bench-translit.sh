#!/usr/bin/env bash
# Benchmark: `kzalign translit --lang ru` against `uconv -x Russian-Latin/BGN`
# on 1 MB of Russian running text (built from the Debian hunspell-ru word list
# by scripts/make-russian-text.py: Zipf-distributed words, seeded), median of
# runs, plus a word-by-word equality check of the two outputs. Also times
# 20 MB (the same text 20 times) to show the steady state once the memo is warm.
# usage: scripts/bench-translit.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
command -v uconv >/dev/null || { echo "uconv missing: run scripts/setup.sh (icu-devtools)" >&2; exit 1; }
(cd "$root" && swift build -c release --product kzalign >/dev/null)
bin="$root/.build/release/kzalign"
python3 "$root/scripts/make-russian-text.py" "$work/ru.txt" 1000000
for i in $(seq 20); do cat "$work/ru.txt"; done > "$work/ru20.txt"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeit() { # command... ; prints seconds
    local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
u=$(for i in $(seq "$runs"); do timeit sh -c "uconv -x Russian-Latin/BGN < '$work/ru.txt'"; done | median)
k=$(for i in $(seq "$runs"); do timeit sh -c "'$bin' translit --lang ru < '$work/ru.txt'"; done | median)
k0=$(for i in $(seq "$runs"); do timeit sh -c "'$bin' translit --lang ru < /dev/null"; done | median)
k20=$(for i in $(seq 3); do timeit sh -c "'$bin' translit --lang ru < '$work/ru20.txt'"; done | median)
u0=$(for i in $(seq "$runs"); do timeit sh -c "uconv -x Russian-Latin/BGN < /dev/null"; done | median)

uconv -x Russian-Latin/BGN < "$work/ru.txt" | tr -s '[:space:]' '\n' > "$work/u.words"
"$bin" translit --lang ru < "$work/ru.txt" | tr -s '[:space:]' '\n' > "$work/k.words"
words=$(wc -l < "$work/u.words")
differ=$(paste -d '\t' "$work/u.words" "$work/k.words" | awk -F '\t' '$1 != $2' | wc -l)
distinct=$(tr -s '[:space:][:punct:]' '\n' < "$work/ru.txt" | sort -u | wc -l)

printf 'text: %s bytes, %s words, %s distinct\n' "$(wc -c < "$work/ru.txt")" "$words" "$distinct"
printf 'uconv -x Russian-Latin/BGN, 1 MB      median %.3f s (start-up alone %.3f s)\n' "$u" "$u0"
printf 'kzalign translit --lang ru, 1 MB      median %.3f s (start-up alone %.3f s)\n' "$k" "$k0"
printf 'kzalign translit --lang ru, 20 MB     median %.3f s  => %.4f s per MB once warm\n' "$k20" "$(echo "$k20/20" | bc -l)"
printf 'speed-up, 1 MB end to end:            %.1fx\n' "$(echo "$u/$k" | bc -l)"
printf 'speed-up, work beyond start-up:       %.1fx\n' "$(echo "($u-$u0)/($k-$k0)" | bc -l)"
printf 'speed-up per MB, steady state:        %.1fx\n' "$(echo "$u/($k20/20)" | bc -l)"
printf 'words differing from uconv:           %s of %s\n' "$differ" "$words"
[ "$differ" -eq 0 ]
