#!/usr/bin/env python3
"""Helper used while authoring: build a gold JSON file (GOLD-FORMAT.md shape) from a compact spec.

    from mkgold import write
    write("z01", "txt", "email", "notes...", event={...}, talks=[...])

event: any of title, series, date, end_date, start_time, end_time, timezone, location, attendance
talk:  {"title": ..., "speakers": [(name, affiliation, bio)], "abstract": (starts, ends) | None,
        "date": ..., "start_time": ..., "end_time": ...}; bio = (starts, ends) | None
"""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
              "location", "attendance"]

def se(x):
    return None if x is None else {"starts": x[0], "ends": x[1]}

def write(id_, ext, fmt, notes, event, talks):
    path = f"text/{id_}.{ext}"
    with open(os.path.join(ROOT, path), "rb") as fh:
        sha1 = hashlib.sha1(fh.read()).hexdigest()
    ev = {k: event.get(k) for k in EVENT_KEYS}
    unknown = set(event) - set(EVENT_KEYS)
    assert not unknown, unknown
    out_talks = []
    for t in talks:
        out_talks.append({
            "title": t.get("title"),
            "speakers": [{"name": n, "affiliation": a, "bio": se(b)} for n, a, b in t.get("speakers", [])],
            "abstract": se(t.get("abstract")),
            "date": t.get("date"), "start_time": t.get("start_time"), "end_time": t.get("end_time"),
        })
    gold = {"id": id_,
            "source": {"repo": "synth9/held-out", "commit": sha1, "path": path, "transform": "none"},
            "format": fmt, "notes": notes, "event": ev, "talks": out_talks}
    with open(os.path.join(ROOT, "gold", id_ + ".json"), "w") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return gold
