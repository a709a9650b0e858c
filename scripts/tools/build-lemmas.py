#!/usr/bin/env python3
"""Builds models/lemmas/CODE.tsv: inflected form -> dictionary form, from an installed
hunspell dictionary (Debian hunspell-* packages).

A hunspell .dic lists each word once in its dictionary form with affix flags; the .aff
rules expand it into its inflected forms (French "juger" -> jugé, jugeait, jugèrent;
Russian "беспорядок" -> беспорядки, беспорядков). Every form so generated is written with
the entry it came from, so that the align stage can look an inflected word up in a
bilingual dictionary under its headword ("jugé" -> juger -> judge, try).

Expansion: `unmunch` (Debian hunspell-tools) where it reads the flag syntax, with a
sentinel entry between dictionary entries so that its output can be cut back into one
group per entry; `expand_hunspell` of build-lexicon.py (one level of suffixes and
prefixes) for `FLAG num` / `FLAG long` dictionaries, as 21-lexicon.sh does.

Output lines: `form<TAB>lemma[ lemma…]`, NFC, lowercased, letters only (Unicode L*, M*),
sorted bytewise by form, only forms that differ from their lemma; a form reached from
several entries lists their lemmas in dictionary order (at most four).

usage: build-lemmas.py OUT.tsv DIC AFF [ENCODING]
"""
import io
import os
import subprocess
import sys
import tempfile
import unicodedata

SENTINEL = "zzqkzalignsentinel"
MAX_LEMMAS = 4


def _expander():
    """build-lexicon.py's `expand_entries` (its file name is not a module name)."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-lexicon.py")
    spec = importlib.util.spec_from_file_location("build_lexicon", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.expand_entries


def normalise(word):
    """NFC, lowercased, without unmunch's continuation flags and elided articles (l', d');
    None unless the rest is letters (and marks)."""
    word = word.split("/", 1)[0].strip()
    if "'" in word:
        word = word.rsplit("'", 1)[1]
    word = unicodedata.normalize("NFC", word).lower()
    if len(word) < 2:
        return None
    if word.isalpha() or all(unicodedata.category(c)[0] in "LM" for c in word):
        return word
    return None


def flag_mode(aff, encoding):
    with open(aff, encoding=encoding, errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "FLAG":
                return parts[1].lower()
    return "char"


def groups_by_unmunch(dic, aff, encoding):
    """(lemma, forms) per dictionary entry, expanded by unmunch; its output (tens of millions
    of lines for Italian, every elided article repeating each form) is read as a stream."""
    with open(dic, encoding=encoding, errors="replace") as f:
        next(f)
        entries = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("\t")]
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "in.dic")
        with open(path, "w", encoding=encoding, errors="replace") as out:
            out.write(f"{2 * len(entries)}\n")
            for entry in entries:
                out.write(entry + "\n" + SENTINEL + "\n")
        process = subprocess.Popen(["unmunch", path, aff], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        index, forms = 0, set()
        for raw in io.TextIOWrapper(process.stdout, encoding=encoding, errors="replace"):
            line = raw.rstrip("\n")
            if line == SENTINEL:
                if index < len(entries):
                    yield entries[index].split("/")[0].split("\t")[0].split(" ")[0], forms
                index, forms = index + 1, set()
            elif line:
                forms.add(line.split("/", 1)[0].rsplit("'", 1)[-1])
        if process.wait() != 0:
            sys.exit(f"build-lemmas: unmunch failed on {dic}")


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__)
    target, dic, aff = argv[1:4]
    encoding = argv[4] if len(argv) == 5 else "utf-8"
    if flag_mode(aff, encoding) in ("num", "long"):
        groups = _expander()(dic, aff)
    else:
        groups = groups_by_unmunch(dic, aff, encoding)
    lemmas = {}
    for raw, forms in groups:
        lemma = normalise(raw)
        if lemma is None:
            continue
        for raw_form in forms:
            form = normalise(raw_form)
            if form is None or form == lemma:
                continue
            known = lemmas.setdefault(form, [])
            if lemma not in known and len(known) < MAX_LEMMAS:
                known.append(lemma)
    lines = sorted((form.encode("utf-8"), " ".join(known).encode("utf-8")) for form, known in lemmas.items())
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with open(target + ".tmp", "wb") as out:
        for form, known in lines:
            out.write(form + b"\t" + known + b"\n")
    os.replace(target + ".tmp", target)
    print(f"lemmas {os.path.basename(target)}: {len(lines)} forms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
