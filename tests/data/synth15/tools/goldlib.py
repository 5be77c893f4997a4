"""Helper used while writing the gold files: fills the fixed GOLD-FORMAT skeleton.

    from goldlib import gold, talk, sp, span
    gold("r01", "eml", "email", "notes", event={...}, talks=[...])
"""
import hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time",
              "timezone", "location", "attendance"]


def span(starts, ends):
    return {"starts": starts, "ends": ends}


def sp(name, affiliation=None, bio=None):
    return {"name": name, "affiliation": affiliation, "bio": bio}


def talk(title, speakers, abstract=None, date=None, start_time=None, end_time=None):
    return {"title": title, "speakers": speakers, "abstract": abstract,
            "date": date, "start_time": start_time, "end_time": end_time}


def gold(stem, ext, fmt, notes, event, talks):
    path = f"text/{stem}.{ext}"
    with open(os.path.join(ROOT, path), "rb") as fh:
        commit = hashlib.sha1(fh.read()).hexdigest()
    ev = {k: event.get(k) for k in EVENT_KEYS}
    unknown = set(event) - set(EVENT_KEYS)
    assert not unknown, unknown
    rec = {"id": stem,
           "source": {"repo": "synthetic/synth15", "commit": commit, "path": path,
                      "transform": "none"},
           "format": fmt, "notes": notes, "event": ev, "talks": talks}
    with open(os.path.join(ROOT, "gold", stem + ".json"), "w") as fh:
        json.dump(rec, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return rec
