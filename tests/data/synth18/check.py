#!/usr/bin/env python3
"""Self-check for the synth18 seminar-announcement set.

1. Every gold/NN.txt, with the <speaker>, <location>, <stime>, <etime> tags removed,
   equals text/NN.txt byte for byte (and both directories hold the same files).
   Tags must be balanced and not nested; every tagged time must parse with
   score.py's own time parser.
2. Builds one prediction record per document from the gold tags, in the form
   `score.py sa` reads (a directory of <stem>.json records with source.path,
   talks[0].speakers[0].name, event.location.text, event.when.start_time/end_time),
   runs score.py on them and requires F1 = 1.000 for every field and overall.

usage: python3 check.py [--score /path/to/score.py] [--keep DIR]
Exit status 0 when everything passes.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TAGS = ("speaker", "location", "stime", "etime")
TAG_RE = re.compile(r"</?(speaker|location|stime|etime)>")


def load_score(path):
    spec = importlib.util.spec_from_file_location("sa_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def strip_tags(s):
    return TAG_RE.sub("", s)


def check_wellformed(name, gold, errors):
    stack = []
    for m in TAG_RE.finditer(gold):
        tag, closing = m.group(1), m.group(0).startswith("</")
        if closing:
            if not stack or stack[-1] != tag:
                errors.append(f"{name}: unexpected </{tag}> at offset {m.start()}")
                return
            stack.pop()
        else:
            if stack:
                errors.append(f"{name}: <{tag}> nested inside <{stack[-1]}> at offset {m.start()}")
                return
            stack.append(tag)
    if stack:
        errors.append(f"{name}: unclosed <{stack[-1]}>")


def mentions(gold):
    return {t: re.findall(rf"<{t}>(.*?)</{t}>", gold, re.S) for t in TAGS}


def to_hhmm(score, values):
    """Pick the most specific tagged time (one with am/pm or 24h if any) -> 'HH:MM'."""
    parsed = [score.parse_time(v) for v in values]
    parsed = [p for p in parsed if p]
    if not parsed:
        return None
    certain = [p for p in parsed if p[2]]
    h, m, _ = (certain or parsed)[0]
    return f"{h:02d}:{m:02d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default=str(__import__('pathlib').Path(__file__).resolve().parents[4] / 'shared/eval/score.py'))
    ap.add_argument("--keep", help="write the predictions here instead of a temp dir")
    a = ap.parse_args()
    score = load_score(a.score)

    text_dir, gold_dir = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
    tf, gf = sorted(os.listdir(text_dir)), sorted(os.listdir(gold_dir))
    errors = []
    if tf != gf:
        errors.append(f"file sets differ: only text {sorted(set(tf) - set(gf))}, only gold {sorted(set(gf) - set(tf))}")

    # ---- 1. byte-exact round trip, well-formedness, parseable times
    counts = {t: 0 for t in TAGS}
    docs = {}
    for f in gf:
        with open(os.path.join(gold_dir, f), "rb") as fh:
            graw = fh.read()
        tpath = os.path.join(text_dir, f)
        if not os.path.exists(tpath):
            continue
        with open(tpath, "rb") as fh:
            traw = fh.read()
        gold = graw.decode("utf-8")
        if strip_tags(gold).encode("utf-8") != traw:
            errors.append(f"{f}: gold minus tags != text")
        check_wellformed(f, gold, errors)
        ms = mentions(gold)
        for t in TAGS:
            counts[t] += len(ms[t])
            if t in ("stime", "etime"):
                for v in ms[t]:
                    if score.parse_time(v) is None:
                        errors.append(f"{f}: <{t}>{v}</{t}> is not a time score.py can parse")
            for v in ms[t]:
                if v != v.strip() or not v:
                    errors.append(f"{f}: <{t}> value {v!r} has surrounding whitespace or is empty")
        docs[os.path.splitext(f)[0]] = ms
    print(f"round trip: {len(gf)} gold files, {len(tf)} text files; "
          + ", ".join(f"{t} {counts[t]} mentions" for t in TAGS))
    print(f"documents with a field: " + ", ".join(
        f"{t} {sum(1 for d in docs.values() if d[t])}" for t in TAGS))

    # ---- 2. predictions from gold, scored by score.py sa
    pred_dir = a.keep or tempfile.mkdtemp(prefix="synth18-pred-")
    os.makedirs(pred_dir, exist_ok=True)
    for stem, ms in docs.items():
        rec = {"source": {"path": f"text/{stem}.txt"}, "event": {}, "talks": []}
        if ms["speaker"]:
            rec["talks"].append({"speakers": [{"name": ms["speaker"][0]}]})
        if ms["location"]:
            rec["event"]["location"] = {"text": ms["location"][0]}
        when = {}
        st, et = to_hhmm(score, ms["stime"]), to_hhmm(score, ms["etime"])
        if st:
            when["start_time"] = st
        if et:
            when["end_time"] = et
        if when:
            rec["event"]["when"] = when
        with open(os.path.join(pred_dir, stem + ".json"), "w") as fh:
            json.dump(rec, fh, indent=1)
    out = subprocess.run([sys.executable, a.score, "sa", "--gold", gold_dir, "--pred", pred_dir,
                          "--per-doc"], capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        errors.append(f"score.py failed: {out.stderr.strip()}")
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0] in TAGS:
            if parts[3] != "1.000":
                errors.append(f"field {parts[0]} F1 {parts[3]} != 1.000")
    last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    if last != "overall F1 1.000":
        errors.append(f"score.py says {last!r}")
    if not a.keep:
        for f in os.listdir(pred_dir):
            os.remove(os.path.join(pred_dir, f))
        os.rmdir(pred_dir)

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all gold files round-trip exactly and self-score is 1.000 on every field")


if __name__ == "__main__":
    main()
