#!/usr/bin/env bash
# Comparable mode on real human translations in many languages. For each pair (default: English
# against ru uk pl it es tr ar kk fr), builds a parallel set from the installed gettext catalogs
# (scripts/make-align-fixture.py --pair en-XX over every domain XX has; English is the messages
# themselves), writes the two sides as two documents of a corpus (one sentence per paragraph),
# runs `kzalign run` with the repository's pipeline and scores the links against the gold beads
# (scripts/score-comparable.py). Comparable mode does not know the files translate each other:
# every segment competes with thousands of near-identical interface messages, so recall here is a
# floor, and precision is the figure to watch. With --parallel, also prints `kzalign align
# --parallel` strict F1 on the same files.
# Usage: scripts/eval-comparable.sh [--parallel] [PAIR...]   (PAIR: en-ru, uk-fr, …)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
parallel=0
if [ "${1:-}" = "--parallel" ]; then parallel=1; shift; fi
pairs=("$@")
[ ${#pairs[@]} -gt 0 ] || pairs=(en-ru en-uk en-pl en-it en-es en-tr en-ar en-kk en-fr)
swift build -c release --package-path "$root" --product kzalign >/dev/null
bin="$root/.build/release/kzalign"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for pair in "${pairs[@]}"; do
  src="${pair%-*}"; tgt="${pair#*-}"
  other="$tgt"; [ "$src" != en ] && other="$src"
  domains=()
  for mo in /usr/share/locale/"$other"/LC_MESSAGES/*.mo; do
    domain="$(basename "$mo" .mo)"
    [ "$src" = en ] || [ -f "/usr/share/locale/$src/LC_MESSAGES/$domain.mo" ] || continue
    [ "$tgt" = en ] || [ -f "/usr/share/locale/$tgt/LC_MESSAGES/$domain.mo" ] || continue
    domains+=("$domain")
  done
  if [ ${#domains[@]} -eq 0 ]; then echo "$pair: no gettext catalogs for both languages; skipped" >&2; continue; fi
  set_dir="$work/$pair"
  python3 "$root/scripts/make-align-fixture.py" --pair "$pair" "$set_dir" "${domains[@]}" >/dev/null
  mkdir -p "$set_dir/corpus"
  for side in "$src" "$tgt"; do sed 's/$/\n/' "$set_dir/$side.txt" > "$set_dir/corpus/$side.txt"; done
  # the pipeline's data files are not beside the copy: kzalign takes them from the repository
  sed 's#"root": *"[^"]*"#"root": "corpus"#' "$root/pipeline.json" > "$set_dir/pipeline.json"
  if ! "$bin" run "$set_dir/pipeline.json" --out "$set_dir/out" >"$set_dir/run.log" 2>&1; then
    cat "$set_dir/run.log" >&2; echo "$pair: kzalign run failed" >&2; continue
  fi
  line="$(python3 "$root/scripts/score-comparable.py" "$set_dir/out" "$src" "$tgt" "$set_dir/gold.txt")"
  if [ "$parallel" = 1 ]; then
    "$bin" align --parallel "$set_dir/$src.txt" "$set_dir/$tgt.txt" --source-lang "$src" --target-lang "$tgt" > "$set_dir/beads"
    line="$line; parallel $(python3 "$root/scripts/score-beads.py" "$set_dir/gold.txt" "$set_dir/beads" | sed 's/ (.*//')"
  fi
  echo "$line"
done
