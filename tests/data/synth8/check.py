#!/usr/bin/env python3
"""Validate the synth8 held-out set.

Checks, for every gold file in gold/ and every text in text/:
  * every text has exactly one gold file (same stem, .json) and every gold file a text;
  * the gold file parses as JSON and has exactly the keys and types GOLD-FORMAT.md asks for
    (id, source{repo,commit,path,transform}, format, notes, event{9 keys}, talks[...]);
  * id == file stem, source.path points at the text, source.commit is 40-hex and equals the
    SHA-1 of the text bytes (content stamp; `--fix` rewrites stale stamps);
  * dates are real YYYY-MM-DD dates, times are HH:MM on a 24-hour clock, end_date >= date,
    format / transform / attendance take allowed values, notes is one line;
  * every verbatim string (event title, series, location, timezone, talk titles, speaker
    names and affiliations, abstract/bio starts+ends) occurs in the text once whitespace is
    collapsed and markdown emphasis markers are ignored; `ends` occurs after `starts`;
    starts/ends have 6 to 10 words;
  * speaker names carry no honorific (Dr., Prof., Mr., ...) and talks have >= 1 speaker.
Exit status 0 when all is well, 1 otherwise.  usage: python3 check.py [--fix] [-q]
"""
import datetime, hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(ROOT, "text"), os.path.join(ROOT, "gold")

TOP_KEYS = {"id", "source", "format", "notes", "event", "talks"}
SOURCE_KEYS = {"repo", "commit", "path", "transform"}
EVENT_KEYS = {"title", "series", "date", "end_date", "start_time", "end_time", "timezone",
              "location", "attendance"}
TALK_KEYS = {"title", "speakers", "abstract", "date", "start_time", "end_time"}
SPEAKER_KEYS = {"name", "affiliation", "bio"}
SPAN_KEYS = {"starts", "ends"}
FORMATS = {"markdown", "text", "email", "html-text"}
TRANSFORMS = {"none", "strip-front-matter"}
ATTENDANCE = {None, "online", "in_person", "hybrid"}
HONORIFIC_RE = re.compile(r"^(dr|prof|professor|mr|mrs|ms|miss|sir|dame|dra|prof\.?ssa|pr|herr|frau)\b\.?\s", re.I)


def norm(s):
    s = s.replace("**", "").replace("`", "")
    return " ".join(s.split())


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


def opt_str(v):
    return v is None or (isinstance(v, str) and v.strip() == v and v != "")


class Checker:
    def __init__(self, fix=False):
        self.errors = []
        self.fix = fix

    def err(self, doc, msg):
        self.errors.append(f"{doc}: {msg}")

    def keys(self, doc, where, obj, want):
        if not isinstance(obj, dict):
            self.err(doc, f"{where} is not an object")
            return False
        if set(obj) != want:
            self.err(doc, f"{where} keys {sorted(set(obj) ^ want)} differ from the format")
            return False
        return True

    def verbatim(self, doc, where, value, text):
        if value is None:
            return -1
        if not isinstance(value, str) or not value:
            self.err(doc, f"{where} must be a non-empty string or null")
            return -1
        pos = text.find(norm(value))
        if pos < 0:
            self.err(doc, f"{where} {value!r} not found verbatim in the text")
        return pos

    def long_span(self, doc, where, v, text):
        if v is None:
            return
        if not self.keys(doc, where, v, SPAN_KEYS):
            return
        for k in ("starts", "ends"):
            n = len(v[k].split()) if isinstance(v[k], str) else 0
            if not 6 <= n <= 10:
                self.err(doc, f"{where}.{k} has {n} words (want 6-10)")
        ps = self.verbatim(doc, where + ".starts", v["starts"], text)
        if ps >= 0 and isinstance(v["ends"], str):
            pe = text.find(norm(v["ends"]), ps)
            if pe < 0:
                self.err(doc, f"{where}.ends not found after starts")

    def check_doc(self, stem, text_file, gold_file):
        doc = stem
        with open(text_file, "rb") as fh:
            raw = fh.read()
        try:
            text = norm(raw.decode("utf-8"))
        except UnicodeDecodeError:
            self.err(doc, "text is not UTF-8")
            return
        try:
            with open(gold_file, encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, json.JSONDecodeError) as e:
            self.err(doc, f"gold does not parse: {e}")
            return
        if not self.keys(doc, "gold", gold, TOP_KEYS):
            return
        if gold["id"] != stem:
            self.err(doc, f"id {gold['id']!r} != file stem")
        src = gold["source"]
        if self.keys(doc, "source", src, SOURCE_KEYS):
            if src["path"] != os.path.relpath(text_file, ROOT):
                self.err(doc, f"source.path {src['path']!r} is not the text file")
            if src["transform"] not in TRANSFORMS:
                self.err(doc, f"source.transform {src['transform']!r}")
            if not isinstance(src["repo"], str) or "/" not in src["repo"]:
                self.err(doc, "source.repo must look like owner/name")
            sha = hashlib.sha1(raw).hexdigest()
            if not (isinstance(src["commit"], str) and re.fullmatch(r"[0-9a-f]{40}", src["commit"])):
                self.err(doc, "source.commit must be 40 lower-case hex digits")
            elif src["commit"] != sha:
                if self.fix:
                    src["commit"] = sha
                    with open(gold_file, "w", encoding="utf-8") as fh:
                        json.dump(gold, fh, indent=1, ensure_ascii=False)
                        fh.write("\n")
                else:
                    self.err(doc, "source.commit is not the SHA-1 of the text (run check.py --fix)")
        if gold["format"] not in FORMATS:
            self.err(doc, f"format {gold['format']!r}")
        if not isinstance(gold["notes"], str) or not gold["notes"] or "\n" in gold["notes"]:
            self.err(doc, "notes must be one non-empty line")
        e = gold["event"]
        if self.keys(doc, "event", e, EVENT_KEYS):
            for k in EVENT_KEYS:
                if not opt_str(e[k]):
                    self.err(doc, f"event.{k} must be a trimmed non-empty string or null")
            for k in ("date", "end_date"):
                if e[k] is not None and not is_date(e[k]):
                    self.err(doc, f"event.{k} {e[k]!r} is not YYYY-MM-DD")
            for k in ("start_time", "end_time"):
                if e[k] is not None and not is_time(e[k]):
                    self.err(doc, f"event.{k} {e[k]!r} is not HH:MM")
            if e["end_date"] and not e["date"]:
                self.err(doc, "event.end_date without date")
            if e["end_date"] and e["date"] and e["end_date"] <= e["date"]:
                self.err(doc, "event.end_date must be after date (null for one-day events)")
            if e["attendance"] not in ATTENDANCE:
                self.err(doc, f"event.attendance {e['attendance']!r}")
            for k in ("title", "series", "location", "timezone"):
                self.verbatim(doc, f"event.{k}", e[k], text)
        talks = gold["talks"]
        if not isinstance(talks, list):
            self.err(doc, "talks must be a list")
            return
        for i, t in enumerate(talks):
            w = f"talks[{i}]"
            if not self.keys(doc, w, t, TALK_KEYS):
                continue
            self.verbatim(doc, w + ".title", t["title"], text)
            if t["date"] is not None and not is_date(t["date"]):
                self.err(doc, f"{w}.date {t['date']!r}")
            for k in ("start_time", "end_time"):
                if t[k] is not None and not is_time(t[k]):
                    self.err(doc, f"{w}.{k} {t[k]!r}")
            if isinstance(e, dict) and t["date"] and e.get("date"):
                last = e.get("end_date") or e["date"]
                if not e["date"] <= t["date"] <= last:
                    self.err(doc, f"{w}.date outside the event's dates")
            if (t["date"] or t["start_time"]) and len(talks) < 2:
                self.err(doc, f"{w} has its own slot but the document has a single talk")
            self.long_span(doc, w + ".abstract", t["abstract"], text)
            if not isinstance(t["speakers"], list) or not t["speakers"]:
                self.err(doc, f"{w}.speakers must be a non-empty list")
                continue
            seen = set()
            for j, s in enumerate(t["speakers"]):
                ws = f"{w}.speakers[{j}]"
                if not self.keys(doc, ws, s, SPEAKER_KEYS):
                    continue
                if not isinstance(s["name"], str) or not s["name"]:
                    self.err(doc, f"{ws}.name missing")
                    continue
                if HONORIFIC_RE.match(s["name"]):
                    self.err(doc, f"{ws}.name {s['name']!r} carries an honorific")
                if s["name"].lower() in seen:
                    self.err(doc, f"{ws}.name repeated")
                seen.add(s["name"].lower())
                self.verbatim(doc, ws + ".name", s["name"], text)
                self.verbatim(doc, ws + ".affiliation", s["affiliation"], text)
                self.long_span(doc, ws + ".bio", s["bio"], text)


def main():
    fix = "--fix" in sys.argv
    quiet = "-q" in sys.argv
    c = Checker(fix)
    texts = {os.path.splitext(f)[0]: os.path.join(TEXT, f) for f in sorted(os.listdir(TEXT))
             if not f.startswith(".")}
    golds = {os.path.splitext(f)[0]: os.path.join(GOLD, f) for f in sorted(os.listdir(GOLD))
             if f.endswith(".json")}
    for stem in sorted(set(texts) - set(golds)):
        c.err(stem, "text has no gold file")
    for stem in sorted(set(golds) - set(texts)):
        c.err(stem, "gold file has no text")
    for f in os.listdir(GOLD):
        if not f.endswith(".json") and not f.startswith("."):
            c.err(f, "stray file in gold/")
    ntalks = 0
    for stem in sorted(set(texts) & set(golds)):
        c.check_doc(stem, texts[stem], golds[stem])
        try:
            with open(golds[stem], encoding="utf-8") as fh:
                ntalks += len(json.load(fh).get("talks") or [])
        except Exception:
            pass
    for e in c.errors:
        print("ERROR", e)
    if not quiet or c.errors:
        print(f"{len(texts)} texts, {len(golds)} gold files, {ntalks} talks, {len(c.errors)} errors")
    sys.exit(1 if c.errors else 0)


if __name__ == "__main__":
    main()
