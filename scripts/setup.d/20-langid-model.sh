#!/usr/bin/env bash
# Converts py3langid's trained model (PyPI py3langid, BSD) into models/langid.bin.
# Idempotent: does nothing when the output is newer than the package's model.
set -euo pipefail
root="${1:?usage: 20-langid-model.sh REPO_ROOT}"
source_model=$(python3 -c 'import os, py3langid; print(os.path.join(os.path.dirname(py3langid.__file__), "data", "model.npz.xz"))')
mkdir -p "$root/models"
target="$root/models/langid.bin"
converter="$root/scripts/tools/convert-langid-model.py"
if [ -s "$target" ] && [ "$target" -nt "$source_model" ] && [ "$target" -nt "$converter" ]; then exit 0; fi
python3 "$root/scripts/tools/convert-langid-model.py" "$source_model" "$target"
