#!/usr/bin/env python3
"""Convert gold annotations (GOLD-FORMAT.md) into predicted records (SCHEMA.md, version 1)
that score.py can read, one <stem>.json per gold file.

    python3 tools/gold_to_records.py [--gold gold] [--text text] [--out DIR]

The records carry exactly what the gold knows: abstract and bio become "<starts> … <ends>"
(score.py only checks how they start and end). Fields the gold format does not annotate
(kind, organizers, urls, positions, ...) are null or empty.
"""
import argparse, datetime, hashlib, json, os

ZONES = {"pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
         "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
         "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
         "mt": "America/Denver", "cet": "Europe/Paris", "cest": "Europe/Paris",
         "utc": "UTC", "gmt": "UTC", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "aest": "Australia/Sydney"}
FORMATS = {"markdown": "markdown", "text": "text", "email": "email", "html-text": "html"}

def zone(tz):
    return None if tz is None else ZONES.get(tz.strip().lower(), tz)

def long_text(x):
    return None if x is None else f"{x['starts']} … {x['ends']}"

def when(date, end_date, st, et, tz):
    if not any((date, end_date, st, et)):
        return None
    z = zone(tz)
    start = f"{date}T{st}" if date and st else date
    end = f"{end_date or date}T{et}" if (end_date or date) and et else end_date
    start_utc = None
    if date and st and z:
        try:
            from zoneinfo import ZoneInfo
            local = datetime.datetime.fromisoformat(f"{date}T{st}").replace(tzinfo=ZoneInfo(z))
            start_utc = local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        except Exception:
            start_utc = None
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et, "timezone": z,
            "start": start, "end": end, "start_utc": start_utc, "text": None}

def convert(gold, text_root):
    src_path = os.path.join(text_root, os.path.basename(gold["source"]["path"]))
    data = open(src_path, "rb").read() if os.path.exists(src_path) else b""
    e = gold["event"]
    rec = {
        "schema_version": 1,
        "source": {"path": src_path, "part": None, "sha256": hashlib.sha256(data).hexdigest(),
                   "bytes": len(data), "format": FORMATS.get(gold.get("format"), "text")},
        "event": {
            "title": e["title"], "kind": None, "series": e["series"],
            "when": when(e["date"], e["end_date"], e["start_time"], e["end_time"], e["timezone"]),
            "location": None if e["location"] is None else
                {"text": e["location"], "room": None, "building": None, "institution": None,
                 "city": None, "region": None, "country": None},
            "attendance": e["attendance"], "organizers": [],
            "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": [],
        "warnings": [],
    }
    for t in gold["talks"]:
        rec["talks"].append({
            "title": t["title"], "kind": None,
            "when": when(t["date"], None, t["start_time"], t["end_time"], None)
                    if (t["date"] or t["start_time"]) else None,
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"], "bio": long_text(s["bio"]),
                          "email": None, "url": None} for s in t["speakers"]],
            "hosts": [], "abstract": long_text(t["abstract"]), "references": [],
        })
    return rec

def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(here, "gold"))
    ap.add_argument("--text", default=os.path.join(here, "text"))
    ap.add_argument("--out", default=os.path.join(here, "records"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(a.gold)):
        if not f.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(a.gold, f), encoding="utf-8"))
        rec = convert(gold, a.text)
        with open(os.path.join(a.out, f), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        n += 1
    print(f"wrote {n} records to {a.out}")

if __name__ == "__main__":
    main()
