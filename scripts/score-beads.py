#!/usr/bin/env python3
"""Strict bead scorer (the logic of Vecalign's score.py, strict variant): a bead counts only if
exactly right (same source and target index sets). Beads with an empty side count too, as
Vecalign's strict scores do except for an all-empty bead. Prints precision, recall and F1.

Usage: score-beads.py GOLD TEST   (files of [i,j]:[k] lines)
"""
import sys

def read(path):
    beads = set()
    for line in open(path, encoding='utf-8'):
        line = line.split('\t')[0].strip()
        if not line:
            continue
        src, tgt = line.split(':')
        parse = lambda s: tuple(int(x) for x in s.strip('[]').split(',') if x.strip() != '')
        bead = (parse(src), parse(tgt))
        if bead != ((), ()):
            beads.add(bead)
    return beads

gold, test = read(sys.argv[1]), read(sys.argv[2])
tp = len(gold & test)
p = tp / len(test) if test else 0.0
r = tp / len(gold) if gold else 0.0
f = 2 * p * r / (p + r) if p + r else 0.0
print(f'precision {p:.3f} recall {r:.3f} f1 {f:.3f} (gold {len(gold)}, test {len(test)}, exact {tp})')
