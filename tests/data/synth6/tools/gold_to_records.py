#!/usr/bin/env python3
"""Converts synth6 gold files into prediction records (SCHEMA.md shape, one <id>.json per document),
so that score.py can be checked against a perfect prediction:

    python3 tools/gold_to_records.py OUT_DIR
    python3 /work/shared/eval/score.py modern --gold gold --pred OUT_DIR      # expect overall F1 1.000

Long texts (abstract, bio) are rebuilt as "<starts> ... <ends>", which satisfies the scorer's
starts/ends test. Fields that the gold does not hold are null / [].
"""
import hashlib, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FMT = {"text": "text", "email": "email", "html-text": "html", "markdown": "markdown"}


def long_text(v):
    return None if v is None else f"{v['starts']} ... {v['ends']}"


def iso(date, t):
    return None if date is None else (f"{date}T{t}" if t else date)


def when(date, end_date, st, et, tz):
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et, "timezone": tz,
            "start": iso(date, st), "end": iso(end_date or date, et) if et else None,
            "start_utc": None, "text": None}


def convert(g):
    path = os.path.join(ROOT, g["source"]["path"])
    with open(path, "rb") as fh:
        data = fh.read()
    ev = g["event"]
    talks = []
    for t in g["talks"]:
        own = t["date"] or t["start_time"]
        talks.append({
            "title": t["title"], "kind": None,
            "when": when(t["date"], None, t["start_time"], t["end_time"], ev["timezone"]) if own else None,
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"], "bio": long_text(s["bio"]),
                          "email": None, "url": None} for s in t["speakers"]],
            "hosts": [], "abstract": long_text(t["abstract"]), "references": [],
        })
    return {
        "schema_version": 1,
        "source": {"path": g["source"]["path"], "part": None, "sha256": hashlib.sha256(data).hexdigest(),
                   "bytes": len(data), "format": FMT[g["format"]]},
        "event": {
            "title": ev["title"], "kind": None, "series": ev["series"],
            "when": when(ev["date"], ev["end_date"], ev["start_time"], ev["end_time"], ev["timezone"]),
            "location": {"text": ev["location"], "room": None, "building": None, "institution": None,
                         "city": None, "region": None, "country": None},
            "attendance": ev["attendance"], "organizers": [],
            "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": talks,
        "warnings": [],
    }


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    gdir = os.path.join(ROOT, "gold")
    n = 0
    for f in sorted(os.listdir(gdir)):
        if f.endswith(".json"):
            with open(os.path.join(gdir, f), encoding="utf-8") as fh:
                g = json.load(fh)
            with open(os.path.join(out, g["id"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(convert(g), fh, indent=1, ensure_ascii=False)
            n += 1
    print(f"wrote {n} records to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
