#!/usr/bin/env python3
"""Scores alignments.jsonl against a gold TSV (fileA quoteA fileB quoteB strength).

A link matches a gold pair when one side's segments (joined) overlap quoteA in document fileA
and the other side's overlap quoteB in fileB (either direction). "Overlap": the quote and the
segment text share a substring of at least 20 characters after whitespace/quote normalisation,
or one contains the other. Prints recall of `equivalent` pairs, the share of links matching any
gold pair, the equivalent pairs missed and the links that match no gold pair.

Usage: eval-align.py OUT_DIR GOLD_TSV
"""
import json, sys, unicodedata
from difflib import SequenceMatcher

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
    return ' '.join(s.lower().split())

def overlaps(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(20, len(a), len(b))

out, gold_path = sys.argv[1], sys.argv[2]
segments = {}
for line in open(f'{out}/documents.jsonl', encoding='utf-8'):
    d = json.loads(line)
    for s in d.get('segments', []):
        segments[s['id']] = d['text'][s['start']:s['end']]
links = [json.loads(l) for l in open(f'{out}/alignments.jsonl', encoding='utf-8') if l.strip()]
gold = []
for i, line in enumerate(open(gold_path, encoding='utf-8')):
    f = line.rstrip('\n').split('\t')
    if i == 0 or len(f) < 5:
        continue
    gold.append(f)

def side_text(side):
    return ' '.join(segments.get(s, '') for s in side.get('segments', [side.get('segment')]) if s)

def matches(link, g):
    fa, qa, fb, qb = g[0], g[1], g[2], g[3]
    s, t = link['source'], link['target']
    for x, y in ((s, t), (t, s)):
        if x['document'] == fa and y['document'] == fb and overlaps(side_text(x), qa) and overlaps(side_text(y), qb):
            return True
    return False

equivalent = [g for g in gold if g[4] == 'equivalent']
found = [g for g in equivalent if any(matches(l, g) for l in links)]
good_links = [l for l in links if any(matches(l, g) for g in gold)]
print(f'links: {len(links)}')
print(f'recall of equivalent pairs: {len(found)}/{len(equivalent)} = {len(found) / max(len(equivalent), 1):.3f}')
print(f'links matching a gold pair: {len(good_links)}/{len(links)} = {len(good_links) / max(len(links), 1):.3f}')
for g in equivalent:
    if g not in found:
        print(f'MISSED {g[0]} "{g[1][:70]}" <-> {g[2]} "{g[3][:70]}"')
for l in links:
    if l not in good_links:
        s, t = l['source'], l['target']
        print(f'UNMATCHED {s["document"]} "{side_text(s)[:70]}" <-> {t["document"]} "{side_text(t)[:70]}" '
              f'(score {l.get("score")})')
