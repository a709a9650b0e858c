#!/usr/bin/env bash
# Installs what kzalign needs on a fresh Debian machine, idempotently:
# the Debian packages in scripts/apt-packages.txt, the PyPI packages in
# scripts/pip-packages.txt, then the model files derived from them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

read_list() { grep -v '^\s*#' "$1" | sed 's/\s*#.*//' | grep -v '^\s*$' || true; }

missing=()
for package in $(read_list "$here/apt-packages.txt"); do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pip_wanted=$(read_list "$here/pip-packages.txt")
if [ -n "$pip_wanted" ]; then
    pip_missing=()
    for spec in $pip_wanted; do
        name="${spec%%[=<>]*}"; version="${spec#*==}"
        have=$(python3 -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p' || true)  # pip show fails for a missing package
        [ "$have" = "$version" ] || pip_missing+=("$spec")
    done
    if [ ${#pip_missing[@]} -gt 0 ]; then
        echo "setup: installing PyPI packages: ${pip_missing[*]}" >&2
        python3 -m pip install -q --disable-pip-version-check "${pip_missing[@]}"
    fi
fi

# Derived data (models converted from installed packages) — each script is idempotent.
for step in "$here"/setup.d/*.sh; do
    [ -e "$step" ] || continue
    bash "$step" "$root"
done
