#!/usr/bin/env python3
"""Fill the `source` block of gold files (path + sha1 of the text file as the 40-hex
`commit`) and re-indent them.  The annotation itself is written by hand; this only does
the bookkeeping.   usage: python3 tools/stamp.py [stem ...]"""
import hashlib, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
ORDER = ["id", "source", "format", "notes", "event", "talks"]

def text_file(stem):
    for f in os.listdir(TEXT):
        if os.path.splitext(f)[0] == stem:
            return f
    raise SystemExit(f"no text for {stem}")

def main():
    stems = sys.argv[1:] or sorted(os.path.splitext(f)[0] for f in os.listdir(GOLD) if f.endswith(".json"))
    for stem in stems:
        gp = os.path.join(GOLD, stem + ".json")
        with open(gp) as fh:
            gold = json.load(fh)
        tf = text_file(stem)
        with open(os.path.join(TEXT, tf), "rb") as fh:
            sha = hashlib.sha1(fh.read()).hexdigest()
        gold["id"] = stem
        gold["source"] = {"repo": "synth17/invented", "commit": sha, "path": "text/" + tf,
                          "transform": "none"}
        gold = {k: gold[k] for k in ORDER}
        with open(gp, "w") as fh:
            json.dump(gold, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print("stamped", stem)

if __name__ == "__main__":
    main()
