#!/usr/bin/env bash
# Builds models/langid-words.bin from PyPI wordfreq (code Apache-2.0, data
# CC BY-SA 4.0): the Zipf frequency of each word in each language, for
# identifying the language of short text (single words, word pairs). Kazakh,
# Kyrgyz and Uzbek have no wordfreq list; Chinese is left out (its script alone
# decides among kzalign's languages). Words below Zipf 2 (1 in 10 million) are
# left out: they are rare enough that the hunspell lexicon covers them.
# Idempotent: skipped when the output is newer than the package data and the builder.
set -euo pipefail
root="${1:?usage: 23-langid-words.sh REPO_ROOT}"
package=$(python3 -c 'import os, wordfreq; print(os.path.dirname(wordfreq.__file__))')
target="$root/models/langid-words.bin"
builder="$root/scripts/tools/build-langid-words.py"
if [ -s "$target" ] && [ "$target" -nt "$package/data" ] && [ "$target" -nt "$builder" ] \
    && [ "$target" -nt "$root/scripts/tools/lexicon_text.py" ] && [ "$target" -nt "$0" ]; then
    exit 0
fi
mkdir -p "$root/models"
python3 "$builder" "$target" --min-zipf 2.0 ar de en es fr it pl ru tr uk
