#!/usr/bin/env python3
"""Builds models/lexicon.bin: one Bloom filter per language over the word
forms of an installed hunspell dictionary (Debian hunspell-* packages).

Inputs are `CODE=PATH[:ENCODING]` word lists, one form per line (from
`unmunch`, or from `expand_hunspell` below for dictionaries whose flag
syntax `unmunch` does not read). Words are normalised exactly as
Sources/KZAlign/Language/Lexicon.swift normalises text: NFC, lowercased,
combining marks (category Mn/Me) dropped, split into runs of letters
(categories L*); every run of a form is added.

Hashing (shared with Swift): h1 = crc32(word), h2 = crc32(word, 0x9E3779B9) | 1,
probe i sets bit (h1 + i * h2) mod m (64-bit unsigned arithmetic), k probes.

File layout (little-endian): b"KZLEXICN", u32 version=1, u32 languages L,
then L entries of (16-byte ASCII code NUL-padded, u64 bits m, u32 k, u32 forms,
u64 offset of the bit array), then the bit arrays (bit b in byte b>>3, bit b&7).

usage: build-lexicon.py OUT.bin CODE=PATH[:ENCODING]...
       build-lexicon.py --expand DIC AFF > forms.txt
"""
import os
import re
import struct
import sys
import unicodedata
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_text import runs  # noqa: E402

SEED = 0x9E3779B9
BITS_PER_FORM = 12
PROBES = 6


def read_forms(path, encoding):
    forms = set()
    with open(path, encoding=encoding, errors="replace") as f:
        for line in f:
            if not line.strip() or line[0] in "# \t":
                continue
            line = line.strip()
            word = line.split("/")[0].split("\t")[0].split(" ")[0]
            fast = unicodedata.normalize("NFC", word).lower()
            if fast.isalpha():
                forms.add(fast)
                continue
            for run in runs(word):
                forms.add(run)
    return forms


def bloom(forms):
    n = max(1, len(forms))
    m = ((n * BITS_PER_FORM + 63) // 64) * 64
    h1 = np.empty(n, dtype=np.uint64)
    h2 = np.empty(n, dtype=np.uint64)
    for i, word in enumerate(forms):
        raw = word.encode("utf-8")
        h1[i] = zlib.crc32(raw)
        h2[i] = zlib.crc32(raw, SEED) | 1
    bits = np.zeros(m, dtype=np.uint8)
    mm = np.uint64(m)
    for probe in range(PROBES):
        positions = (h1 + np.uint64(probe) * h2) % mm
        bits[positions] = 1
    return m, np.packbits(bits, bitorder="little").tobytes()


def flags_of(text, mode):
    if mode == "num":
        return [f for f in text.split(",") if f]
    if mode == "long":
        return [text[i:i + 2] for i in range(0, len(text), 2)]
    return list(text)


def expand_hunspell(dic, aff):
    """Single-level SFX/PFX expansion (cross products included): for `FLAG num` dictionaries.
    Yields each entry's word, then its forms."""
    for word, forms in expand_entries(dic, aff):
        yield word
        yield from forms


def expand_entries(dic, aff):
    """(word, forms) per dictionary entry, by `expand_hunspell`'s rules."""
    mode, rules, aliases = "char", {}, []
    with open(aff, encoding="utf-8", errors="replace") as f:
        lines = [l.split() for l in f]
    for parts in lines:
        if len(parts) >= 2 and parts[0] == "FLAG":
            mode = parts[1].lower()
        if len(parts) >= 2 and parts[0] == "AF" and not parts[1].isdigit():
            aliases.append(parts[1])  # AF n header lines have a number; entries a flag vector
        if len(parts) >= 5 and parts[0] in ("SFX", "PFX"):
            kind, flag, strip, add, cond = parts[:5]
            strip = "" if strip == "0" else strip
            add = add.split("/")[0]
            add = "" if add == "0" else add
            pattern = None if cond == "." else re.compile(("^" if kind == "PFX" else "") + cond + ("$" if kind == "SFX" else ""))
            rules.setdefault(flag, []).append((kind, strip, add, pattern))
    with open(dic, encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            line = line.strip()
            if not line:
                continue
            word, _, flagtext = line.partition("/")
            flagtext = flagtext.split()[0] if flagtext.split() else ""
            if aliases and flagtext.isdigit() and 0 < int(flagtext) <= len(aliases):
                flagtext = aliases[int(flagtext) - 1]
            prefixes, suffixes = [], []
            for flag in flags_of(flagtext, mode):
                for kind, strip, add, pattern in rules.get(flag, ()):
                    if kind == "SFX":
                        if (pattern is None or pattern.search(word)) and word.endswith(strip):
                            suffixes.append(word[:len(word) - len(strip)] + add)
                    elif (pattern is None or pattern.search(word)) and word.startswith(strip):
                        prefixes.append((add, strip))
            yield word, suffixes + [add + word[len(strip):] for add, strip in prefixes]


def main(argv):
    if len(argv) == 4 and argv[1] == "--expand":
        out = sys.stdout
        for form in expand_hunspell(argv[2], argv[3]):
            out.write(form + "\n")
        return
    if len(argv) < 3:
        sys.exit(__doc__)
    target = argv[1]
    entries = []
    for spec in argv[2:]:
        code, _, rest = spec.partition("=")
        path, _, encoding = rest.partition(":")
        forms = read_forms(path, encoding or "utf-8")
        m, data = bloom(forms)
        entries.append((code, m, len(forms), data))
        print(f"lexicon {code}: {len(forms)} forms, {len(data) // 1024} KB", file=sys.stderr)
    header = b"KZLEXICN" + struct.pack("<II", 1, len(entries))
    offset = len(header) + len(entries) * 40
    offset = (offset + 63) // 64 * 64
    table, blobs = b"", b""
    for code, m, count, data in entries:
        table += code.encode("ascii").ljust(16, b"\0") + struct.pack("<QIIQ", m, PROBES, count, offset + len(blobs))
        blobs += data + b"\0" * (-len(data) % 64)
    body = header + table
    body += b"\0" * (offset - len(body))
    with open(target + ".tmp", "wb") as f:
        f.write(body + blobs)
    import os
    os.replace(target + ".tmp", target)


if __name__ == "__main__":
    main(sys.argv)
