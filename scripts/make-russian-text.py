#!/usr/bin/env python3
"""Writes about N bytes of Russian running text built from the words of the
Debian hunspell-ru dictionary (/usr/share/hunspell/ru_RU.dic), with word
frequencies following Zipf's law (exponent 1, as in natural text) over a
seeded random ranking of the dictionary, sentences of 6-20 words,
capitalised first words, commas and full stops. Deterministic (seed 7).

usage: make-russian-text.py OUT [BYTES] [VOCABULARY]
"""
import bisect, itertools, random, sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
vocabulary = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
dic = "/usr/share/hunspell/ru_RU.dic"
try:
    lines = open(dic, encoding="utf-8").read().splitlines()[1:]
except FileNotFoundError:
    sys.exit(f"{dic} is missing: run scripts/setup.sh (Debian package hunspell-ru)")
words = sorted({l.split("/")[0] for l in lines if l and l[0].isalpha()})
rng = random.Random(7)
rng.shuffle(words)
words = words[:vocabulary]
weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
total = weights[-1]
pieces, length = [], 0
while length < size:
    n = rng.randint(6, 20)
    sentence = [words[bisect.bisect(weights, rng.random() * total)] for _ in range(n)]
    sentence[0] = sentence[0][:1].upper() + sentence[0][1:]
    if n > 8:
        sentence[n // 2] += ","
    text = " ".join(sentence) + ("." if rng.random() < 0.9 else "?")
    pieces.append(text)
    length += len(text.encode()) + 1
    if rng.random() < 0.15:
        pieces.append("\n")
with open(out, "w", encoding="utf-8") as f:
    f.write(" ".join(pieces).replace(" \n ", "\n") + "\n")
