#!/usr/bin/env python3
"""Self-check of the synth14 evaluation set.

usage: python3 check.py [--verbose]

1. structure   every gold file has exactly the GOLD-FORMAT keys, id == file stem == text
               stem, formats (dates YYYY-MM-DD in 2024-2027, times HH:MM, attendance
               values, time zones that score.py recognises, 6-10 word starts/ends).
2. grounding   every string copied into gold (titles, series, location, time zone,
               names, affiliations, bio/abstract starts and ends) occurs verbatim
               (whitespace collapsed) in the reader view of the text: HTML stripped,
               e-mail decoded, markdown/rst markup removed (tools/reader.py).
   values      dates and times are normalised, so instead every gold date must be written
               somewhere in the text (ISO, 'D Month', 'Month D', ranges, d.m.yyyy, French,
               Italian, Japanese, or the e-mail Date header) and every gold time must match
               a clock-time expression of the text (24-hour, am/pm, '6.00pm', '18 h 30').
3. weekdays    every "weekday + date" phrase in a text (English, French, Italian, ISO and
               day-first numeric forms) names the right weekday; a phrase without a year
               must fit the year of the gold dates.
4. round trip  gold -> tools/gold_to_records.py -> score.py modern --per-doc must give
               overall F1 1.000 and 'all correct' for every document.
Exit status 0 when everything passes.
"""
import datetime, json, os, re, subprocess, sys, tempfile
sys.dont_write_bytecode = True

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import reader  # noqa: E402
import gold_to_records as g2r  # noqa: E402

SCORE = "/work/shared/eval/score.py"
score = g2r.score
TEXT, GOLD = os.path.join(ROOT, "text"), os.path.join(ROOT, "gold")
errors = []

def err(stem, msg):
    errors.append(f"{stem}: {msg}")

# ------------------------------------------------------------------ structure
TOP = {"id", "source", "format", "notes", "event", "talks"}
SRC = {"repo", "commit", "path", "transform"}
EVENT = {"title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"}
TALK = {"title", "speakers", "abstract", "date", "start_time", "end_time"}
SPK = {"name", "affiliation", "bio"}
HONOR = re.compile(r"^(dr|prof|professor|mr|mrs|ms|miss|sir|dame|assoc|asst|m|mme|dott|dott\.ssa|prof\.ssa|ing)\b\.?\s", re.I)

def tz_known(tz):
    z = tz.strip().lower()
    return bool(score.tz_offset(z)) or z in score.FIXED or any(z in fam for fam in score.TZ_FAMILY.values())

def valid_date(s):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and 2024 <= d.year <= 2027 else None

def valid_time(s):
    return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s)

def check_long(stem, where, piece):
    if piece is None:
        return
    if not isinstance(piece, dict) or set(piece) != {"starts", "ends"}:
        err(stem, f"{where}: must be null or {{starts, ends}}")
        return
    for k in ("starts", "ends"):
        n = len(piece[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (6-10 required)")

def check_structure(stem, gold, text_path):
    if set(gold) != TOP:
        err(stem, f"top-level keys {sorted(gold)}")
        return False
    if gold["id"] != stem:
        err(stem, f"id {gold['id']!r} != stem")
    src = gold["source"]
    if not isinstance(src, dict) or set(src) != SRC:
        err(stem, "source keys")
    else:
        if not re.fullmatch(r"[0-9a-f]{40}", src["commit"] or ""):
            err(stem, "source.commit not 40 hex")
        if src["transform"] not in ("none", "strip-front-matter"):
            err(stem, "source.transform")
        if os.path.basename(src["path"] or "") != os.path.basename(text_path):
            err(stem, f"source.path {src['path']!r} does not name the text file")
    ext = os.path.splitext(text_path)[1]
    if gold["format"] != reader.FORMAT_OF_EXT.get(ext):
        err(stem, f"format {gold['format']!r} does not fit extension {ext}")
    if not isinstance(gold["notes"], str) or not gold["notes"].strip() or "\n" in gold["notes"]:
        err(stem, "notes must be one non-empty line")
    ev = gold["event"]
    if set(ev) != EVENT:
        err(stem, f"event keys {sorted(ev)}")
        return False
    for k in ("date", "end_date"):
        if ev[k] is not None and not valid_date(ev[k]):
            err(stem, f"event.{k} {ev[k]!r}")
    if ev["end_date"] and (not ev["date"] or ev["end_date"] <= ev["date"]):
        err(stem, "event.end_date must follow event.date")
    for k in ("start_time", "end_time"):
        if ev[k] is not None and not valid_time(ev[k]):
            err(stem, f"event.{k} {ev[k]!r}")
    if ev["start_time"] and ev["end_time"] and not ev["end_date"] and ev["end_time"] <= ev["start_time"]:
        err(stem, "event.end_time before start_time")
    if ev["timezone"] is not None and not tz_known(ev["timezone"]):
        err(stem, f"time zone {ev['timezone']!r} not recognised by score.py")
    if ev["attendance"] not in (None, "online", "in_person", "hybrid"):
        err(stem, f"attendance {ev['attendance']!r}")
    for k in ("title", "series", "location"):
        if ev[k] is not None and (not isinstance(ev[k], str) or not ev[k].strip()):
            err(stem, f"event.{k} empty")
    talks = gold["talks"]
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return False
    for i, t in enumerate(talks):
        if set(t) != TALK:
            err(stem, f"talk {i} keys {sorted(t)}")
            continue
        if t["date"] is not None and not valid_date(t["date"]):
            err(stem, f"talk {i} date {t['date']!r}")
        if t["date"] and ev["date"] and not (ev["date"] <= t["date"] <= (ev["end_date"] or ev["date"])):
            err(stem, f"talk {i} date outside the event's days")
        for k in ("start_time", "end_time"):
            if t[k] is not None and not valid_time(t[k]):
                err(stem, f"talk {i} {k} {t[k]!r}")
        if t["start_time"] and t["end_time"] and t["end_time"] <= t["start_time"]:
            err(stem, f"talk {i} end_time before start_time")
        check_long(stem, f"talk {i} abstract", t["abstract"])
        if not isinstance(t["speakers"], list):
            err(stem, f"talk {i} speakers not a list")
            continue
        for j, s in enumerate(t["speakers"]):
            if set(s) != SPK:
                err(stem, f"talk {i} speaker {j} keys {sorted(s)}")
                continue
            if not s["name"] or HONOR.match(s["name"]):
                err(stem, f"talk {i} speaker {j} name {s['name']!r} (empty or with honorific)")
            check_long(stem, f"talk {i} speaker {j} bio", s["bio"])
    return True

# ------------------------------------------------------------------ grounding
def check_grounding(stem, gold, text_path):
    fv = reader.flat(reader.view(text_path))
    def need(where, s):
        if s is None:
            return
        if reader.flat(s) not in fv:
            err(stem, f"{where} {s!r} not found in the reader view")
    ev = gold["event"]
    for k in ("title", "series", "location"):
        need(f"event.{k}", ev[k])
    if ev["timezone"] and not re.search(rf"(?<!\w){re.escape(ev['timezone'])}(?!\w)", fv):
        err(stem, f"time zone {ev['timezone']!r} not stated in the text")
    def need_long(where, piece):
        if piece is None:
            return
        need(where + ".starts", piece["starts"])
        need(where + ".ends", piece["ends"])
        i = fv.find(reader.flat(piece["starts"]))
        if i >= 0 and fv.find(reader.flat(piece["ends"]), i) < 0:
            err(stem, f"{where}: ends does not follow starts")
    for i, t in enumerate(gold["talks"]):
        need(f"talk {i} title", t["title"])
        need_long(f"talk {i} abstract", t["abstract"])
        for j, s in enumerate(t["speakers"]):
            need(f"talk {i} speaker {j} name", s["name"])
            need(f"talk {i} speaker {j} affiliation", s["affiliation"])
            need_long(f"talk {i} speaker {j} bio", s["bio"])

# ------------------------------------------------------------------ weekdays
EN_WD = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
         "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
FR_WD = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
IT_WD = {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6,
         "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4}
EN_MO = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}
EN_MO.update({m[:3]: v for m, v in list(EN_MO.items())})
EN_MO["sept"] = 9
FR_MO = {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                          "août", "septembre", "octobre", "novembre", "décembre"])}
IT_MO = {m: i + 1 for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                          "agosto", "settembre", "ottobre", "novembre", "dicembre"])}

def alt(d):
    return "|".join(sorted((re.escape(k) for k in d), key=len, reverse=True))

ORD = r"(?:st|nd|rd|th|er)?"
PATTERNS = [  # (regex, group order) -> yields (weekday word, day, month, year)
    (rf"\b(?P<wd>{alt(EN_WD)})\.?,?\s+(?:the\s+)?(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m>{alt(EN_MO)})\.?,?(?:\s+(?P<y>\d{{4}}))?\b", EN_WD, EN_MO),
    (rf"\b(?P<wd>{alt(EN_WD)})\.?,?\s+(?P<m>{alt(EN_MO)})\.?\s+(?P<d>\d{{1,2}}){ORD},?(?:\s+(?P<y>\d{{4}}))?\b", EN_WD, EN_MO),
    (rf"\b(?P<d>\d{{1,2}}){ORD}\s+(?P<m>{alt(EN_MO)})\.?,?\s+(?P<y>\d{{4}})\s*[(,]\s*(?P<wd>{alt(EN_WD)})\b", EN_WD, EN_MO),
    (rf"\b(?P<wd>{alt(FR_WD)})\s+(?P<d>\d{{1,2}}){ORD}\s+(?P<m>{alt(FR_MO)})(?:\s+(?P<y>\d{{4}}))?", FR_WD, FR_MO),
    (rf"\b(?P<wd>{alt(IT_WD)}),?\s+(?P<d>\d{{1,2}})\s+(?P<m>{alt(IT_MO)})(?:\s+(?P<y>\d{{4}}))?", IT_WD, IT_MO),
]
ISO_AFTER = re.compile(rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\s*[(,]?\s*(?P<wd>{alt(EN_WD)})\b", re.I)
ISO_BEFORE = re.compile(rf"\b(?P<wd>{alt(EN_WD)})\.?,?\s+(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b", re.I)
NUM_BEFORE = re.compile(rf"\b(?P<wd>{alt(EN_WD)}|{alt(FR_WD)}|{alt(IT_WD)})\.?,?\s+(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>\d{{4}})\b", re.I)
ALL_WD = {**EN_WD, **FR_WD, **IT_WD}

def gold_years(gold, text_path):
    ys = set()
    for d in [gold["event"]["date"], gold["event"]["end_date"]] + [t["date"] for t in gold["talks"]]:
        if d:
            ys.add(int(d[:4]))
    if text_path.endswith(".eml"):
        dt = reader.email_date(text_path)
        if dt:
            ys.add(dt.year)
    return ys

def check_weekdays(stem, gold, text_path):
    v = reader.flat(reader.view(text_path))
    found = []
    for rx, wds, mos in PATTERNS:
        for m in re.finditer(rx, v, re.I):
            found.append((m.group(0), ALL_WD[m.group("wd").lower()], int(m.group("d")),
                          mos[m.group("m").lower().rstrip(".")], m.group("y")))
    for rx in (ISO_AFTER, ISO_BEFORE, NUM_BEFORE):
        for m in rx.finditer(v):
            found.append((m.group(0), ALL_WD[m.group("wd").lower()], int(m.group("d")), int(m.group("m")), m.group("y")))
    years = gold_years(gold, text_path)
    n = 0
    for phrase, wd, d, mo, y in found:
        cands = [int(y)] if y else sorted(years)
        if not cands:
            err(stem, f"weekday phrase {phrase!r} has no year and the gold gives none")
            continue
        ok = False
        for yy in cands:
            try:
                ok |= datetime.date(yy, mo, d).weekday() == wd
            except ValueError:
                pass
        if not ok:
            err(stem, f"weekday does not match date in {phrase!r} (years tried {cands})")
        n += 1
    return n

# ------------------------------------------------------------------ normalised values
# Dates and times are normalised in gold, so they cannot be grounded verbatim; instead every
# gold date must be mentioned in some written form (or be the Date header of an e-mail), and
# every gold time must match some clock-time expression in the text.
TIME_TOKENS = [
    re.compile(r"(?<![\d:.,])(?P<h>\d{1,2})[:.](?P<m>\d{2})(?![\d])\s*(?P<ap>[ap]\.?\s?m\.?)?", re.I),
    re.compile(r"(?<![\d:.,])(?P<h>\d{1,2})\s*(?P<ap>[ap]\.?\s?m\.?)(?!\w)", re.I),
    re.compile(r"(?<![\d:.,])(?P<h>\d{1,2})\s?h\s?(?P<m>\d{2})?(?!\w)"),
]

def time_tokens(v):
    toks = set()
    for rx in TIME_TOKENS:
        for m in rx.finditer(v):
            h, mi = int(m.group("h")), int(m.groupdict().get("m") or 0)
            ap = (m.groupdict().get("ap") or "").lower()
            if h > 23 or mi > 59:
                continue
            if ap:
                h = h % 12 + (12 if ap.startswith("p") else 0)
                toks.add((h, mi, True))
            else:
                toks.add((h, mi, rx is TIME_TOKENS[2] or h > 12 or h == 0 or (h < 10 and m.group("h").startswith("0"))))
    if re.search(r"\bnoon\b|\bmidi\b|\bmezzogiorno\b", v, re.I):
        toks.add((12, 0, True))
    return toks

def time_mentioned(hhmm_, toks):
    H, M = (int(x) for x in hhmm_.split(":"))
    return any(mi == M and (h == H if certain else h in (H, H - 12)) for h, mi, certain in toks)

def month_alts(mo):
    names = [k for k, v in EN_MO.items() if v == mo] + [k for k, v in FR_MO.items() if v == mo] + \
            [k for k, v in IT_MO.items() if v == mo]
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))

def date_mentioned(iso, v, text_path):
    y, mo, d = (int(x) for x in iso.split("-"))
    if text_path.endswith(".eml"):
        dt = reader.email_date(text_path)
        if dt and (dt.year, dt.month, dt.day) == (y, mo, d):
            return True
    mon = month_alts(mo)
    pats = [rf"\b{y}-{mo:02d}-{d:02d}\b",
            rf"\b0?{d}(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?:{mon})\b\.?",
            rf"\b(?:{mon})\.?\s+0?{d}(?:st|nd|rd|th)?\b",
            rf"\b0?{d}\s*[–-]\s*\d{{1,2}}\s+(?:{mon})\b",
            rf"\b\d{{1,2}}\s*[–-]\s*0?{d}\s+(?:{mon})\b",
            rf"\b0?{d}[./]0?{mo}[./]{y}\b",
            rf"\b{y}年{mo}月{d}日"]
    return any(re.search(p_, v, re.I) for p_ in pats)

def check_values(stem, gold, text_path):
    v = reader.flat(reader.view(text_path))
    toks = time_tokens(v)
    items = [("event", gold["event"])] + [(f"talk {i}", t) for i, t in enumerate(gold["talks"])]
    for where, obj in items:
        for k in ("date", "end_date"):
            if obj.get(k) and not date_mentioned(obj[k], v, text_path):
                err(stem, f"{where}.{k} {obj[k]} is not mentioned in the text")
        for k in ("start_time", "end_time"):
            if obj.get(k) and not time_mentioned(obj[k], toks):
                err(stem, f"{where}.{k} {obj[k]} matches no clock time in the text")

# ------------------------------------------------------------------ round trip
def round_trip():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gold_to_records.py"), GOLD, TEXT, tmp],
                       check=True, capture_output=True, text=True)
        recs = {}
        for f in os.listdir(tmp):
            with open(os.path.join(tmp, f)) as fh:
                recs[f] = json.load(fh)
        for f, r in recs.items():
            check_record(os.path.splitext(f)[0], r)
        out = subprocess.run([sys.executable, SCORE, "modern", "--gold", GOLD, "--pred", tmp, "--per-doc"],
                             check=True, capture_output=True, text=True).stdout
    lines = out.strip().splitlines()
    for ln in lines:
        m = re.match(r"^(q\d\d): (.*)$", ln)
        if m and m.group(2) != "all correct":
            err(m.group(1), f"round trip: {m.group(2)}")
    if "records missing" in out:
        errors.append("round trip: records missing")
    f1 = lines[-1]
    if f1 != "overall F1 1.000":
        errors.append(f"round trip: {f1}")
    return out

REC_TOP = {"schema_version", "source", "event", "talks", "warnings"}
REC_EVENT = {"title", "kind", "series", "when", "location", "attendance", "organizers", "registration", "urls"}
REC_WHEN = {"date", "end_date", "start_time", "end_time", "timezone", "start", "end", "start_utc", "text"}
REC_TALK = {"title", "kind", "when", "speakers", "hosts", "abstract", "references"}
REC_SPK = {"name", "honorific", "position", "affiliation", "bio", "email", "url"}

def check_record(stem, r):
    if set(r) != REC_TOP or set(r["event"]) != REC_EVENT or set(r["event"]["when"]) != REC_WHEN:
        err(stem, "record: keys do not follow SCHEMA.md")
    if set(r["source"]) != {"path", "part", "sha256", "bytes", "format"} or \
            r["source"]["format"] not in ("text", "markdown", "email", "html"):
        err(stem, "record: source")
    for t in r["talks"]:
        if set(t) != REC_TALK or (t["when"] is not None and set(t["when"]) != REC_WHEN):
            err(stem, "record: talk keys")
        for s in t["speakers"]:
            if set(s) != REC_SPK:
                err(stem, "record: speaker keys")

# ------------------------------------------------------------------ main
def main():
    verbose = "--verbose" in sys.argv
    texts = {os.path.splitext(f)[0]: os.path.join(TEXT, f) for f in sorted(os.listdir(TEXT))}
    golds = {os.path.splitext(f)[0]: os.path.join(GOLD, f) for f in sorted(os.listdir(GOLD)) if f.endswith(".json")}
    for s in sorted(set(texts) ^ set(golds)):
        err(s, "text without gold or gold without text")
    for s in texts:
        if not re.fullmatch(r"q\d\d", s):
            err(s, "stem is not qNN")
    exts = {}
    for p in texts.values():
        e = os.path.splitext(p)[1]
        exts[e] = exts.get(e, 0) + 1
    nwd = 0
    for stem in sorted(set(texts) & set(golds)):
        try:
            with open(golds[stem]) as fh:
                gold = json.load(fh)
        except ValueError as e:
            err(stem, f"gold is not JSON: {e}")
            continue
        if not check_structure(stem, gold, texts[stem]):
            continue
        check_grounding(stem, gold, texts[stem])
        check_values(stem, gold, texts[stem])
        nwd += check_weekdays(stem, gold, texts[stem])
    out = round_trip() if golds else ""
    if verbose:
        print(out)
    print(f"documents: {len(texts)}  extensions: {dict(sorted(exts.items()))}")
    print(f"weekday+date phrases checked: {nwd}")
    print(out.strip().splitlines()[-1] if out else "no gold")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check.py: all checks passed")

if __name__ == "__main__":
    main()
