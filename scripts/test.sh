#!/usr/bin/env bash
# Runs kzalign's test suite: installs what it needs (scripts/setup.sh), then `swift test`.
# The tests read ../shared (seed gold, language-ID test data) beside the checkout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
swift build --build-tests >&2
swift test --skip-build "$@"
