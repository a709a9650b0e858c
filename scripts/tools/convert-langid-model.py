#!/usr/bin/env python3
"""Converts py3langid's model (data/model.npz.xz: an LZMA-compressed zip of
plain .npy arrays, no pickle) into kzalign's flat little-endian binary that
Swift memory-maps (Sources/KZAlign/Language/LangIDModel.swift reads it).

Layout (every section starts on a 16-byte boundary):
  magic  b"KZLANGID", u32 version=2, u32 features F, u32 classes C,
  u32 states S, u32 rows R, u32 reserved[3]
  classes  C × 8 bytes ASCII, NUL padded (py3langid labels; duplicates kept)
  pc       C × f32            class log priors
  ptc      C × F × f16        log P(feature | class), one contiguous column per class
  nextmove R × 256 × u32      DFA transition rows
  row      S × u16            state → transition row
  outfeat  S × i32            state → feature index, or -1

Usage: convert-langid-model.py MODEL.npz.xz OUT.bin
"""
import io
import lzma
import struct
import sys

import numpy as np


def main(source, target):
    with lzma.open(source) as f:
        data = np.load(io.BytesIO(f.read()), allow_pickle=False)
        ptc = np.ascontiguousarray(data["ptc"], dtype="<f2")
        pc = np.ascontiguousarray(data["pc"], dtype="<f4")
        classes = [str(c) for c in data["classes"]]
        nextmove = np.ascontiguousarray(data["nextmove"], dtype="<u4")
        row = np.ascontiguousarray(data["nextmove_row"], dtype="<u2")
        outfeat = np.ascontiguousarray(data["out_feat"], dtype="<i4")
    features, nclasses = ptc.shape
    states = row.shape[0]
    rows = nextmove.shape[0] // 256
    assert len(classes) == nclasses == pc.shape[0]
    assert outfeat.shape[0] == states and rows * 256 == nextmove.shape[0]
    assert int(nextmove.max()) < states and int(row.max()) < rows
    assert int(outfeat.max()) < features

    out = io.BytesIO()

    def align():
        out.write(b"\0" * (-out.tell() % 16))

    out.write(b"KZLANGID")
    out.write(struct.pack("<8I", 2, features, nclasses, states, rows, 0, 0, 0))
    align()
    for c in classes:
        raw = c.encode("ascii")
        assert len(raw) <= 8
        out.write(raw + b"\0" * (8 - len(raw)))
    # class-major, so restricting to a few candidates reads only their columns
    ptc = np.ascontiguousarray(ptc.T)
    for array in (pc, ptc, nextmove, row, outfeat):
        align()
        out.write(array.tobytes())
    tmp = target + ".tmp"
    with open(tmp, "wb") as f:
        f.write(out.getvalue())
    import os
    os.replace(tmp, target)
    print(f"langid model: {features} features, {nclasses} classes, {states} states -> {target}",
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
