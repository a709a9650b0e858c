"""Word splitting shared by the language-ID table builders (build-lexicon.py,
build-langid-words.py). It must stay in step with Sources/KZAlign/Language/Lexicon.swift,
which splits text the same way at lookup time: NFC, lowercased, combining marks
dropped, maximal runs of letters (Unicode category L*)."""
import unicodedata


def runs(text):
    """The letter runs of `text`, NFC-normalised and lowercased."""
    text = unicodedata.normalize("NFC", text).lower()
    out, current = [], []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me"):
            continue
        if cat.startswith("L"):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out
