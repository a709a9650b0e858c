#!/usr/bin/env python3
"""Builds a German–French parallel test with gold beads from installed gettext catalogs.

Each catalog (/usr/share/locale/{de,fr}/LC_MESSAGES/DOMAIN.mo) translates the same English
messages; joining the German and French catalogs on the English msgid gives real, independent
human translations of the same text. Each message's translations are split into sentences; when
German and French have the same number of sentences they are paired 1-1 in order, otherwise the
message becomes one n-m gold bead (kept only when n, m <= 2, the bead types the aligner searches).
Every 37th message (deterministic) is dropped from the French side, giving 1-0 beads.

Usage: make-align-fixture.py [--pair SRC-TGT] OUTDIR DOMAIN [DOMAIN...]
Writes OUTDIR/SRC.txt, OUTDIR/TGT.txt (one sentence per line; default de and fr) and
OUTDIR/gold.txt (beads [i,j]:[k]). Any two locales with catalogs of the same domains work
(--pair uk-fr: Ukrainian and French); `en` is the messages themselves (--pair en-ru).
"""
import gettext, os, re, sys

SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-ÝÉ«"„А-ЯЁІЇЄҐ])')

def catalog(lang, domain):
    path = f'/usr/share/locale/{lang}/LC_MESSAGES/{domain}.mo'
    with open(path, 'rb') as f:
        return gettext.GNUTranslations(f)._catalog

def catalogs(source, target, domain):
    """Both sides' catalogs of `domain`; English is the messages themselves (each mapped to itself)."""
    identity = lambda other: {k: k for k in other if isinstance(k, str)}
    if source == 'en':
        other = catalog(target, domain)
        return identity(other), other
    if target == 'en':
        other = catalog(source, domain)
        return other, identity(other)
    return catalog(source, domain), catalog(target, domain)

def clean(text):
    text = re.sub(r'\s+', ' ', text.replace('\\n', ' ')).strip()
    return text

def usable(english):
    if '\t' in english or '%' in english or '{' in english or '<' in english or '_' in english:
        return False
    letters = sum(c.isalpha() for c in english)
    return letters >= 40 and english.strip()[-1:] in '.!?' and not english.lstrip().startswith('-')

def main():
    args = sys.argv[1:]
    source, target = 'de', 'fr'
    if args[:1] == ['--pair']:
        source, target = args[1].split('-')
        args = args[2:]
    out, domains = args[0], args[1:]
    de_lines, fr_lines, gold = [], [], []
    counter = 0
    for domain in domains:
        de, fr = catalogs(source, target, domain)
        for msgid in sorted(k for k in de if isinstance(k, str) and k in fr):
            if not usable(msgid):
                continue
            d, f = de[msgid], fr[msgid]
            if not isinstance(d, str) or not isinstance(f, str) or not d.strip() or not f.strip():
                continue
            ds = [s for s in SPLIT.split(clean(d)) if s]
            fs = [s for s in SPLIT.split(clean(f)) if s]
            counter += 1
            drop_french = counter % 37 == 0
            if len(ds) != len(fs) and (len(ds) > 2 or len(fs) > 2):
                continue
            di = list(range(len(de_lines), len(de_lines) + len(ds)))
            de_lines.extend(ds)
            if drop_french:
                for i in di:
                    gold.append(f'[{i}]:[]')
                continue
            fi = list(range(len(fr_lines), len(fr_lines) + len(fs)))
            fr_lines.extend(fs)
            if len(ds) == len(fs):
                for a, b in zip(di, fi):
                    gold.append(f'[{a}]:[{b}]')
            else:
                gold.append('[' + ','.join(map(str, di)) + ']:[' + ','.join(map(str, fi)) + ']')
    os.makedirs(out, exist_ok=True)
    for name, lines in ((f'{source}.txt', de_lines), (f'{target}.txt', fr_lines), ('gold.txt', gold)):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
    print(f'{out}: {len(de_lines)} {source}, {len(fr_lines)} {target} sentences, {len(gold)} gold beads '
          f'({sum(1 for g in gold if g.count(",") or g.endswith("[]"))} not 1-1)')

if __name__ == '__main__':
    main()
