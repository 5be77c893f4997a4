#!/usr/bin/env python3
"""Turn gold files into prediction records (SCHEMA.md, version 1) for self-scoring.

For each gold/<stem>.json a record <out>/<stem>.json is written with every schema key
present. Abstract and bio are the real passages cut from the text (from the gold's
`starts` to its `ends`); zones are written the way a tool would (IANA name or fixed
offset) together with `start_utc`, so the scorer's zone matching is exercised too.

usage: python3 tools/gold_to_records.py [--gold gold] [--text text] [-o /tmp/synth7-pred]
then:  python3 /work/shared/eval/score.py modern --gold gold --pred /tmp/synth7-pred
"""
import argparse, datetime, hashlib, html, json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# stated zone -> what a tool would write (IANA name or fixed offset)
ZONES = {"pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
         "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
         "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
         "cet": "Europe/Berlin", "cest": "Europe/Berlin", "bst": "Europe/London",
         "gmt": "UTC", "utc": "UTC", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo",
         "aest": "Australia/Sydney", "aedt": "Australia/Sydney"}


def zone_of(stated):
    if not stated:
        return None
    z = stated.strip().lower()
    m = re.fullmatch(r"(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", z)
    if m:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    return ZONES.get(z, stated)


def utc_instant(date, hhmm, zone):
    if not (date and hhmm and zone):
        return None
    y, mo, d = (int(x) for x in date.split("-"))
    h, mi = (int(x) for x in hhmm.split(":"))
    if re.fullmatch(r"[+-]\d{2}:\d{2}", zone):
        sign = 1 if zone[0] == "+" else -1
        tz = datetime.timezone(sign * datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    else:
        from zoneinfo import ZoneInfo
        tz = ZoneInfo(zone)
    inst = datetime.datetime(y, mo, d, h, mi, tzinfo=tz).astimezone(datetime.timezone.utc)
    return inst.strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(text, fmt):
    """The text as a reader sees it: whitespace collapsed, HTML tags and entities resolved."""
    if fmt == "html-text":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def cut(flat, span):
    """The passage of `flat` running from span.starts to span.ends (first match)."""
    if not span:
        return None
    s, e = " ".join(span["starts"].split()), " ".join(span["ends"].split())
    i = flat.find(s)
    if i >= 0:
        j = flat.find(e, i)
        if j >= 0:
            return flat[i:j + len(e)]
    return f"{s} ... {e}"  # fallback: still starts and ends as the gold says


def when(date, end_date, st, et, tz_stated):
    zone = zone_of(tz_stated)
    start = f"{date}T{st}" if date and st else date
    end = f"{end_date or date}T{et}" if date and et else end_date
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et,
            "timezone": zone, "start": start, "end": end,
            "start_utc": utc_instant(date, st, zone), "text": None}


def location(text):
    return {"text": text, "room": None, "building": None, "institution": None,
            "city": None, "region": None, "country": None}


def record(gold, text_path):
    with open(text_path, "rb") as fh:
        raw = fh.read()
    fmt = gold["format"]
    flat = plain(raw.decode("utf-8"), fmt)
    ev = gold["event"]
    rec = {
        "schema_version": 1,
        "source": {"path": os.path.relpath(text_path, ROOT), "part": None,
                   "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw),
                   "format": "html" if fmt == "html-text" else fmt},
        "event": {
            "title": ev["title"], "kind": None, "series": ev["series"],
            "when": when(ev["date"], ev["end_date"], ev["start_time"], ev["end_time"], ev["timezone"]),
            "location": location(ev["location"]) if ev["location"] else None,
            "attendance": ev["attendance"], "organizers": [],
            "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": [],
        "warnings": [],
    }
    for t in gold["talks"]:
        own = t["date"] or t["start_time"] or t["end_time"]
        rec["talks"].append({
            "title": t["title"], "kind": None,
            "when": when(t["date"], None, t["start_time"], t["end_time"], ev["timezone"]) if own else None,
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"], "bio": cut(flat, s["bio"]),
                          "email": None, "url": None} for s in t["speakers"]],
            "hosts": [], "abstract": cut(flat, t["abstract"]), "references": [],
        })
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(ROOT, "gold"))
    ap.add_argument("--text", default=os.path.join(ROOT, "text"))
    ap.add_argument("-o", "--out", default="/tmp/synth7-pred")
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
