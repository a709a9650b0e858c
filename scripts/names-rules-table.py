#!/usr/bin/env python3
"""Prints the match-key rule table of Sources/KZAlign/Names/NameKeyRules.swift as Markdown."""
import re, sys, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(root, "Sources/KZAlign/Names/NameKeyRules.swift"), encoding="utf-8").read()
consts = dict(re.findall(r'static let (\w+) = "([^"]+)"', src))
print("| step | languages | from | to | where | source |\n|---|---|---|---|---|---|")
section = None
for line in src.splitlines():
    m = re.search(r'public static let (\w+): \[Rule\]', line)
    if m:
        section = m.group(1)
        continue
    for r in re.finditer(r'Rule\((\[[^\]]*\]), "([^"]*)", "([^"]*)", \.(\w+), ("[^"]*"|\w+)\)', line):
        langs = r.group(1).replace('"', '').strip('[]') or 'all'
        source = r.group(5)
        source = source.strip('"') if source.startswith('"') else consts.get(source, source)
        row = (section, langs, r.group(2), r.group(3) or '∅', r.group(4), source)
        print("| " + " | ".join(x.replace('|', '\\|') for x in row) + " |")
