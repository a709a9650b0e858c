#!/usr/bin/env bash
# Evaluates the align stage on the seed corpus against ../shared/gold/seeds/alignments.tsv.
# Needs the full pipeline (ingest, segment, detect-language, transliterate, names, glossary, align).
# Usage: scripts/eval-align.sh [PIPELINE] [GOLD]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pipeline="${1:-$root/pipeline.json}"
gold="${2:-$root/../shared/gold/seeds/alignments.tsv}"
[ -f "$gold" ] || gold=/work/shared/gold/seeds/alignments.tsv
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift build -c release --package-path "$root" >/dev/null
if ! grep -q '"align"' "$pipeline"; then
  echo "note: $pipeline has no align stage; add {\"type\": \"align\"} after the names/glossary stages" >&2
  exit 2
fi
"$root/.build/release/kzalign" run "$pipeline" --out "$out" >/dev/null
python3 "$root/scripts/eval-align.py" "$out" "$gold"
