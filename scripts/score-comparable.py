#!/usr/bin/env python3
"""Scores a comparable-mode run (`kzalign run`) over two translated files against gold beads.

The corpus holds SRC.txt and TGT.txt, one sentence per paragraph (the lines of
make-align-fixture.py's files separated by blank lines), so that each segment maps to the line it
came from by its character offsets. A link is correct when some line of its source side and some
line of its target side form a gold bead ([i,j]:[k] lines, as score-beads.py reads), lines with the
same text counting as one (a message repeated in two catalogs is one statement); recall is the
share of gold beads with both sides non-empty that some correct link hits. Links between other
documents are ignored.

Usage: score-comparable.py OUT_DIR SRC TGT GOLD   (SRC, TGT: the two documents' ids)
"""
import bisect, json, re, sys
from collections import defaultdict

out, src, tgt, gold_path = sys.argv[1:5]
line_of = {}
first_of = {}  # (document, line) -> the first line with the same text
for row in open(f'{out}/documents.jsonl', encoding='utf-8'):
    doc = json.loads(row)
    if doc['id'] not in (src, tgt):
        continue
    # paragraph k starts after the k-th blank line
    starts = [0] + [m.end() for m in re.finditer(r'\n\n', doc['text'])]
    seen = {}
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc['text'])
        first_of[(doc['id'], k)] = seen.setdefault(doc['text'][start:end].strip(), k)
    for s in doc.get('segments', []):
        first = bisect.bisect_right(starts, s['start']) - 1
        last = bisect.bisect_right(starts, max(s['start'], s['end'] - 1)) - 1
        line_of[s['id']] = {first_of[(doc['id'], k)] for k in range(first, last + 1)}

beads = []
for row in open(gold_path, encoding='utf-8'):
    m = re.match(r'\[([\d,]*)\]:\[([\d,]*)\]', row.strip())
    if not m:
        continue
    a, b = ({int(x) for x in g.split(',') if x} for g in m.groups())
    a = {first_of.get((src, i), i) for i in a}
    b = {first_of.get((tgt, i), i) for i in b}
    if a and b:
        beads.append((a, b))
beads_of = defaultdict(set)
for index, (a, _) in enumerate(beads):
    for i in a:
        beads_of[i].add(index)

links = [json.loads(row) for row in open(f'{out}/alignments.jsonl', encoding='utf-8') if row.strip()]
def lines(side):
    return {i for seg in side.get('segments', [side['segment']]) for i in line_of.get(seg, ())}

considered = correct = 0
hit = set()
for link in links:
    s, t = link['source'], link['target']
    if s['document'] != src:
        s, t = t, s
    if s['document'] != src or t['document'] != tgt:
        continue
    considered += 1
    source_lines, target_lines = lines(s), lines(t)
    found = {b for i in source_lines for b in beads_of[i] if beads[b][1] & target_lines}
    hit |= found
    correct += bool(found)
print(f'{src}-{tgt}: links {considered}, correct {correct} (precision {correct / max(considered, 1):.3f}), '
      f'gold beads hit {len(hit)}/{len(beads)} (recall {len(hit) / max(len(beads), 1):.3f})')
