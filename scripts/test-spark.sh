#!/usr/bin/env bash
# Runs the PySpark job in Spark's local mode (local[2]) on the sample corpus and
# checks that its outputs are byte-identical to `kzalign run`'s.
# Needs pyspark (scripts/pip-packages.txt) and Java 17 (Debian openjdk-17-jre-headless).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bin="${KZALIGN_BIN:-$root/.build/debug/kzalign}"
pipeline="${1:-$root/pipeline.json}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" run "$pipeline" --out "$work/run" --quiet --no-cache || [ $? -eq 1 ]
python3 scripts/spark/kzalign_spark.py --pipeline "$pipeline" --out "$work/spark" --master 'local[2]' \
    --partitions 3 --kzalign "$bin" 2> "$work/spark.log" || { cat "$work/spark.log" >&2; exit 1; }
status=0
for file in documents.jsonl names.json concepts.json alignments.jsonl run.json; do
    if cmp -s "$work/run/$file" "$work/spark/$file"; then echo "spark: $file identical"; else echo "spark: $file DIFFERS"; status=1; fi
done

# A partition whose map fails fails the job, and the earlier outputs stay.
cat > "$work/failing-kzalign" <<SH
#!/usr/bin/env bash
if [ "\$1" = map ]; then echo "simulated executor failure" >&2; exit 3; fi
exec "$bin" "\$@"
SH
chmod +x "$work/failing-kzalign"
before=$(sha256sum "$work/spark/documents.jsonl")
if python3 scripts/spark/kzalign_spark.py --pipeline "$pipeline" --out "$work/spark" --master 'local[2]' \
    --kzalign "$work/failing-kzalign" 2> "$work/fail.log"; then
    echo "spark: a failing partition was not reported"; status=1
elif [ "$(sha256sum "$work/spark/documents.jsonl")" != "$before" ]; then
    echo "spark: a failed job replaced earlier outputs"; status=1
else
    echo "spark: failed partition reported, earlier outputs kept ($(grep -o 'map failed[^:]*' "$work/fail.log" | head -1))"
fi
exit $status
