#!/usr/bin/env bash
# Runs kzalign's main job on the sample corpus: installs what it needs
# (scripts/setup.sh), builds the release binary, runs `kzalign run pipeline.json`.
# Outputs land in out/ (documents.jsonl, names.json, concepts.json, alignments.jsonl, run.json, …).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
swift build -c release --product kzalign >&2
exec .build/release/kzalign run pipeline.json "$@"
