#!/usr/bin/env python3
"""Turn gold annotations into records in the SCHEMA.md output contract (version 1).

usage: gold_to_records.py GOLD TEXT OUT
  GOLD  a gold directory (<stem>.json) or one gold file
  TEXT  the directory holding the announcement texts (<stem>.<ext>)
  OUT   output directory; one <stem>.json record per gold file is written

Values that gold does not carry (kind, organizers, urls, location parts, hosts, ...) are
left null / empty.  Bio and abstract texts are recovered from the reader view of the text
(tools/readerview.py) as the span from the gold 'starts' through the gold 'ends'.
"""
import datetime, hashlib, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from readerview import reader_view, find_span  # noqa: E402

FORMAT = {"markdown": "markdown", "text": "text", "email": "email", "html-text": "html"}

# stated zone -> IANA name (families as in score.py); fixed offsets for abbreviations
IANA = {
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "eastern time": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central": "America/Chicago", "central time": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "central european time": "Europe/Berlin",
    "mez": "Europe/Berlin", "mesz": "Europe/Berlin",
    "eet": "Europe/Athens", "eest": "Europe/Athens",
    "bst": "Europe/London", "uk time": "Europe/London",
    "utc": "UTC", "gmt": "UTC",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
}
FIXED = {"cet": "+01:00", "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00",
         "eet": "+02:00", "eest": "+03:00", "bst": "+01:00",
         "pst": "-08:00", "pdt": "-07:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
         "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "gmt": "+00:00", "utc": "+00:00",
         "ist": "+05:30", "jst": "+09:00", "kst": "+09:00", "aest": "+10:00", "aedt": "+11:00"}


def offset_of(z):
    m = re.match(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", z)
    if m:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    return FIXED.get(z)


def zone_value(tz):
    """The record's timezone: an IANA name or a fixed offset; the stated text otherwise."""
    if not tz:
        return None
    z = tz.strip().lower()
    if z in IANA:
        return IANA[z]
    off = offset_of(z)
    return off or tz


def start_utc(date, hhmm, tz):
    if not (date and hhmm and tz):
        return None
    z = tz.strip().lower()
    try:
        y, mo, d = (int(x) for x in date.split("-"))
        h, mi = (int(x) for x in hhmm.split(":"))
        off = offset_of(z)
        if off:
            sign = 1 if off[0] == "+" else -1
            zone = datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]), minutes=int(off[4:6])))
        elif z in IANA:
            from zoneinfo import ZoneInfo
            zone = ZoneInfo(IANA[z])
        else:
            return None
        t = datetime.datetime(y, mo, d, h, mi, tzinfo=zone).astimezone(datetime.timezone.utc)
        return t.strftime("%Y-%m-%dT%H:%MZ")
    except Exception:
        return None


def iso(date, hhmm):
    if not date:
        return None
    return f"{date}T{hhmm}" if hhmm else date


def when(date, end_date, st, et, tz):
    if not any((date, end_date, st, et)):
        return None
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et,
            "timezone": zone_value(tz), "start": iso(date, st),
            "end": iso(end_date or date, et) if et else (end_date or None),
            "start_utc": start_utc(date, st, tz), "text": None}


def long_text(view, ref, where, warnings):
    if not ref:
        return None
    span = find_span(view, ref["starts"], ref["ends"])
    if span is None:
        warnings.append(f"{where}: starts/ends not found in text; joined them")
        return f"{ref['starts']} ... {ref['ends']}"
    return span


def find_text(text_dir, stem):
    for f in sorted(os.listdir(text_dir)):
        if os.path.splitext(f)[0] == stem:
            return os.path.join(text_dir, f)
    raise SystemExit(f"no text for {stem} in {text_dir}")


def record(gold, text_path):
    raw = open(text_path, "rb").read()
    view = reader_view(text_path)
    warnings = []
    ge = gold["event"]
    tz = ge.get("timezone")
    talks = []
    for i, gt in enumerate(gold["talks"]):
        speakers = []
        for j, gs in enumerate(gt["speakers"]):
            speakers.append({"name": gs["name"], "honorific": None, "position": None,
                             "affiliation": gs.get("affiliation"),
                             "bio": long_text(view, gs.get("bio"), f"talk {i} speaker {j} bio", warnings),
                             "email": None, "url": None})
        talks.append({
            "title": gt.get("title"), "kind": None,
            "when": when(gt.get("date"), None, gt.get("start_time"), gt.get("end_time"), tz),
            "speakers": speakers, "hosts": [],
            "abstract": long_text(view, gt.get("abstract"), f"talk {i} abstract", warnings),
            "references": []})
    ev_when = when(ge.get("date"), ge.get("end_date"), ge.get("start_time"), ge.get("end_time"), tz)
    return {
        "schema_version": 1,
        "source": {"path": text_path, "part": None, "sha256": hashlib.sha256(raw).hexdigest(),
                   "bytes": len(raw), "format": FORMAT[gold["format"]]},
        "event": {
            "title": ge.get("title"), "kind": None, "series": ge.get("series"),
            "when": ev_when or {"date": None, "end_date": None, "start_time": None, "end_time": None,
                                "timezone": zone_value(tz), "start": None, "end": None,
                                "start_utc": None, "text": None},
            "location": {"text": ge.get("location"), "room": None, "building": None,
                         "institution": None, "city": None, "region": None, "country": None},
            "attendance": ge.get("attendance"), "organizers": [],
            "registration": {"required": None, "url": None}, "urls": []},
        "talks": talks,
        "warnings": warnings,
    }


def main(argv):
    if len(argv) != 4:
        raise SystemExit(__doc__)
    gold, text_dir, out = argv[1:]
    files = [os.path.join(gold, f) for f in sorted(os.listdir(gold)) if f.endswith(".json")] \
        if os.path.isdir(gold) else [gold]
    os.makedirs(out, exist_ok=True)
    for gf in files:
        with open(gf) as fh:
            g = json.load(fh)
        stem = g.get("id") or os.path.splitext(os.path.basename(gf))[0]
        rec = record(g, find_text(text_dir, stem))
        with open(os.path.join(out, stem + ".json"), "w") as fh:
            json.dump(rec, fh, indent=1, ensure_ascii=False)
    print(f"wrote {len(files)} records to {out}")


if __name__ == "__main__":
    main(sys.argv)
