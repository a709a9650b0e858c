#!/usr/bin/env bash
# Builds models/lexicon.bin (Bloom filters of word forms) from the Debian
# hunspell dictionaries in scripts/apt-packages.txt, for language
# identification of short text. Idempotent: skipped when up to date.
set -euo pipefail
root="${1:?usage: 21-lexicon.sh REPO_ROOT}"
dicts=/usr/share/hunspell
target="$root/models/lexicon.bin"
builder="$root/scripts/tools/build-lexicon.py"
# language code = hunspell dictionary names joined by + [: encoding of their word forms]
specs="ru=ru_RU uk=uk_UA kk=kk_KZ uz-Cyrl=uz_UZ tr=tr_TR en=en_US+en_GB de=de_DE fr=fr es=es_ES it=it_IT pl=pl_PL:iso-8859-2 ar=ar"
stamp="$root/models/lexicon.stamp"
state="$specs $(cat "$builder" "$root/scripts/tools/lexicon_text.py" | md5sum | cut -c1-32) $(ls -l --time-style=+%s "$dicts"/*.dic 2>/dev/null | md5sum | cut -c1-32)"
if [ -s "$target" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$state" ]; then
    exit 0
fi
command -v unmunch >/dev/null || { echo "21-lexicon: unmunch missing (Debian hunspell-tools)" >&2; exit 1; }
mkdir -p "$root/models"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=()
for spec in $specs; do
    code="${spec%%=*}"; rest="${spec#*=}"; names="${rest%%:*}"; encoding=""
    [ "$rest" != "$names" ] && encoding=":${rest#*:}"
    : > "$work/$code.raw"
    for name in ${names//+/ }; do
        [ -e "$dicts/$name.dic" ] || { echo "21-lexicon: $dicts/$name.dic missing" >&2; continue; }
        if grep -aqE '^FLAG[[:space:]]+(num|long)' "$dicts/$name.aff"; then
            python3 "$builder" --expand "$dicts/$name.dic" "$dicts/$name.aff" >> "$work/$code.raw"
        else
            unmunch "$dicts/$name.dic" "$dicts/$name.aff" 2>/dev/null >> "$work/$code.raw"
        fi
    done
    [ -s "$work/$code.raw" ] || { echo "21-lexicon: no dictionary for $code" >&2; continue; }
    LC_ALL=C sed "s/.*'//" "$work/$code.raw" | LC_ALL=C sort -u > "$work/$code.txt"
    rm -f "$work/$code.raw"
    args+=("$code=$work/$code.txt$encoding")
done
python3 "$builder" "$target" "${args[@]}"
echo "$state" > "$stamp"
