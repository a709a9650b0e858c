#!/bin/sh
# Glossary benchmark (issue 5): matching MB/s with a generated 10,000-concept
# glossary (plus the shipped glossary and CLDR country/language concepts), and
# the load time of a generated 100,000-variant glossary. Prints medians of 5 runs.
# Usage: scripts/bench-glossary.sh   (from the repository root)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product kzalign-bench-glossary >/dev/null
corpus=corpus
[ -d "$corpus" ] || corpus=/work/shared/seeds
exec "$(swift build -c release --show-bin-path)/kzalign-bench-glossary" "$PWD/$corpus"
