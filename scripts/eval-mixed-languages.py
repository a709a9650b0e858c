#!/usr/bin/env python3
"""Segment language identification in mixed documents (detect-language stage).

Builds documents of 10 sentences in one language with 2 sentences of another
inserted (every ordered pair of 11 languages, 3 documents each), with 40 % of the
main-language sentences preceded by a speaker name the way scripts/bench-scale.py
writes them ("Нурлан Керабаев: …", "Marat Aidabuly: …"). Sentences come from the
last 400 lines of the Lingua test sets in ../shared/langid-testdata. Runs
`kzalign run` with ingest, segment and detect-language, and prints the share of
segments labelled with their sentence's language, separately for the main
language and for the inserted sentences, with the most frequent errors.

Usage: scripts/eval-mixed-languages.py [--kzalign PATH] [--seed N]
"""
import argparse, collections, importlib.util, json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTDATA = os.path.join(ROOT, "..", "shared", "langid-testdata")
LANGUAGES = ["ru", "kk", "uk", "tr", "ar", "en", "de", "fr", "es", "it", "pl"]


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_scale", os.path.join(ROOT, "scripts", "bench-scale.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(folder, seed):
    rng = random.Random(seed)
    names = bench_module().name_vocabulary(10000, rng)
    pools = {}
    for language in LANGUAGES:
        with open(os.path.join(TESTDATA, language, "sentences.txt"), encoding="utf-8") as f:
            pools[language] = [line.strip() for line in f if line.strip()][-400:]
    gold = {}
    n = 0
    for main in LANGUAGES:
        for inserted in LANGUAGES:
            if main == inserted:
                continue
            for _ in range(3):
                sentences = []
                for _ in range(10):
                    sentence = rng.choice(pools[main])
                    if rng.random() < 0.4:
                        latin, cyrillic = rng.choice(names)
                        sentence = (cyrillic if main in ("ru", "kk", "uk") else latin) + ": " + sentence
                    sentences.append(("main", main, sentence))
                for _ in range(2):
                    sentences.insert(rng.randrange(len(sentences) + 1), ("inserted", inserted, rng.choice(pools[inserted])))
                doc = f"d{n:04d}"
                n += 1
                text, spans, offset = [], [], 0
                for kind, language, sentence in sentences:
                    spans.append((offset, offset + len(sentence), kind, language))
                    text.append(sentence)
                    offset += len(sentence) + 2
                with open(os.path.join(folder, "corpus", doc + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n\n".join(text) + "\n")
                gold[doc] = spans
    return gold


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kzalign", default=os.path.join(ROOT, ".build", "release", "kzalign"))
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, "corpus"))
        gold = build(folder, args.seed)
        pipeline = {"version": 1, "corpus": {"root": os.path.join(folder, "corpus"), "include": ["*.txt"]},
                    "output": {"dir": os.path.join(folder, "out")},
                    "stages": [{"type": "ingest"}, {"type": "segment"}, {"type": "detect-language"}]}
        with open(os.path.join(folder, "pipeline.json"), "w") as f:
            json.dump(pipeline, f)
        env = dict(os.environ)
        env.setdefault("KZALIGN_MODELS", os.path.join(ROOT, "models"))
        subprocess.run([args.kzalign, "run", os.path.join(folder, "pipeline.json"), "--no-cache"],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        right, total, errors = collections.Counter(), collections.Counter(), collections.Counter()
        with open(os.path.join(folder, "out", "documents.jsonl"), encoding="utf-8") as f:
            for line in f:
                document = json.loads(line)
                for segment in document["segments"]:
                    span = next((s for s in gold[document["id"]] if s[0] <= segment["start"] < s[1]), None)
                    if span is None:
                        continue
                    kind, language = span[2], span[3]
                    total[kind] += 1
                    if segment["language"] == language:
                        right[kind] += 1
                    else:
                        errors[(kind, language, segment["language"])] += 1
    for kind in ("main", "inserted"):
        print(f"{kind} sentences: {right[kind]}/{total[kind]} = {right[kind] / total[kind]:.4f} labelled with their language")
    for (kind, language, got), count in errors.most_common(10):
        print(f"  {kind} {language} labelled {got}: {count}")


if __name__ == "__main__":
    sys.exit(main())
