#!/usr/bin/env python3
"""Convert gold annotations (GOLD-FORMAT.md) into records in the output contract of
SCHEMA.md, i.e. the prediction form that score.py reads (one <stem>.json per document).

usage: gold_to_records.py GOLD_DIR TEXT_DIR OUT_DIR

A record built from gold should score 1.000 against that gold; check.py uses this to
validate that the gold files are well-formed. Long texts (abstract, bio) are written as
"<starts> ... <ends>", which is what score.py compares (start and end of the text).
"""
import hashlib, json, os, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (zone families, instants)

FORMAT = {"markdown": "markdown", "text": "text", "email": "email", "html-text": "html"}


def zone_name(tz):
    """A stated zone ('PT', 'BST', 'UTC+1', 'America/Chicago') as IANA name or fixed offset."""
    if not tz:
        return None
    z = tz.strip().lower()
    off = score.tz_offset(z)
    if off:
        return off
    for fam, names in score.TZ_FAMILY.items():
        if z in names:
            return score.FAMILY_ZONE[fam]
    return tz


def iso(date, time):
    if not date:
        return None
    return f"{date}T{time}" if time else date


def when(date, end_date, st, et, tz):
    inst = score.gold_instant(date, st, tz)
    return {
        "date": date, "end_date": end_date, "start_time": st, "end_time": et,
        "timezone": zone_name(tz),
        "start": iso(date, st), "end": iso(end_date or date, et) if et else None,
        "start_utc": inst.strftime("%Y-%m-%dT%H:%M:%SZ") if inst else None,
        "text": None,
    }


def long_text(span):
    if not span:
        return None
    return f"{span['starts']} ... {span['ends']}"


def find_text(text_dir, stem):
    for f in sorted(os.listdir(text_dir)):
        if os.path.splitext(f)[0] == stem:
            return os.path.join(text_dir, f)
    raise SystemExit(f"no text file for {stem}")


def convert(gold, text_path):
    data = open(text_path, "rb").read()
    ev = gold["event"]
    talks = []
    for t in gold["talks"]:
        has_when = any(t.get(k) for k in ("date", "start_time", "end_time"))
        talks.append({
            "title": t.get("title"),
            "kind": None,
            "when": when(t.get("date"), None, t.get("start_time"), t.get("end_time"),
                         ev.get("timezone")) if has_when else None,
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s.get("affiliation"), "bio": long_text(s.get("bio")),
                          "email": None, "url": None} for s in t.get("speakers") or []],
            "hosts": [],
            "abstract": long_text(t.get("abstract")),
            "references": [],
        })
    return {
        "schema_version": 1,
        "source": {"path": os.path.relpath(text_path, os.path.dirname(os.path.dirname(text_path))),
                   "part": None, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                   "format": FORMAT[gold["format"]]},
        "event": {
            "title": ev.get("title"), "kind": None, "series": ev.get("series"),
            "when": when(ev.get("date"), ev.get("end_date"), ev.get("start_time"), ev.get("end_time"),
                         ev.get("timezone")),
            "location": {"text": ev.get("location"), "room": None, "building": None, "institution": None,
                         "city": None, "region": None, "country": None},
            "attendance": ev.get("attendance"),
            "organizers": [], "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": talks,
        "warnings": [],
    }


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    gold_dir, text_dir, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, f)))
        stem = gold.get("id") or os.path.splitext(f)[0]
        rec = convert(gold, find_text(text_dir, stem))
        with open(os.path.join(out_dir, stem + ".json"), "w") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
        n += 1
    print(f"wrote {n} records to {out_dir}")


if __name__ == "__main__":
    main()
