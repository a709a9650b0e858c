#!/usr/bin/env python3
"""Scaling benchmark for `kzalign run` (issue 8).

Generates corpora of N documents (about 3 KB each) in many languages — running
text drawn from the Lingua test sentences in ../shared/langid-testdata (ar de
en es fr it kk pl ru tr uk zh) — with a vocabulary of person and place names
that keeps growing with N (new surnames in Latin and Cyrillic with Central
Asian morphology), then runs `kzalign run` on each and prints: wall time,
documents per second, MB per second, peak memory (RSS) and the time per stage.

With --formats-overhead, each size is also run with `output.formats: []`, and
the extra time of writing every output format is printed (issue 7's target:
under 20 % on 10,000 documents).

Usage: scripts/bench-scale.py [--sizes 1000,10000,100000] [--pipeline pipeline.json] [--keep DIR] [--formats-overhead]
"""
import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTDATA = os.path.join(os.path.dirname(ROOT), "shared", "langid-testdata")
LANGUAGES = ["ru", "kk", "tr", "uk", "en", "de", "fr", "es", "it", "pl", "ar", "zh"]

LATIN_ROOTS = ["Nur", "Ser", "Ask", "Bek", "Dau", "Yer", "Kair", "Tal", "Mur", "Zhan", "Aid", "Bol", "Kas", "Tok", "Mas",
               "Ab", "Ash", "Ker", "Sult", "Tem", "Aman", "Orm", "Kuan", "Dzhum", "Ras", "Sag", "Yess", "Alm", "Zhas", "Bau"]
CYR = {"Nur": "Нур", "Ser": "Сер", "Ask": "Аск", "Bek": "Бек", "Dau": "Дау", "Yer": "Ер", "Kair": "Каир", "Tal": "Тал",
       "Mur": "Мур", "Zhan": "Жан", "Aid": "Аид", "Bol": "Бол", "Kas": "Кас", "Tok": "Ток", "Mas": "Мас", "Ab": "Аб",
       "Ash": "Аш", "Ker": "Кер", "Sult": "Султ", "Tem": "Тем", "Aman": "Аман", "Orm": "Орм", "Kuan": "Куан",
       "Dzhum": "Джум", "Ras": "Рас", "Sag": "Саг", "Yess": "Есс", "Alm": "Алм", "Zhas": "Жас", "Bau": "Бау"}
MIDDLES = [("a", "а"), ("i", "и"), ("e", "е"), ("ag", "аг"), ("im", "им"), ("ul", "ул"), ("an", "ан"), ("ab", "аб")]
SUFFIXES = [("ov", "ов"), ("ev", "ев"), ("bayev", "баев"), ("yev", "иев"), ("in", "ин"), ("uly", "улы")]
FIRST = [("Karim", "Карим"), ("Berik", "Берик"), ("Marat", "Марат"), ("Aidos", "Айдос"), ("Dana", "Дана"), ("Yerlan", "Ерлан"),
         ("Askar", "Аскар"), ("Nurlan", "Нурлан"), ("Gulnara", "Гульнара"), ("Timur", "Тимур")]


def name_vocabulary(size, rng):
    """About sqrt(size) * 8 distinct surnames: the vocabulary grows with the corpus."""
    count = max(50, int(size ** 0.5 * 8))
    names = set()
    while len(names) < count:
        root = rng.choice(LATIN_ROOTS)
        middle = rng.choice(MIDDLES)
        suffix = rng.choice(SUFFIXES)
        first = rng.choice(FIRST)
        names.add((first[0] + " " + root + middle[0] + suffix[0], first[1] + " " + CYR[root] + middle[1] + suffix[1]))
    return sorted(names)


def sentences():
    pools = {}
    for language in LANGUAGES:
        path = os.path.join(TESTDATA, language, "sentences.txt")
        with open(path, encoding="utf-8") as f:
            pools[language] = [line.strip() for line in f if line.strip()]
    return pools


def generate(directory, size, seed=7):
    rng = random.Random(seed + size)
    pools = sentences()
    names = name_vocabulary(size, rng)
    os.makedirs(directory, exist_ok=True)
    total = 0
    for i in range(size):
        language = LANGUAGES[i % len(LANGUAGES)]
        cyrillic = language in ("ru", "kk", "uk")
        parts, length = [], 0
        while length < 3000:
            sentence = rng.choice(pools[language])
            if rng.random() < 0.4:
                latin, cyr = rng.choice(names)
                sentence = (cyr if cyrillic else latin) + ": " + sentence
            parts.append(sentence)
            length += len(sentence.encode("utf-8")) + 1
        text = "\n\n".join(parts) + "\n"
        sub = os.path.join(directory, f"{i // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{language}-{i:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    return total


def run_once(kzalign, pipeline_file, out):
    """Runs kzalign once without the cache; returns wall seconds, peak MB, stage timings, exit code."""
    start = time.time()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", kzalign, "run", pipeline_file, "--quiet", "--no-cache"],
                         capture_output=True, text=True, cwd=ROOT)
    wall = time.time() - start
    peak_mb = int(run.stderr.strip().splitlines()[-1]) / 1024
    with open(os.path.join(out, "timings.json"), encoding="utf-8") as f:
        stages = json.load(f)["stages"]
    return wall, peak_mb, stages, run.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipeline.json"))
    parser.add_argument("--kzalign", default=os.path.join(ROOT, ".build/release/kzalign"))
    parser.add_argument("--keep", help="keep generated corpora in this folder")
    parser.add_argument("--formats-overhead", action="store_true", help="also run without output formats and print the overhead")
    args = parser.parse_args()
    with open(args.pipeline, encoding="utf-8") as f:
        pipeline = json.load(f)
    base = args.keep or tempfile.mkdtemp(prefix="kzalign-scale-")
    results = []
    try:
        for size in [int(s) for s in args.sizes.split(",")]:
            folder = os.path.join(base, str(size))
            corpus = os.path.join(folder, "corpus")
            if not os.path.isdir(corpus):
                generate(corpus, size)
            total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
            # Data files named relative to the repository stay valid: make them absolute.
            config = json.loads(json.dumps(pipeline))
            config["corpus"] = dict(config.get("corpus", {}), root=corpus)
            config["output"] = dict(config.get("output", {}), dir=os.path.join(folder, "out"))
            for stage in config["stages"]:
                for key, value in (stage.get("options") or {}).items():
                    if isinstance(value, list):
                        stage["options"][key] = [os.path.join(ROOT, v) if isinstance(v, str) and os.path.exists(os.path.join(ROOT, v)) else v for v in value]
            pipeline_file = os.path.join(folder, "pipeline.json")
            with open(pipeline_file, "w", encoding="utf-8") as f:
                json.dump(config, f)
            wall, peak_mb, stages, code = run_once(args.kzalign, pipeline_file, os.path.join(folder, "out"))
            results.append((size, total, wall, peak_mb, stages, code))
            print(f"{size:>7} docs {total / 1e6:7.1f} MB  wall {wall:7.1f} s  {size / wall:8.0f} docs/s  {total / 1e6 / wall:5.2f} MB/s"
                  f"  peak {peak_mb:6.0f} MB  exit {code}", flush=True)
            print("          stages (CPU s): " + ", ".join(f"{s['name']} {s['seconds']:.1f}" for s in stages), flush=True)
            if any("peakMemoryMB" in s for s in stages):
                print("          peak memory when each stage ended (MB): "
                      + ", ".join(f"{s['name']} {s['peakMemoryMB']:.0f}" for s in stages if "peakMemoryMB" in s), flush=True)
            if args.formats_overhead:
                bare = json.loads(json.dumps(config))
                bare["output"] = dict(bare["output"], formats=[], dir=os.path.join(folder, "out-bare"))
                bare_file = os.path.join(folder, "pipeline-bare.json")
                with open(bare_file, "w", encoding="utf-8") as f:
                    json.dump(bare, f)
                # Alternate runs so that warm-up does not favour either; compare medians of three each.
                bare_walls, full_walls = [], [wall]
                for _ in range(3):
                    bare_walls.append(run_once(args.kzalign, bare_file, os.path.join(folder, "out-bare"))[0])
                    if len(full_walls) < 3:
                        full_walls.append(run_once(args.kzalign, pipeline_file, os.path.join(folder, "out"))[0])
                bare_median, full_median = sorted(bare_walls)[1], sorted(full_walls)[1]
                print(f"          median of 3: without output formats {bare_median:.1f} s, with every format {full_median:.1f} s:"
                      f" writing them adds {(full_median - bare_median) / bare_median * 100:.0f} % (target < 20 %)", flush=True)
        if len(results) >= 2:
            (s0, _, w0, *_), (s1, _, w1, *_) = results[-2], results[-1]
            print(f"time({s1}) / time({s0}) = {w1 / w0:.1f} (linear would be {s1 / s0:.0f})")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
