#!/usr/bin/env bash
# Renders report.html in headless Chromium (Debian `chromium`), saves a
# screenshot, and checks that the page's own script ran and that nothing from
# the corpus did: the title is unchanged and no element from injected markup
# (<script>, <img onerror>, <svg onload>) exists in the DOM after scripts ran.
#
# Usage: scripts/check-report.sh [REPORT_HTML] [SCREENSHOT_PNG]
#   Without REPORT_HTML it writes the report of the built-in fixture corpus
#   (three languages, one document with injected markup) and checks that.
#   SCREENSHOT_PNG defaults to out/report-check.png.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
    echo "check-report: chromium is not installed; run scripts/setup.sh" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

report="${1:-}"
if [ -z "$report" ]; then
    swift build --product kzalign-bench-outputs >&2
    "$(swift build --show-bin-path)/kzalign-bench-outputs" fixture "$work/fixture" >&2
    report="$work/fixture/report.html"
fi
[ -f "$report" ] || { echo "check-report: no such file: $report" >&2; exit 2; }
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
screenshot="${2:-$root/out/report-check.png}"
mkdir -p "$(dirname "$screenshot")"

flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$work/profile")
"$chromium" "${flags[@]}" --virtual-time-budget=3000 --dump-dom "file://$report" > "$work/dom.html" 2>/dev/null
"$chromium" "${flags[@]}" --window-size=1400,2400 --screenshot="$screenshot" "file://$report" >/dev/null 2>&1

failures=0
fail() { echo "check-report: FAIL: $1" >&2; failures=$((failures + 1)); }
grep -q 'data-report-ready="1"' "$work/dom.html" || fail "the report's own script did not run (the check would prove nothing)"
grep -q '<title>kzalign report</title>' "$work/dom.html" || fail "the title changed: injected code ran"
scripts=$(grep -o -i '<script' "$work/dom.html" | wc -l)
[ "$scripts" -eq 1 ] || fail "$scripts <script> elements in the DOM (expected only the report's own)"
! grep -q -i '<img' "$work/dom.html" || fail "an <img> element exists (injected markup was parsed)"
! grep -q -i '<svg onload' "$work/dom.html" || fail "an <svg onload> element exists (injected markup was parsed)"
! grep -q -i '<iframe' "$work/dom.html" || fail "an <iframe> element exists"
[ -s "$screenshot" ] || fail "no screenshot written"

if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "check-report: ok: script ran, injected markup inert; screenshot $screenshot"
