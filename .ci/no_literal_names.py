#!/usr/bin/env python3
"""Fails when src/ holds a speaker name of the gold files or fixtures (a rule keyed to one
document). Names are the <speaker> tags of corpus/sa-train/gold and the
speaker names of corpus/modern-dev/gold; only names of two or more words are
checked, matched as whole words, case-insensitively.

usage: no_literal_names.py CORPUS_DIR SRC_DIR
"""
import json, os, re, sys

corpus, src = sys.argv[1], sys.argv[2]
names = set()
sa = os.path.join(corpus, "sa-train", "gold")
if os.path.isdir(sa):
    for f in os.listdir(sa):
        with open(os.path.join(sa, f), errors="replace") as fh:
            for m in re.findall(r"<speaker>(.*?)</speaker>", fh.read(), re.S):
                names.add(" ".join(re.sub(r"<[^>]+>", "", m).split()))
modern = os.path.join(corpus, "modern-dev", "gold")
if os.path.isdir(modern):
    for f in os.listdir(modern):
        if f.endswith(".json"):
            with open(os.path.join(modern, f)) as fh:
                for t in json.load(fh).get("talks") or []:
                    for s in t.get("speakers") or []:
                        if s.get("name"):
                            names.add(" ".join(s["name"].split()))
# the speakers of the fixtures' expected records
out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "output")
if os.path.isdir(out_dir):
    for f in os.listdir(out_dir):
        if f.endswith(".json"):
            with open(os.path.join(out_dir, f)) as fh:
                for t in json.load(fh).get("talks") or []:
                    for s in t.get("speakers") or []:
                        if s.get("name"):
                            names.add(" ".join(s["name"].split()))
# drop honorifics and degrees; keep names of two or more words
clean = set()
for n in names:
    toks = [t for t in re.split(r"[\s,]+", n) if t and not re.fullmatch(r"(?i)(dr|prof|professor|mr|mrs|ms|ph\.?d\.?)\.?", t)]
    if len(toks) >= 2:
        clean.add(" ".join(toks))
patterns = [(n, re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, n.split())) + r"(?!\w)", re.I)) for n in clean]
bad = []
for root, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".rs"):
            continue
        p = os.path.join(root, f)
        with open(p) as fh:
            text = fh.read()
        for n, rx in patterns:
            for m in rx.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                bad.append(f"{p}:{line}: speaker name from the gold files: {n!r}")
if bad:
    print("\n".join(bad))
    print(f"{len(bad)} literal gold speaker names in {src}: rules must not be keyed to one document")
    sys.exit(1)
print(f"no gold speaker names in {src} ({len(clean)} names checked)")
