#!/usr/bin/env python3
"""Convert synth10 gold annotations into predicted records (SCHEMA.md, version 1).

usage: gold_to_records.py [--gold DIR] [--text DIR] [--out DIR]

Each gold/<stem>.json becomes <out>/<stem>.json, a full record whose source.path points
at the text file.  Long texts (abstract, bio) are not copied from the gold's starts/ends:
they are cut out of the document itself (the span from `starts` to the first following
`ends`, in the scorer's case/punctuation-insensitive form), so a starts/ends pair that is
not verbatim in the text, or that is in the wrong order, fails loudly here.
"""
import argparse, glob, hashlib, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (norm_loose, gold_instant)

FORMAT = {"markdown": "markdown", "text": "text", "email": "email", "html-text": "html"}


def visible_text(raw, fmt):
    """The document as a reader sees it: tags dropped and entities decoded for HTML."""
    if fmt == "html-text":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def find_text_path(text_dir, stem):
    hits = [p for p in glob.glob(os.path.join(text_dir, stem + ".*"))]
    if len(hits) != 1:
        raise SystemExit(f"{stem}: expected one text file, found {hits}")
    return hits[0]


class SpanError(Exception):
    pass


def cut(doc_norm, ref, what):
    """Span of the document from ref.starts to the first ref.ends after it (normalized)."""
    if ref is None:
        return None
    s, e = score.norm_loose(ref["starts"]), score.norm_loose(ref["ends"])
    i = doc_norm.find(s)
    if i < 0:
        raise SpanError(f"{what}: starts not in text: {ref['starts']!r}")
    if doc_norm.find(s, i + 1) >= 0:
        print(f"  note: {what}: starts occurs more than once, first used", file=sys.stderr)
    j = doc_norm.find(e, i)
    if j < 0:
        raise SpanError(f"{what}: ends not found after starts: {ref['ends']!r}")
    span = doc_norm[i:j + len(e)]
    if len(span) > 8000:
        raise SpanError(f"{what}: span suspiciously long ({len(span)} chars)")
    return span


def when(date, end_date, st, et, tz, text=None):
    if not any((date, end_date, st, et)):
        return None
    start = f"{date}T{st}" if date and st else date
    end = f"{end_date or date}T{et}" if (end_date or date) and et else end_date
    inst = score.gold_instant(date, st, tz)
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et,
            "timezone": tz, "start": start, "end": end,
            "start_utc": inst.strftime("%Y-%m-%dT%H:%M:%SZ") if inst else None,
            "text": text}


def convert(gold, text_path, rel_path):
    raw_bytes = open(text_path, "rb").read()
    raw = raw_bytes.decode("utf-8")
    doc_norm = score.norm_loose(visible_text(raw, gold["format"]))
    ev = gold["event"]
    rec = {
        "schema_version": 1,
        "source": {"path": rel_path, "part": None,
                   "sha256": hashlib.sha256(raw_bytes).hexdigest(), "bytes": len(raw_bytes),
                   "format": FORMAT[gold["format"]]},
        "event": {
            "title": ev["title"], "kind": None, "series": ev["series"],
            "when": when(ev["date"], ev["end_date"], ev["start_time"], ev["end_time"], ev["timezone"]),
            "location": {"text": ev["location"], "room": None, "building": None, "institution": None,
                         "city": None, "region": None, "country": None} if ev["location"] else None,
            "attendance": ev["attendance"], "organizers": [],
            "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": [],
        "warnings": [],
    }
    for k, t in enumerate(gold["talks"]):
        rec["talks"].append({
            "title": t["title"], "kind": None,
            "when": when(t["date"], None, t["start_time"], t["end_time"], None),
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"],
                          "bio": cut(doc_norm, s["bio"], f"talk {k} bio of {s['name']}"),
                          "email": None, "url": None} for s in t["speakers"]],
            "hosts": [],
            "abstract": cut(doc_norm, t["abstract"], f"talk {k} abstract"),
            "references": [],
        })
    return rec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(ROOT, "gold"))
    ap.add_argument("--text", default=os.path.join(ROOT, "text"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "records"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    bad = 0
    for gp in sorted(glob.glob(os.path.join(a.gold, "*.json"))):
        stem = os.path.splitext(os.path.basename(gp))[0]
        gold = json.load(open(gp))
        tp = find_text_path(a.text, stem)
        rel = os.path.relpath(tp, ROOT)
        try:
            rec = convert(gold, tp, rel)
        except SpanError as e:
            print(f"{stem}: {e}", file=sys.stderr)
            bad += 1
            continue
        with open(os.path.join(a.out, stem + ".json"), "w") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
    if bad:
        raise SystemExit(f"{bad} gold file(s) could not be converted")


if __name__ == "__main__":
    main()
