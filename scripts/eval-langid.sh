#!/usr/bin/env bash
# Accuracy of `kzalign detect` on Lingua's test sets (../shared/langid-testdata)
# and on kzalign's own Kyrgyz/Uzbek fixtures (Tests/Fixtures/langid).
#
# usage: scripts/eval-langid.sh [TESTDATA_DIR] [--quick N]
#   Prints accuracy (%) per language and category (sentences, word pairs,
#   single words) and the means, with the 12 test-set languages as candidates
#   and with the 14 default languages as candidates.
#   KZALIGN_BIN=PATH: use that kzalign binary instead of building .build/release/kzalign
#   (e.g. a build with its own --scratch-path).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
data="../shared/langid-testdata"
limit=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) limit="$2"; shift 2 ;;
        *) data="$1"; shift ;;
    esac
done
[ -d "$data" ] || { echo "eval-langid: no test data at $data" >&2; exit 2; }
. "$root/scripts/lib/kzalign-bin.sh"

twelve="ar,de,en,es,fr,it,kk,pl,ru,tr,uk,zh"
fourteen="ru,kk,ky,uz,uk,tr,en,de,fr,es,it,pl,ar,zh"
langs=$(ls "$data" | grep -v '\.' | sort)

run_set() {  # $1 = label, $2 = candidates
    echo "== candidates: $1 ($2)"
    printf '%-4s %9s %9s %9s\n' lang sentences pairs words
    local tmp; tmp=$(mktemp -d)
    for lang in $langs; do
        local row=() 
        for category in sentences word-pairs single-words; do
            local file="$data/$lang/$category.txt"
            if [ "$limit" -gt 0 ]; then head -n "$limit" "$file" > "$tmp/in"; else cp "$file" "$tmp/in"; fi
            "$bin" detect --languages "$2" < "$tmp/in" > "$tmp/out"
            row+=("$(awk -v want="$lang" -F'\t' '{n++; if ($1 == want) ok++} END {printf "%.1f", 100 * ok / n}' "$tmp/out")")
        done
        printf '%-4s %9s %9s %9s\n' "$lang" "${row[@]}"
        echo "$lang ${row[*]}" >> "$tmp/all"
    done
    awk '{s += $2; p += $3; w += $4; n++} END {printf "%-4s %9.2f %9.2f %9.2f\n", "mean", s / n, p / n, w / n}' "$tmp/all"
    rm -rf "$tmp"
}

run_set "the 12 test-set languages" "$twelve"
run_set "the 14 default languages" "$fourteen"

fixtures="$root/Tests/Fixtures/langid"
if [ -d "$fixtures" ]; then
    echo "== own fixtures (Tests/Fixtures/langid), candidates: the 14 default languages"
    for file in "$fixtures"/*.txt; do
        want=$(basename "$file" .txt)
        grep -v '^\s*$' "$file" | "$bin" detect --languages "$fourteen" \
            | awk -v want="$want" -F'\t' '{n++; if ($1 == want) ok++} END {printf "%-8s %5.1f %% of %d lines\n", want, 100 * ok / n, n}'
    done
fi
