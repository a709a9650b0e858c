#!/usr/bin/env bash
# F1 of `kzalign names score` on a name-pair benchmark (columns name_a, name_b, label, kind;
# default: the held-out Tests/Fixtures/names/pairs-test.tsv). Prints P, R, F1 and errors by kind.
# usage: scripts/eval-names-score.sh [PAIRS.tsv] [--errors]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pairs="${1:-$root/Tests/Fixtures/names/pairs-test.tsv}"
(cd "$root" && swift build -c release --product kzalign >/dev/null)
tail -n +2 "$pairs" | cut -f1,2 | "$root/.build/release/kzalign" names score > /tmp/kz-names-score.$$
tail -n +2 "$pairs" | paste - /tmp/kz-names-score.$$ | awk -F'\t' -v errors="${2:-}" '
  { gold = $3; kind = $4; got = $6
    if (gold == "same" && got == "same") tp++; else if (gold == "different" && got == "same") { fp++; err[kind]++ }
    else if (gold == "same" && got == "different") { fn++; err[kind]++ }
    total[kind]++
    if (errors != "" && gold != got) print "error\t" gold "\t" $1 "\t" $2 "\t" $5 }
  END { p = tp / (tp + fp); r = tp / (tp + fn)
        printf "pairs %d  P %.3f  R %.3f  F1 %.3f\n", NR, p, r, 2 * p * r / (p + r)
        for (k in total) printf "  %-15s %5d pairs, %4d errors\n", k, total[k], err[k] }'
rm -f /tmp/kz-names-score.$$
