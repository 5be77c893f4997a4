"""Small helper used while authoring the synth8 gold files (not needed to use the set).

    from goldlib import write_gold, sp, talk, ev, span
    write_gold("y01", "text", "notes...", ev(date=..., ...), [talk(...), ...])

`source.commit` is the SHA-1 of the text file's bytes (a 40-hex content stamp; the set is
synthetic, so there is no upstream repository commit)."""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def text_path(doc_id):
    for f in os.listdir(os.path.join(ROOT, "text")):
        if os.path.splitext(f)[0] == doc_id:
            return os.path.join(ROOT, "text", f)
    raise FileNotFoundError(doc_id)

def sha1_of(path):
    with open(path, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()

def span(starts, ends):
    return {"starts": starts, "ends": ends}

def sp(name, affiliation=None, bio=None):
    return {"name": name, "affiliation": affiliation, "bio": bio}

def talk(title, speakers, abstract=None, date=None, start_time=None, end_time=None):
    return {"title": title, "speakers": speakers, "abstract": abstract,
            "date": date, "start_time": start_time, "end_time": end_time}

def ev(title=None, series=None, date=None, end_date=None, start_time=None, end_time=None,
       timezone=None, location=None, attendance=None):
    return {"title": title, "series": series, "date": date, "end_date": end_date,
            "start_time": start_time, "end_time": end_time, "timezone": timezone,
            "location": location, "attendance": attendance}

def write_gold(doc_id, fmt, notes, event, talks):
    tp = text_path(doc_id)
    rel = os.path.relpath(tp, ROOT)
    gold = {
        "id": doc_id,
        "source": {"repo": "synth8/heldout-announcements", "commit": sha1_of(tp),
                   "path": rel, "transform": "none"},
        "format": fmt,
        "notes": notes,
        "event": event,
        "talks": talks,
    }
    out = os.path.join(ROOT, "gold", doc_id + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return out
