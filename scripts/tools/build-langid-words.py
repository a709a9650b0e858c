#!/usr/bin/env python3
"""Builds models/langid-words.bin: word frequencies per language for short-text
language identification, from PyPI `wordfreq` (Speer et al.,
https://github.com/rspeer/wordfreq; code Apache-2.0, data CC BY-SA 4.0).

Every word of wordfreq's 'best' list of each language given, at or above
--min-zipf, is normalised exactly as Sources/KZAlign/Language/Lexicon.swift
normalises text (NFC, lowercased, combining marks Mn/Me dropped; a word must be
a single run of letters, categories L*, else it is skipped); frequencies of
words that normalise alike are added. The value stored is the Zipf frequency
(log10 of occurrences per billion words) times 10, rounded, in one byte per
language; 0 = not in that language's list (or below --min-zipf).

Table (shared with LanguageWords.swift): open addressing with linear probing,
slot index crc32(word) mod S, key crc32(word, 0x9E3779B9) | 1 (never 0; 0 marks
an empty slot) — the hashes of Lexicon.swift. A lookup probes from the index
until it finds the key or an empty slot.

File layout (little-endian): b"KZLWORDS", u32 version=1, u32 languages L,
u32 slots S, u32 words, then L codes (8 bytes ASCII, NUL-padded), then S slots
of (u32 key, L bytes), starting at offset 64 (the header is padded).

usage: build-langid-words.py OUT.bin [--min-zipf Z] LANG...
       (scripts/setup.d/23-langid-words.sh: --min-zipf 2.0 ar de en es fr it pl ru tr uk)
"""
import math
import os
import struct
import sys
import unicodedata
import zlib

import wordfreq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_text import runs  # noqa: E402

SEED = 0x9E3779B9
LOAD = 0.7


def main(argv):
    args = argv[1:]
    if not args:
        sys.exit(__doc__)
    target = args.pop(0)
    min_zipf = 1.0
    if args[:1] == ["--min-zipf"]:
        min_zipf = float(args[1])
        args = args[2:]
    languages = args
    if not languages:
        sys.exit(__doc__)
    table = {}  # word -> [frequency per language]
    for j, language in enumerate(languages):
        kept = 0
        for word, frequency in wordfreq.get_frequency_dict(language, wordlist="best").items():
            if frequency <= 0:
                continue
            parts = runs(word) if not word.isalpha() or not word.islower() else [unicodedata.normalize("NFC", word)]
            if len(parts) != 1:
                continue
            row = table.get(parts[0])
            if row is None:
                row = table[parts[0]] = [0.0] * len(languages)
            row[j] += frequency
            kept += 1
        print(f"langid-words {language}: {kept} words", file=sys.stderr)
    entries = []
    for word, row in table.items():
        values = bytes(min(255, max(0, round(10 * math.log10(f * 1e9)))) if f > 0 and math.log10(f * 1e9) >= min_zipf else 0
                       for f in row)
        if any(values):
            entries.append((word.encode("utf-8"), values))
    count = len(entries)
    slots = max(1, int(count / LOAD) | 1)
    width = 4 + len(languages)
    keys = [0] * slots
    body = bytearray(slots * width)
    for raw, values in entries:
        key = zlib.crc32(raw, SEED) | 1
        i = zlib.crc32(raw) % slots
        while keys[i] != 0 and keys[i] != key:
            i = (i + 1) % slots
        if keys[i] == key:  # a 32-bit key collision within a probe run: keep the first word
            continue
        keys[i] = key
        body[i * width:(i + 1) * width] = struct.pack("<I", key) + values
    header = b"KZLWORDS" + struct.pack("<IIII", 1, len(languages), slots, count)
    header += b"".join(code.encode("ascii").ljust(8, b"\0") for code in languages)
    header += b"\0" * (-len(header) % 64)
    with open(target + ".tmp", "wb") as f:
        f.write(header + bytes(body))
    os.replace(target + ".tmp", target)
    print(f"langid-words: {count} words, {slots} slots, {(len(header) + len(body)) // 1024} KB", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
