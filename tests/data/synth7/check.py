#!/usr/bin/env python3
"""Validate the synth7 evaluation set.

Checks, for every gold/<stem>.json:
  * it parses as JSON and has exactly the keys of the modern-dev gold format
    (GOLD-FORMAT.md): id, source{repo,commit,path,transform}, format, notes,
    event{title,series,date,end_date,start_time,end_time,timezone,location,attendance},
    talks[{title,speakers[{name,affiliation,bio}],abstract,date,start_time,end_time}];
  * value types and vocabularies: dates YYYY-MM-DD (real calendar dates), times HH:MM on a
    24-hour clock, format in markdown|text|email|html-text, transform in
    none|strip-front-matter, attendance in online|in_person|hybrid|null, commit 40 hex
    (here: SHA-1 of the text bytes), notes one line;
  * id == file stem, source.path names the matching text file, every text has a gold and
    every gold a text;
  * starts/ends are 6-10 words; end_date after date; talk dates inside the event's days;
    names carry no honorific; every verbatim string is found in the text (whitespace
    collapsed; for HTML residue also with tags removed and entities decoded).

usage: python3 check.py            exit status 0 when everything passes
"""
import datetime, hashlib, html, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(ROOT, "text"), os.path.join(ROOT, "gold")

TOP = ["id", "source", "format", "notes", "event", "talks"]
SOURCE = ["repo", "commit", "path", "transform"]
EVENT = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"]
TALK = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER = ["name", "affiliation", "bio"]
SPAN = ["starts", "ends"]
FORMATS = {"markdown", "text", "email", "html-text"}
TRANSFORMS = {"none", "strip-front-matter"}
ATTENDANCE = {None, "online", "in_person", "hybrid"}
HONORIFIC = re.compile(r"^(dr|prof|professor|mr|mrs|ms|mx|sir|dame|ing|dra|mtro|a/prof)\b\.?", re.I)


def collapse(s):
    return " ".join(s.split())


def loose(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


class Errors(list):
    def __call__(self, stem, msg):
        self.append(f"{stem}: {msg}")


def is_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def is_time(s):
    return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s) is not None


def opt_str(x):
    return x is None or (isinstance(x, str) and x.strip() != "" and x == x.strip())


def keys_exact(err, stem, where, obj, keys):
    if not isinstance(obj, dict):
        err(stem, f"{where} is not an object")
        return False
    if list(obj.keys()) != keys and set(obj.keys()) != set(keys):
        err(stem, f"{where} keys {sorted(obj)} != {sorted(keys)}")
        return False
    return True


def check_span(err, stem, where, sp, found):
    if sp is None:
        return
    if not keys_exact(err, stem, where, sp, SPAN):
        return
    for k in SPAN:
        v = sp[k]
        if not isinstance(v, str) or not v.strip():
            err(stem, f"{where}.{k} empty")
            continue
        n = len(v.split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (6-10 wanted)")
        if not found(v):
            err(stem, f"{where}.{k} not in text: {v!r}")


def check_gold(err, stem, path, texts):
    try:
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(stem, f"does not parse: {e}")
        return
    if not keys_exact(err, stem, "record", gold, TOP):
        return
    if gold["id"] != stem:
        err(stem, f"id {gold['id']!r} != file stem")
    src = gold["source"]
    text = None
    if keys_exact(err, stem, "source", src, SOURCE):
        if not (isinstance(src["repo"], str) and re.fullmatch(r"[\w.-]+/[\w.-]+", src["repo"])):
            err(stem, "source.repo is not owner/name")
        if not (isinstance(src["commit"], str) and re.fullmatch(r"[0-9a-f]{40}", src["commit"])):
            err(stem, "source.commit is not 40 hex")
        if src["transform"] not in TRANSFORMS:
            err(stem, f"source.transform {src['transform']!r}")
        tf = os.path.basename(src["path"] or "")
        if os.path.splitext(tf)[0] != stem or tf not in texts:
            err(stem, f"source.path {src['path']!r} does not name text/{stem}.*")
        else:
            with open(os.path.join(TEXT, tf), "rb") as fh:
                raw = fh.read()
            if hashlib.sha1(raw).hexdigest() != src["commit"]:
                err(stem, "source.commit is not the SHA-1 of the text (text edited after gold? rerun tools/make_gold.py)")
            text = raw.decode("utf-8")
    if gold["format"] not in FORMATS:
        err(stem, f"format {gold['format']!r}")
    if not isinstance(gold["notes"], str) or not gold["notes"].strip() or "\n" in gold["notes"]:
        err(stem, "notes must be one non-empty line")

    if text is not None:
        detag = html.unescape(re.sub(r"<[^>]+>", " ", text))
        flats, looses = [collapse(text), collapse(detag)], [loose(text), loose(detag)]

        def found(s):
            return any(collapse(s) in f for f in flats) or any(loose(s) in f for f in looses)
    else:
        def found(s):
            return True

    ev = gold["event"]
    if keys_exact(err, stem, "event", ev, EVENT):
        for k in ("title", "series", "timezone", "location"):
            if not opt_str(ev[k]):
                err(stem, f"event.{k} must be a trimmed non-empty string or null")
            elif ev[k] is not None and k != "timezone" and not found(ev[k]):
                err(stem, f"event.{k} not in text: {ev[k]!r}")
        for k in ("date", "end_date"):
            if ev[k] is not None and not is_date(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not YYYY-MM-DD")
        for k in ("start_time", "end_time"):
            if ev[k] is not None and not is_time(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not HH:MM")
        if ev["attendance"] not in ATTENDANCE:
            err(stem, f"event.attendance {ev['attendance']!r}")
        if ev["end_date"] and not ev["date"]:
            err(stem, "event.end_date without date")
        if is_date(ev["date"]) and is_date(ev["end_date"]) and ev["end_date"] <= ev["date"]:
            err(stem, "event.end_date must be after date (null for one-day events)")
        if is_time(ev["end_time"]) and is_time(ev["start_time"]) and not ev["end_date"] \
                and ev["end_time"] <= ev["start_time"]:
            err(stem, "event.end_time before start_time")
        if ev["timezone"] and not found(ev["timezone"]):
            err(stem, f"event.timezone not as stated in text: {ev['timezone']!r}")

    talks = gold["talks"]
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return
    for i, t in enumerate(talks):
        w = f"talks[{i}]"
        if not keys_exact(err, stem, w, t, TALK):
            continue
        if not opt_str(t["title"]):
            err(stem, f"{w}.title bad")
        elif t["title"] and not found(t["title"]):
            err(stem, f"{w}.title not in text: {t['title']!r}")
        if t["date"] is not None and not is_date(t["date"]):
            err(stem, f"{w}.date bad")
        for k in ("start_time", "end_time"):
            if t[k] is not None and not is_time(t[k]):
                err(stem, f"{w}.{k} bad")
        if is_time(t["end_time"]) and is_time(t["start_time"]) and t["end_time"] <= t["start_time"]:
            err(stem, f"{w}.end_time before start_time")
        if is_date(t["date"]) and isinstance(ev, dict) and is_date(ev.get("date")):
            last = ev.get("end_date") or ev["date"]
            if not ev["date"] <= t["date"] <= last:
                err(stem, f"{w}.date outside the event's days")
        if len(talks) == 1 and (t["date"] or t["start_time"] or t["end_time"]):
            err(stem, f"{w}: a lone talk's time belongs on the event")
        check_span(err, stem, f"{w}.abstract", t["abstract"], found)
        if not isinstance(t["speakers"], list):
            err(stem, f"{w}.speakers not a list")
            continue
        for j, s in enumerate(t["speakers"]):
            sw = f"{w}.speakers[{j}]"
            if not keys_exact(err, stem, sw, s, SPEAKER):
                continue
            if not isinstance(s["name"], str) or not s["name"].strip():
                err(stem, f"{sw}.name empty")
                continue
            if HONORIFIC.match(s["name"]):
                err(stem, f"{sw}.name has an honorific: {s['name']!r}")
            if not found(s["name"]):
                err(stem, f"{sw}.name not in text: {s['name']!r}")
            if not opt_str(s["affiliation"]):
                err(stem, f"{sw}.affiliation bad")
            elif s["affiliation"] and not found(s["affiliation"]):
                err(stem, f"{sw}.affiliation not in text: {s['affiliation']!r}")
            check_span(err, stem, f"{sw}.bio", s["bio"], found)


def main():
    err = Errors()
    texts = {f for f in os.listdir(TEXT) if not f.startswith(".")}
    golds = {f for f in os.listdir(GOLD) if f.endswith(".json")}
    tstems = {os.path.splitext(f)[0]: f for f in texts}
    gstems = {os.path.splitext(f)[0] for f in golds}
    for s in sorted(set(tstems) - gstems):
        err(s, "text has no gold")
    for s in sorted(gstems - set(tstems)):
        err(s, "gold has no text")
    for stem, f in sorted(tstems.items()):
        with open(os.path.join(TEXT, f), encoding="utf-8") as fh:
            n = len(fh.read().splitlines())
        if not 15 <= n <= 120:
            err(stem, f"text has {n} lines (15-120 wanted)")
    for f in sorted(golds):
        check_gold(err, os.path.splitext(f)[0], os.path.join(GOLD, f), texts)
    for e in err:
        print(e)
    print(f"{len(texts)} texts, {len(golds)} gold files, {len(err)} problems")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
