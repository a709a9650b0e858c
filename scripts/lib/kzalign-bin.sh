# Sourced by scripts that run the kzalign binary: sets `bin` to $KZALIGN_BIN when that is
# set (no build), otherwise builds the release binary of the checkout at $root and uses it.
if [ -n "${KZALIGN_BIN:-}" ]; then
    bin="$KZALIGN_BIN"
else
    swift build -c release --package-path "$root" --product kzalign >/dev/null
    bin="$root/.build/release/kzalign"
fi
[ -x "$bin" ] || { echo "$(basename "$0"): no executable $bin" >&2; exit 2; }
