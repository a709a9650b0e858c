#!/usr/bin/env bash
# Builds models/lemmas/CODE.tsv (inflected form -> dictionary form) from the Debian
# hunspell dictionaries in scripts/apt-packages.txt, for the align stage: bilingual
# dictionaries list "juger", "беспорядок", "morir"; news writes "jugé", "беспорядки",
# "murieron". Idempotent: skipped when up to date. About two minutes and 1.2 GB at most
# (Italian: unmunch writes 36 million lines).
set -euo pipefail
root="${1:?usage: 24-lemmas.sh REPO_ROOT}"
dicts=/usr/share/hunspell
folder="$root/models/lemmas"
builder="$root/scripts/tools/build-lemmas.py"
# language code = hunspell dictionary name [: encoding of the .dic]
specs="ru=ru_RU uk=uk_UA tr=tr_TR de=de_DE fr=fr es=es_ES it=it_IT pl=pl_PL:iso-8859-2 ar=ar"
stamp="$folder/lemmas.stamp"
state="$specs $(cat "$builder" "$root/scripts/tools/build-lexicon.py" | md5sum | cut -c1-32) $(ls -l --time-style=+%s "$dicts"/*.dic 2>/dev/null | md5sum | cut -c1-32)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$state" ]; then
    exit 0
fi
command -v unmunch >/dev/null || { echo "24-lemmas: unmunch missing (Debian hunspell-tools)" >&2; exit 1; }
mkdir -p "$folder"
for spec in $specs; do
    code="${spec%%=*}"; rest="${spec#*=}"; name="${rest%%:*}"; encoding=()
    [ "$rest" != "$name" ] && encoding=("${rest#*:}")
    if [ ! -e "$dicts/$name.dic" ]; then
        echo "24-lemmas: $dicts/$name.dic missing; no inflections for $code" >&2
        rm -f "$folder/$code.tsv"
        continue
    fi
    python3 "$builder" "$folder/$code.tsv" "$dicts/$name.dic" "$dicts/$name.aff" "${encoding[@]}"
done
echo "$state" > "$stamp"
