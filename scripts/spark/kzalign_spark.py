#!/usr/bin/env python3
"""Run kzalign's map on Spark and its reduce on the collected summaries.

The per-document work (ingest, segment, detect-language, transliterate, names
and glossary mentions) is a map: Spark's RDD.pipe streams each partition's
input lines through `kzalign map PIPELINE`, which prints one summary line per
document. The corpus-level work (name clustering, concepts, alignment) is a
reduce over those summaries: `kzalign reduce PIPELINE SUMMARIES... --out DIR`.
The outputs are byte-identical to `kzalign run PIPELINE` on the same corpus.

Local (Spark's local mode, as the tests run it):
    python3 scripts/spark/kzalign_spark.py --pipeline pipeline.json --out out-spark \
        --master 'local[2]' --kzalign .build/release/kzalign

On a cluster, ship the binary, the pipeline and the files it names (models/,
glossaries/) with the job and point --kzalign at the shipped copy:
    spark-submit --master yarn --files kzalign,pipeline.json \
        --archives models.tar.gz#models,glossaries.tar.gz#glossaries \
        scripts/spark/kzalign_spark.py --pipeline pipeline.json --kzalign ./kzalign \
        --input corpus.jsonl --out out
The corpus is either the pipeline's corpus folder (each file becomes a
{"file": …} line that the executor reads: the folder must be visible to the
executors, e.g. on a shared file system) or JSONL documents given with --input
({"id", "text", "language"?, "url"?, "date"?, "title"?} per line).

A partition whose `kzalign map` fails fails the Spark job; the reduce then does
not run and nothing in the output folder is replaced.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def corpus_lines(kzalign, pipeline):
    """The map input for the pipeline's corpus folder: one {"file": …} line per file."""
    listed = subprocess.run([kzalign, "corpus", pipeline], check=True, capture_output=True, text=True)
    return [line for line in listed.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pipeline", required=True, help="the pipeline file")
    parser.add_argument("--out", required=True, help="output folder (as kzalign run --out)")
    parser.add_argument("--kzalign", default=os.path.abspath(".build/release/kzalign"), help="path of the kzalign binary on the executors")
    parser.add_argument("--input", help="JSONL documents to map instead of the pipeline's corpus folder")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument("--jobs", type=int, default=1, help="worker threads per `kzalign map` (one per Spark task by default)")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    pipeline = os.path.abspath(args.pipeline)
    conf = SparkConf().setAppName("kzalign")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    summaries_dir = tempfile.mkdtemp(prefix="kzalign-summaries-")
    try:
        if args.input:
            rdd = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultParallelism)
        else:
            lines = corpus_lines(args.kzalign, pipeline)
            rdd = sc.parallelize(lines, args.partitions or sc.defaultParallelism)
        command = [args.kzalign, "map", pipeline, "--jobs", str(args.jobs)]
        summaries = rdd.pipe(shlex.join(command), checkCode=True)  # Spark splits it with shlex
        partitions = summaries.glom().collect()
        for index, partition in enumerate(partitions):
            with open(os.path.join(summaries_dir, f"part-{index:05d}.jsonl"), "w", encoding="utf-8") as f:
                for line in partition:
                    f.write(line + "\n")
    except Exception as error:  # a failed partition: report it, write nothing
        print(f"kzalign_spark: map failed, outputs left as they were: {error}", file=sys.stderr)
        shutil.rmtree(summaries_dir, ignore_errors=True)
        sc.stop()
        return 2
    sc.stop()
    parts = sorted(os.path.join(summaries_dir, p) for p in os.listdir(summaries_dir))
    reduce = subprocess.run([args.kzalign, "reduce", pipeline, *parts, "--out", args.out])
    shutil.rmtree(summaries_dir, ignore_errors=True)
    return reduce.returncode


if __name__ == "__main__":
    sys.exit(main())
