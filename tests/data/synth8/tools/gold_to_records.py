#!/usr/bin/env python3
"""Convert synth8 gold files into SCHEMA.md records (version 1) that score.py accepts.

usage: python3 tools/gold_to_records.py [--gold gold] [--text text] -o OUT_DIR
Writes OUT_DIR/<stem>.json, one record per gold file.  Abstract and bio values are cut out
of the text itself (from `starts` to the end of `ends`, whitespace collapsed), so a perfect
self-score also shows that every span really is in its document.  Fields the gold format
does not carry (kind, organizers, hosts, urls, location parts, ...) are null / [].
"""
import argparse, hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def collapse(s):
    return " ".join(s.split())


def cut(text, sp):
    """The text from sp['starts'] through sp['ends'], or a stitched fallback."""
    if not sp:
        return None
    t = collapse(text.replace("**", ""))
    i = t.find(collapse(sp["starts"]))
    if i >= 0:
        j = t.find(collapse(sp["ends"]), i)
        if j >= 0:
            return t[i:j + len(collapse(sp["ends"]))]
    print(f"warning: span not found verbatim: {sp['starts'][:30]!r}", file=sys.stderr)
    return sp["starts"] + " ... " + sp["ends"]


def when(date, end_date, start_time, end_time, tz):
    if not any((date, start_time, end_time)):
        return None
    start = (f"{date}T{start_time}" if date and start_time else date)
    end = (f"{end_date or date}T{end_time}" if date and end_time else end_date)
    return {"date": date, "end_date": end_date, "start_time": start_time, "end_time": end_time,
            "timezone": tz, "start": start, "end": end, "start_utc": None, "text": None}


def location(text):
    return None if text is None else {"text": text, "room": None, "building": None,
                                      "institution": None, "city": None, "region": None,
                                      "country": None}


FMT = {"html-text": "html", "markdown": "markdown", "email": "email", "text": "text"}


def record(gold, text_path):
    with open(text_path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")
    e = gold["event"]
    talks = []
    for t in gold["talks"]:
        talks.append({
            "title": t["title"],
            "kind": None,
            "when": when(t["date"], None, t["start_time"], t["end_time"], e["timezone"]),
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"], "bio": cut(text, s["bio"]),
                          "email": None, "url": None} for s in t["speakers"]],
            "hosts": [],
            "abstract": cut(text, t["abstract"]),
            "references": [],
        })
    return {
        "schema_version": 1,
        "source": {"path": gold["source"]["path"], "part": None,
                   "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw),
                   "format": FMT.get(gold["format"], "text")},
        "event": {
            "title": e["title"], "kind": None, "series": e["series"],
            "when": when(e["date"], e["end_date"], e["start_time"], e["end_time"], e["timezone"]),
            "location": location(e["location"]),
            "attendance": e["attendance"],
            "organizers": [], "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": talks,
        "warnings": [],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(ROOT, "gold"))
    ap.add_argument("--text", default=os.path.join(ROOT, "text"))
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    texts = {os.path.splitext(f)[0]: f for f in os.listdir(a.text)}
    n = 0
    for f in sorted(os.listdir(a.gold)):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(a.gold, f), encoding="utf-8") as fh:
            gold = json.load(fh)
        stem = os.path.splitext(f)[0]
        rec = record(gold, os.path.join(a.text, texts[stem]))
        with open(os.path.join(a.out, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=1, ensure_ascii=False)
        n += 1
    print(f"wrote {n} records to {a.out}")


if __name__ == "__main__":
    main()
