#!/usr/bin/env python3
"""Exports word frequencies from PyPI `wordfreq` (code Apache-2.0, data CC BY-SA 4.0;
Speer et al., https://github.com/rspeer/wordfreq) into a compact TSV that kzalign reads:

    # comment lines
    LANG<TAB>WORD<TAB>ZIPF

ZIPF is log10 of the word's frequency per billion words (wordfreq's Zipf scale: 7+ for
"the"/"и"/"ve", about 4 for ordinary content words, 1 for the rarest listed). Only words at or
above --min-zipf are written: rarer words all count as fully informative for kzalign.

Usage: export-wordfreq.py OUTPUT [--min-zipf 3.5] [LANG ...]
"""
import math, os, sys
import wordfreq

args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
output = args.pop(0)
min_zipf = 3.5
if args[:1] == ['--min-zipf']:
    min_zipf = float(args[1]); args = args[2:]
languages = args or sorted(wordfreq.available_languages().keys())
temporary = output + '.tmp'
with open(temporary, 'w', encoding='utf-8') as out:
    out.write(f'# kzalign word frequencies from wordfreq {wordfreq.__version__ if hasattr(wordfreq, "__version__") else ""} '
              f'(data CC BY-SA 4.0); zipf >= {min_zipf}\n')
    for language in languages:
        count = 0
        for word, frequency in wordfreq.get_frequency_dict(language, wordlist='best').items():
            if frequency <= 0 or '\t' in word or '\n' in word:
                continue
            zipf = math.log10(frequency * 1e9)
            if zipf < min_zipf:
                continue
            out.write(f'{language}\t{word}\t{zipf:.2f}\n')
            count += 1
        print(f'export-wordfreq: {language}: {count} words', file=sys.stderr)
os.replace(temporary, output)
