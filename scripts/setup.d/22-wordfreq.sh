#!/usr/bin/env bash
# Exports word frequencies from PyPI wordfreq (data CC BY-SA 4.0) into
# models/wordfreq.tsv: the align stage weights words by how informative they
# are (function words such as "the", "pour", "и", "ve" weigh almost nothing).
# Idempotent: skipped when the output is newer than the package and the exporter.
set -euo pipefail
root="${1:?usage: 22-wordfreq.sh REPO_ROOT}"
package=$(python3 -c 'import os, wordfreq; print(os.path.dirname(wordfreq.__file__))')
target="$root/models/wordfreq.tsv"
exporter="$root/scripts/tools/export-wordfreq.py"
if [ -s "$target" ] && [ "$target" -nt "$package/data" ] && [ "$target" -nt "$exporter" ]; then exit 0; fi
mkdir -p "$root/models"
python3 "$exporter" "$target" 2>/dev/null
