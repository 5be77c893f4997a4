#!/usr/bin/env python3
"""Authoring helper: set source.path and source.commit (SHA-1 of the text bytes) in every
gold file after a text was edited.  usage: python3 tools/stamp.py"""
import hashlib, json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
texts = {os.path.splitext(f)[0]: f for f in os.listdir(os.path.join(HERE, "text"))}
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    p = os.path.join(HERE, "gold", f)
    g = json.load(open(p))
    t = texts[os.path.splitext(f)[0]]
    g["source"]["path"] = f"text/{t}"
    g["source"]["commit"] = hashlib.sha1(open(os.path.join(HERE, "text", t), "rb").read()).hexdigest()
    with open(p, "w") as fh:
        json.dump(g, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
