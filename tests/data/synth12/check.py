#!/usr/bin/env python3
"""Self-check of the synth12 evaluation set.

usage: python3 check.py [--score PATH_TO_score.py] [-v]

1. structure   gold keys exactly as GOLD-FORMAT.md, id == stem, one text per gold, formats
               (dates, times, enums, 40-hex commit == SHA-1 of the text bytes, 6-10 word
               starts/ends), years 2024-2027
2. grounding   every string copied into gold (titles, series, timezone, location, names,
               affiliations, starts/ends) occurs in the reader view of the text
               (tools/readerview.py: HTML stripped, markup removed, whitespace collapsed);
               each 'ends' follows its 'starts'
   when        every gold date and time is written somewhere in the text in some form
               ('5 June', 'Oct 9', '2026-03-05', '4pm', '4:30-5:30pm', '16:15 Uhr')
3. weekdays    every weekday + date phrase in a text (English, German, Spanish; 'Thursday,
               12 March 2026', 'Thu Mar 5', 'Donnerstag, 14. Mai 2026', 'jueves 12 de marzo',
               '2026-03-05 (Thu)', e-mail Date headers) names the right weekday
4. round trip  tools/gold_to_records.py gold -> records, then score.py modern: every
               document 'all correct' and overall F1 1.000
Exit status 0 only when everything passes.
"""
import argparse, datetime, hashlib, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tools"))
from readerview import reader_view, fold, find_span  # noqa: E402

TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
EXT_FORMAT = {"md": "markdown", "txt": "text", "rst": "text", "eml": "email", "html": "html-text"}
TOP = ["id", "source", "format", "notes", "event", "talks"]
SOURCE = ["repo", "commit", "path", "transform"]
EVENT = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"]
TALK = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER = ["name", "affiliation", "bio"]
ATTEND = {None, "online", "in_person", "hybrid"}

errors, infos = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


# ------------------------------------------------------------------ 1. structure
def is_date(s):
    try:
        d = datetime.date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None and 2024 <= d.year <= 2027
    except (TypeError, ValueError):
        return False


def is_time(s):
    return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s) is not None


def check_keys(stem, obj, keys, where):
    if not isinstance(obj, dict):
        err(stem, f"{where} is not an object")
        return False
    if list(obj.keys()) != keys:
        err(stem, f"{where} keys {list(obj.keys())} != {keys}")
        return False
    return True


def check_long(stem, ref, where):
    if ref is None:
        return
    if not check_keys(stem, ref, ["starts", "ends"], where):
        return
    for k in ("starts", "ends"):
        n = len(ref[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (want 6-10)")


def check_structure(stem, g, text_file):
    if not check_keys(stem, g, TOP, "top level"):
        return False
    if g["id"] != stem:
        err(stem, f"id {g['id']!r} != stem")
    if check_keys(stem, g["source"], SOURCE, "source"):
        s = g["source"]
        if s["path"] != f"text/{text_file}":
            err(stem, f"source.path {s['path']!r} != 'text/{text_file}'")
        raw = open(os.path.join(TEXT, text_file), "rb").read()
        if s["commit"] != hashlib.sha1(raw).hexdigest():
            err(stem, "source.commit is not the SHA-1 of the text bytes")
        if s["transform"] not in ("none", "strip-front-matter"):
            err(stem, f"bad transform {s['transform']!r}")
        if not re.fullmatch(r"[\w.-]+/[\w.-]+", s["repo"] or ""):
            err(stem, "source.repo is not owner/name")
    ext = text_file.rsplit(".", 1)[-1]
    if g["format"] != EXT_FORMAT.get(ext):
        err(stem, f"format {g['format']!r} does not fit .{ext}")
    if not isinstance(g["notes"], str) or not g["notes"].strip() or "\n" in g["notes"]:
        err(stem, "notes must be one non-empty line")
    ev = g["event"]
    if check_keys(stem, ev, EVENT, "event"):
        for k in ("date", "end_date"):
            if ev[k] is not None and not is_date(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not YYYY-MM-DD in 2024-2027")
        for k in ("start_time", "end_time"):
            if ev[k] is not None and not is_time(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not HH:MM")
        if ev["end_date"] and (not ev["date"] or ev["end_date"] <= ev["date"]):
            err(stem, "event.end_date without an earlier event.date")
        if ev["attendance"] not in ATTEND:
            err(stem, f"bad attendance {ev['attendance']!r}")
        if ev["attendance"] == "online" and ev["location"]:
            infos.append(f"{stem}: online event with a location ({ev['location']!r})")
    if not isinstance(g["talks"], list) or not g["talks"]:
        err(stem, "talks must be a non-empty list")
        return False
    seen = set()
    for i, t in enumerate(g["talks"]):
        if not check_keys(stem, t, TALK, f"talks[{i}]"):
            continue
        for k in ("date",):
            if t[k] is not None and not is_date(t[k]):
                err(stem, f"talks[{i}].{k} {t[k]!r} is not YYYY-MM-DD in 2024-2027")
        for k in ("start_time", "end_time"):
            if t[k] is not None and not is_time(t[k]):
                err(stem, f"talks[{i}].{k} {t[k]!r} is not HH:MM")
        if t["date"] and ev.get("date") and not (ev["date"] <= t["date"] <= (ev["end_date"] or ev["date"])):
            err(stem, f"talks[{i}].date {t['date']} outside the event dates")
        if len(g["talks"]) == 1 and (t["date"] or t["start_time"] or t["end_time"]):
            err(stem, "a lone talk carries its own date/time (GOLD-FORMAT: only in programs)")
        check_long(stem, t["abstract"], f"talks[{i}].abstract")
        if not t["speakers"]:
            err(stem, f"talks[{i}] has no speakers")
        names = set()
        for j, sp in enumerate(t["speakers"]):
            if not check_keys(stem, sp, SPEAKER, f"talks[{i}].speakers[{j}]"):
                continue
            if not sp["name"]:
                err(stem, f"talks[{i}].speakers[{j}] has no name")
            if re.match(r"(?i)(dr|prof|mr|mrs|ms)\.?\s", sp["name"] or ""):
                err(stem, f"speaker name keeps an honorific: {sp['name']!r}")
            if sp["name"] in names:
                err(stem, f"talks[{i}] lists {sp['name']!r} twice")
            names.add(sp["name"])
            check_long(stem, sp["bio"], f"talks[{i}].speakers[{j}].bio")
        key = (t["title"], tuple(sorted(names)))
        if key in seen:
            err(stem, f"talks[{i}] duplicates an earlier talk")
        seen.add(key)
    return True


# ------------------------------------------------------------------ 2. grounding
def check_grounding(stem, g, view):
    def need(value, where):
        if value is None:
            return
        if fold(value) not in view:
            err(stem, f"{where} {value!r} not found in the text")
    ev = g["event"]
    for k in ("title", "series", "timezone", "location"):
        need(ev[k], f"event.{k}")
    for i, t in enumerate(g["talks"]):
        need(t["title"], f"talks[{i}].title")
        refs = [(t["abstract"], f"talks[{i}].abstract")]
        for j, sp in enumerate(t["speakers"]):
            need(sp["name"], f"talks[{i}].speakers[{j}].name")
            need(sp["affiliation"], f"talks[{i}].speakers[{j}].affiliation")
            refs.append((sp["bio"], f"talks[{i}].speakers[{j}].bio"))
        for ref, where in refs:
            if not ref:
                continue
            need(ref["starts"], where + ".starts")
            need(ref["ends"], where + ".ends")
            if fold(ref["starts"]) in view and fold(ref["ends"]) in view and \
                    find_span(view, ref["starts"], ref["ends"]) is None:
                err(stem, f"{where}: 'ends' does not follow 'starts'")
            span = find_span(view, ref["starts"], ref["ends"])
            if span is not None and len(span.split()) > 600:
                err(stem, f"{where}: span of {len(span.split())} words - wrong 'ends'?")


# ------------------------------------------------------------------ 2b. dates and times present
TIME_TOKEN = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?(?![\d:])\s*"
                        r"(?P<ap>[ap]\.?\s?m\.?(?!\w))?", re.I)


def time_in_text(hhmm, view):
    """True when the text writes this 24-hour time in some way: '16:00', '4pm',
    '4:00 p.m.', '3–4:30pm' (am/pm inherited across a range), '16h00', '16.15 Uhr'."""
    gh, gm = int(hhmm[:2]), int(hhmm[3:])
    if gh == 12 and gm == 0 and re.search(r"\bnoon\b", view, re.I):
        return True
    toks = list(TIME_TOKEN.finditer(view))
    for i, m in enumerate(toks):
        h, mi = int(m.group("h")), int(m.group("m") or 0)
        own = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
        inherited = ""
        if not own and i + 1 < len(toks) and re.fullmatch(r"\s*(?:[-–—]|to)\s*", view[m.end():toks[i + 1].start()]):
            inherited = (toks[i + 1].group("ap") or "").lower().replace(".", "").replace(" ", "")
        if m.group("m") is None and not (own or inherited):
            continue                      # a bare number is no time
        if mi != gm or h > 23:
            continue
        if own:
            if (h % 12) + (12 if own.startswith("p") else 0) == gh:
                return True
        elif inherited:
            next_h = int(toks[i + 1].group("h"))
            conv = (h % 12) + (12 if inherited.startswith("p") else 0)
            if conv == gh or (h == gh and (h == 12 or h > next_h)):   # '12:00 - 1:00 PM', '11:00 - 1:00 PM'
                return True
        elif h == gh or h + 12 == gh:
            return True
    return False


def date_in_text(iso, view):
    y, mo, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    names = "|".join(re.escape(k) for k, v in MONTHS.items() if v == mo)
    pats = [rf"\b{iso}\b", rf"\b0?{d}(?:st|nd|rd|th|\.)?\s*(?:of\s+|de\s+)?(?:{names})\b",
            rf"\b(?:{names})\.?\s*0?{d}(?:st|nd|rd|th)?\b", rf"\b0?{d}\.0?{mo}\.(?:{y})?"]
    return any(re.search(p, view, re.I) for p in pats)


def check_when_present(stem, g, view):
    ev = g["event"]
    items = [("event", ev)] + [(f"talks[{i}]", t) for i, t in enumerate(g["talks"])]
    for where, x in items:
        for k in ("date", "end_date"):
            if x.get(k) and is_date(x[k]) and not date_in_text(x[k], view):
                err(stem, f"{where}.{k} {x[k]} is not written in the text")
        for k in ("start_time", "end_time"):
            if x.get(k) and is_time(x[k]) and not time_in_text(x[k], view):
                err(stem, f"{where}.{k} {x[k]} is not written in the text")


# ------------------------------------------------------------------ 3. weekdays
WD = {}
for i, names in enumerate([
        "monday mon montag lunes", "tuesday tue tues dienstag martes",
        "wednesday wed mittwoch miércoles miercoles", "thursday thu thur thurs donnerstag jueves",
        "friday fri freitag viernes", "saturday sat samstag sonnabend sábado sabado",
        "sunday sun sonntag domingo"]):
    for n in names.split():
        WD[n] = i
MONTHS = {}
for i, names in enumerate([
        "january jan januar enero", "february feb februar febrero",
        "march mar märz maerz marzo", "april apr abril", "may mai mayo",
        "june jun juni junio", "july jul juli julio", "august aug agosto",
        "september sep sept septiembre setiembre", "october oct oktober okt octubre",
        "november nov noviembre", "december dec dezember dez diciembre"], start=1):
    for n in names.split():
        MONTHS[n] = i
WD_RE = "|".join(sorted(WD, key=len, reverse=True))
MO_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY = rf"(?P<wd>\b(?:{WD_RE})\b(?!-\w))\.?"
DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?"
MON = rf"(?P<m>\b(?:{MO_RE})\b)\.?"
YEAR = r"(?P<y>20\d\d)"
SEP = r"[\s,]*(?:the\s+)?"
DATE_FORMS = [
    rf"{DAY}\s*(?:of\s+|de\s+)?{MON}(?:[\s,]*(?:de\s+)?{YEAR}\b)?",   # 12 March 2026 / 14. Mai / 12 de marzo de 2026
    rf"{MON}\s*{DAY}(?:[\s,]*{YEAR}\b)?",                               # March 12, 2026 / Mar 5
    rf"{YEAR}-(?P<mn>\d{{2}})-(?P<d2>\d{{2}})",                         # 2026-03-05
    rf"(?P<d3>\d{{1,2}})\.(?P<mn2>\d{{1,2}})\.(?P<y2>20\d\d)",          # 14.05.2026
]
FORWARD = [re.compile(WEEKDAY + SEP + f, re.I) for f in DATE_FORMS]
BACKWARD = [re.compile(f + r"\s*[,(]?\s*" + WEEKDAY + r"\)?", re.I) for f in DATE_FORMS]
ANY_WD = re.compile(rf"\b(?:{WD_RE})\b(?!-\w)", re.I)


def parse(m):
    gd = m.groupdict()
    y = gd.get("y") or gd.get("y2")
    if gd.get("mn"):
        mo, d = int(gd["mn"]), int(gd["d2"])
    elif gd.get("mn2"):
        mo, d = int(gd["mn2"]), int(gd["d3"])
    else:
        mo, d = MONTHS[gd["m"].lower()], int(gd["d"])
    return (int(y) if y else None), mo, d, WD[gd["wd"].lower()]


def check_weekdays(stem, g, view):
    gold_dates = [x for x in [g["event"]["date"], g["event"]["end_date"]] + [t["date"] for t in g["talks"]] if x]
    doc_years = sorted({int(y) for y in re.findall(r"\b(202[4-7])\b", view)} |
                       {int(x[:4]) for x in gold_dates})
    covered, n = [], 0
    for rx in FORWARD + BACKWARD:
        for m in rx.finditer(view):
            if any(a <= m.start("wd") < b for a, b in covered):
                continue
            y, mo, d, wd = parse(m)
            n += 1
            covered.append((m.start("wd"), m.end("wd")))
            if y is None:
                years = [int(x[:4]) for x in gold_dates if (int(x[5:7]), int(x[8:10])) == (mo, d)] or doc_years
            else:
                years = [y]
            ok = []
            for yy in years:
                try:
                    ok.append(datetime.date(yy, mo, d).weekday() == wd)
                except ValueError:
                    ok.append(False)
            if not any(ok):
                err(stem, f"weekday does not match date in {m.group(0)!r} (years tried {years})")
            elif y is None and len(years) > 1 and not all(ok):
                infos.append(f"{stem}: {m.group(0)!r} fits only some of the years {years}")
    for m in ANY_WD.finditer(view):
        if not any(a <= m.start() < b for a, b in covered):
            ctx = view[max(0, m.start() - 25): m.end() + 25]
            infos.append(f"{stem}: weekday without a date: ...{ctx}...")
    return n


# ------------------------------------------------------------------ 4. round trip
RECORD_KEYS = {"schema_version", "source", "event", "talks", "warnings"}
EVENT_KEYS = {"title", "kind", "series", "when", "location", "attendance", "organizers", "registration", "urls"}
WHEN_KEYS = {"date", "end_date", "start_time", "end_time", "timezone", "start", "end", "start_utc", "text"}
TALK_KEYS = {"title", "kind", "when", "speakers", "hosts", "abstract", "references"}
SPK_KEYS = {"name", "honorific", "position", "affiliation", "bio", "email", "url"}


def check_roundtrip(score):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "tools", "gold_to_records.py"), GOLD, TEXT, tmp],
                           capture_output=True, text=True)
        if r.returncode:
            err("roundtrip", f"gold_to_records failed: {r.stderr.strip()}")
            return None
        for f in sorted(os.listdir(tmp)):
            rec = json.load(open(os.path.join(tmp, f)))
            stem = f[:-5]
            if set(rec) != RECORD_KEYS or set(rec["event"]) != EVENT_KEYS or set(rec["event"]["when"]) != WHEN_KEYS:
                err(stem, "record keys do not follow SCHEMA.md")
            for t in rec["talks"]:
                if set(t) != TALK_KEYS or (t["when"] and set(t["when"]) != WHEN_KEYS) or \
                        any(set(s) != SPK_KEYS for s in t["speakers"]):
                    err(stem, "record talk keys do not follow SCHEMA.md")
            for w in rec["warnings"]:
                err(stem, f"record warning: {w}")
        r = subprocess.run([sys.executable, score, "modern", "--gold", GOLD, "--pred", tmp, "--per-doc"],
                           capture_output=True, text=True)
        out = r.stdout
    docs = [l for l in out.splitlines() if re.match(r"^r\d\d: ", l)]
    bad = [l for l in docs if not l.endswith(": all correct")]
    for l in bad:
        err("roundtrip", l)
    m = re.search(r"overall F1 ([\d.]+)", out)
    f1 = m.group(1) if m else "?"
    if f1 != "1.000":
        err("roundtrip", f"overall F1 {f1}")
    return f1, len(docs), len(docs) - len(bad), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("-v", action="store_true", help="print the score table and info notes")
    a = ap.parse_args()
    texts = {os.path.splitext(f)[0]: f for f in sorted(os.listdir(TEXT))}
    golds = {os.path.splitext(f)[0]: f for f in sorted(os.listdir(GOLD)) if f.endswith(".json")}
    if len(texts) != len(os.listdir(TEXT)):
        err("set", "two texts share a stem")
    for s in sorted(set(texts) ^ set(golds)):
        err(s, "text without gold" if s in texts else "gold without text")
    n_wd = 0
    for stem in sorted(set(texts) & set(golds)):
        try:
            g = json.load(open(os.path.join(GOLD, golds[stem])))
        except json.JSONDecodeError as e:
            err(stem, f"gold is not JSON: {e}")
            continue
        if not check_structure(stem, g, texts[stem]):
            continue
        view = reader_view(os.path.join(TEXT, texts[stem]))
        check_grounding(stem, g, view)
        check_when_present(stem, g, view)
        n_wd += check_weekdays(stem, g, view)
    rt = check_roundtrip(a.score)
    exts = {}
    for f in texts.values():
        exts[f.rsplit(".", 1)[-1]] = exts.get(f.rsplit(".", 1)[-1], 0) + 1
    print(f"documents: {len(texts)} texts, {len(golds)} gold files; extensions {dict(sorted(exts.items()))}")
    print(f"weekday+date phrases checked: {n_wd}")
    if rt:
        f1, nd, ok, out = rt
        if a.v:
            print(out)
        print(f"round trip: {ok}/{nd} documents all correct, overall F1 {f1}")
    if a.v:
        for i in infos:
            print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
