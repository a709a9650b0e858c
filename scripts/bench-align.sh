#!/usr/bin/env bash
# Benchmarks the aligner. Prints medians of 3 runs.
#  1. parallel: 1,000 x 1,000 de-fr sentences (the gettext fixture repeated), with the installed
#     FreeDict dictionaries (after one run has filled .cache/kzalign) and without any dictionary;
#  2. comparable: a generated corpus of N documents (default 10,000, ~30 segments each) in en/de/fr/ru
#     run through `kzalign run` with the align stage (needs detect-language on main).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build -c release >/dev/null
bin="$root/.build/release/kzalign"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fx=Tests/Fixtures/align/gettext-de-fr-test
cat $fx/de.txt $fx/de.txt | head -1000 > "$tmp/de.txt"
cat $fx/fr.txt $fx/fr.txt | head -1000 > "$tmp/fr.txt"
median() { sort -n | sed -n 2p; }
"$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" --source-lang de --target-lang fr >/dev/null # warm the cache
for i in 1 2 3; do /usr/bin/time -f "%e %M" "$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" --source-lang de --target-lang fr 2>&1 >/dev/null | tail -1; done > "$tmp/t1"
echo "parallel 1000x1000 de-fr with dictionaries: median $(cut -d' ' -f1 "$tmp/t1" | median) s, max RSS $(cut -d' ' -f2 "$tmp/t1" | sort -n | tail -1) KB"
for i in 1 2 3; do /usr/bin/time -f "%e %M" "$bin" align --parallel "$tmp/de.txt" "$tmp/fr.txt" 2>&1 >/dev/null | tail -1; done > "$tmp/t2"
echo "parallel 1000x1000 without dictionaries: median $(cut -d' ' -f1 "$tmp/t2" | median) s, max RSS $(cut -d' ' -f2 "$tmp/t2" | sort -n | tail -1) KB"

n="${1:-10000}"
python3 - "$tmp/corpus" "$n" <<'PY'
import json, os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
random.seed(7)
words = {'en': 'protest fuel price government city region police people died injured president parliament',
         'de': 'Protest Kraftstoff Preis Regierung Stadt Region Polizei Menschen starben verletzt Präsident Parlament',
         'fr': 'manifestation carburant prix gouvernement ville région police personnes morts blessés président parlement',
         'ru': 'протест топливо цена правительство город регион полиция люди погибли ранены президент парламент'}
with open(f'{out}/bench.jsonl', 'w', encoding='utf-8') as f:
    for d in range(n):
        lang = ['en', 'de', 'fr', 'ru'][d % 4]
        vocab = words[lang].split()
        sents = []
        for s in range(30):
            k = random.randint(6, 14)
            sents.append(' '.join(random.choice(vocab) for _ in range(k)).capitalize() + f' {random.randint(1, 5000)}.')
        f.write(json.dumps({'id': f'doc{d:05d}', 'language': lang, 'text': ' '.join(sents)}, ensure_ascii=False) + '\n')
PY
cat > "$tmp/pipeline.json" <<JSON
{"version": 1, "corpus": {"root": "$tmp/corpus", "include": ["*.jsonl"]}, "output": {"dir": "$tmp/out"},
 "stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}, {"type": "align"}]}
JSON
if "$bin" validate "$tmp/pipeline.json" >/dev/null 2>&1; then
  /usr/bin/time -f "comparable $n documents: %e s, max RSS %M KB" "$bin" run "$tmp/pipeline.json" >/dev/null
else
  echo "comparable: skipped (the pipeline with detect-language does not validate on this branch yet)"
fi
