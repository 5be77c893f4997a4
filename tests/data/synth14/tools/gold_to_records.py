#!/usr/bin/env python3
"""Turn gold annotations into records in the SCHEMA.md output contract (version 1).

usage: gold_to_records.py GOLD_DIR TEXT_DIR OUT_DIR

One <stem>.json record per gold file. Abstracts and bios are the full passages of the
reader view (tools/reader.py) from the gold's `starts` through its `ends`. Time zones are
written as IANA names (or fixed offsets for 'UTC+1'-style zones); start_utc is computed
the same way score.py computes a gold instant. Fields the gold does not carry (kind,
room/building split, organizers, hosts, urls, ...) are filled conservatively.
"""
import datetime, hashlib, importlib.util, json, os, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reader  # noqa: E402

SCORE = "/work/shared/eval/score.py"
_spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

KINDS = ["symposium", "workshop", "conference", "colloquium", "webinar", "lecture", "seminar", "talk"]

def find_text(stem, text_dir):
    for f in os.listdir(text_dir):
        if os.path.splitext(f)[0] == stem:
            return os.path.join(text_dir, f)
    raise SystemExit(f"no text for {stem}")

def span(flatview, piece):
    """Full passage from piece['starts'] through piece['ends'] in the flattened view."""
    if not piece:
        return None
    st, en = reader.flat(piece["starts"]), reader.flat(piece["ends"])
    for hay, a, b in ((flatview, st, en), (flatview.lower(), st.lower(), en.lower())):
        i = hay.find(a)
        if i >= 0:
            j = hay.find(b, i)
            if j >= 0:
                return flatview[i:j + len(b)]
    return f"{st} ... {en}"

def tz_name(tz):
    if not tz:
        return None
    z = tz.strip().lower()
    off = score.tz_offset(z)
    if off:
        return off
    fam = next((k for k, v in score.TZ_FAMILY.items() if z in v), None)
    if fam:
        return score.FAMILY_ZONE[fam]
    return tz

def when(date, end_date, st, et, tz, text=None):
    if not any((date, end_date, st, et)):
        return None
    start = f"{date}T{st}" if date and st else date
    end = None
    if et and (end_date or date):
        end = f"{end_date or date}T{et}"
    elif end_date:
        end = end_date
    inst = score.gold_instant(date, st, tz)
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et,
            "timezone": tz_name(tz), "start": start, "end": end,
            "start_utc": inst.isoformat().replace("+00:00", "Z") if inst else None,
            "text": text}

def kind_of(view_low, n_talks):
    for k in KINDS:
        if re.search(rf"\b{k}s?\b", view_low):
            return k
    return "talk" if n_talks == 1 else None

def convert(gold, text_path):
    with open(text_path, "rb") as fh:
        raw = fh.read()
    v = reader.view(text_path)
    fv = reader.flat(v)
    ev = gold["event"]
    talks = gold.get("talks") or []
    rec_talks = []
    for t in talks:
        speakers = [{"name": s["name"], "honorific": None, "position": None,
                     "affiliation": s.get("affiliation"), "bio": span(fv, s.get("bio")),
                     "email": None, "url": None} for s in t.get("speakers") or []]
        tw = when(t.get("date"), None, t.get("start_time"), t.get("end_time"),
                  ev.get("timezone") if t.get("start_time") else None)
        rec_talks.append({"title": t.get("title"),
                          "kind": "panel" if len(speakers) > 2 else "talk",
                          "when": tw, "speakers": speakers, "hosts": [],
                          "abstract": span(fv, t.get("abstract")), "references": []})
    ew = when(ev.get("date"), ev.get("end_date"), ev.get("start_time"), ev.get("end_time"),
              ev.get("timezone")) or {k: None for k in ("date", "end_date", "start_time", "end_time",
                                                        "timezone", "start", "end", "start_utc", "text")}
    fmt = reader.RECORD_FORMAT[gold["format"]]
    return {
        "schema_version": 1,
        "source": {"path": text_path, "part": None, "sha256": hashlib.sha256(raw).hexdigest(),
                   "bytes": len(raw), "format": fmt},
        "event": {
            "title": ev.get("title"),
            "kind": kind_of(fv.lower(), len(talks)),
            "series": ev.get("series"),
            "when": ew,
            "location": {"text": ev.get("location"), "room": None, "building": None,
                         "institution": None, "city": None, "region": None, "country": None},
            "attendance": ev.get("attendance"),
            "organizers": [],
            "registration": {"required": None, "url": None},
            "urls": [],
        },
        "talks": rec_talks,
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
        with open(os.path.join(gold_dir, f)) as fh:
            gold = json.load(fh)
        stem = os.path.splitext(f)[0]
        rec = convert(gold, find_text(stem, text_dir))
        with open(os.path.join(out_dir, stem + ".json"), "w") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
        n += 1
    print(f"{n} records written to {out_dir}")

if __name__ == "__main__":
    main()
