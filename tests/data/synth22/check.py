#!/usr/bin/env python3
"""Self-check for the synth22 evaluation set.

Run:  python3 check.py            (from anywhere; paths are relative to this file)

1. gold files: keys, types, normalization (dates, times, enums, starts/ends length)
2. every copied string occurs in its text (loose match: markup, entities, quote
   markers, case, punctuation and whitespace ignored)
3. every weekday written next to a date agrees with that date (English, German,
   French, Spanish, Italian, Dutch, Portuguese)
4. every gold time can be read somewhere in the text
5. self-score: each gold file is turned into the record a perfect tool would write
   (SCHEMA.md shape) in a temporary directory, and score.py (modern) must print
   'overall F1 1.000'
Exit status 0 when everything passes.
"""
import datetime
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE_PY = Path(os.environ.get("SCORE_PY", Path(__file__).resolve().parents[4] / "shared/eval/score.py"))
TEXT_DIR = HERE / "text"
GOLD_DIR = HERE / "gold"

FORMAT_BY_EXT = {".eml": "email", ".txt": "text", ".md": "markdown", ".html": "html-text"}
SCHEMA_FORMAT = {"email": "email", "text": "text", "markdown": "markdown", "html-text": "html"}
TOP_KEYS = ["id", "source", "format", "notes", "event", "talks"]
SOURCE_KEYS = ["repo", "commit", "path", "transform"]
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER_KEYS = ["name", "affiliation", "bio"]
ATTENDANCE = {None, "online", "in_person", "hybrid"}
HONORIFIC_PREFIX = re.compile(r"^(dr|prof|professor|mr|mrs|ms|miss|sir|dame|dra|dott|dr\.-ing|profa|prof\.ssa)\b\.?\s", re.I)

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")


# ------------------------------------------------------------------ text normalization
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u201e", '"'), ("\u00ab", '"'), ("\u00bb", '"'), ("\u2013", "-"), ("\u2014", "-"),
                 ("\u2212", "-"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s


def plain_text(raw, ext):
    """The document as a reader sees it: tags dropped, entities decoded, quote markers removed."""
    t = raw
    if ext == ".html":
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    if ext == ".eml":
        t = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", t)
    if ext == ".md":
        t = re.sub(r"\]\([^)]*\)", "]", t)  # [text](url) -> [text]
    return t


def norm_ws(s):
    s = fold(s).lower()
    s = re.sub(r"[*_#|`\[\]>]", " ", s)
    return " ".join(s.split())


def norm_alnum(s):
    return re.sub(r"[\W_]+", "", fold(s).lower())


def found(needle, hay_ws, hay_alnum):
    """'exact' (whitespace/markup-insensitive), 'loose' (alphanumerics only) or None."""
    n = norm_ws(needle).strip(" .,;:")
    if n and n in hay_ws:
        return "exact"
    a = norm_alnum(needle)
    if a and a in hay_alnum:
        return "loose"
    return None


# ------------------------------------------------------------------ gold validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_date(stem, where, v):
    if v is None:
        return None
    if not isinstance(v, str) or not DATE_RE.match(v):
        err(stem, f"{where}: bad date {v!r}")
        return None
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{where}: impossible date {v!r}")
        return None


def check_time(stem, where, v):
    if v is None:
        return None
    if not isinstance(v, str) or not TIME_RE.match(v):
        err(stem, f"{where}: bad time {v!r} (want HH:MM, 24-hour)")
        return None
    return v


def check_str(stem, where, v, nullable=True):
    if v is None:
        if not nullable:
            err(stem, f"{where}: must not be null")
        return
    if not isinstance(v, str) or not v.strip():
        err(stem, f"{where}: must be a non-empty string or null, got {v!r}")
    elif v != v.strip() or "  " in v or "\n" in v:
        err(stem, f"{where}: not trimmed / whitespace not collapsed: {v!r}")


def check_span(stem, where, v):
    if v is None:
        return
    if not isinstance(v, dict) or sorted(v) != ["ends", "starts"]:
        err(stem, f"{where}: must be null or {{starts, ends}}")
        return
    for k in ("starts", "ends"):
        check_str(stem, f"{where}.{k}", v[k], nullable=False)
        n = len(str(v[k]).split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k}: {n} words (want 6-10): {v[k]!r}")


def exact_keys(stem, where, obj, keys):
    if not isinstance(obj, dict):
        err(stem, f"{where}: not an object")
        return False
    if list(obj.keys()) != keys:
        missing = [k for k in keys if k not in obj]
        extra = [k for k in obj if k not in keys]
        if missing or extra:
            err(stem, f"{where}: missing keys {missing}, unexpected keys {extra}")
            return False
        warn(stem, f"{where}: keys not in the documented order")
    return True


def validate_gold(stem, gold, text_path):
    if not exact_keys(stem, "top level", gold, TOP_KEYS):
        return False
    if gold["id"] != stem:
        err(stem, f"id {gold['id']!r} does not match the file stem")
    src = gold["source"]
    if exact_keys(stem, "source", src, SOURCE_KEYS):
        if not re.fullmatch(r"[0-9a-f]{40}", str(src["commit"])):
            err(stem, "source.commit is not 40 hex digits")
        if src["transform"] not in ("none", "strip-front-matter"):
            err(stem, f"source.transform {src['transform']!r}")
        if src["path"] != f"text/{text_path.name}":
            err(stem, f"source.path {src['path']!r} != text/{text_path.name}")
    if gold["format"] != FORMAT_BY_EXT.get(text_path.suffix):
        err(stem, f"format {gold['format']!r} does not fit extension {text_path.suffix}")
    check_str(stem, "notes", gold["notes"], nullable=False)
    ev = gold["event"]
    if not exact_keys(stem, "event", ev, EVENT_KEYS):
        return False
    for k in ("title", "series", "timezone", "location"):
        check_str(stem, f"event.{k}", ev[k])
    d0 = check_date(stem, "event.date", ev["date"])
    d1 = check_date(stem, "event.end_date", ev["end_date"])
    st = check_time(stem, "event.start_time", ev["start_time"])
    et = check_time(stem, "event.end_time", ev["end_time"])
    if d1 and not d0:
        err(stem, "event.end_date without event.date")
    if d0 and d1 and d1 <= d0:
        err(stem, "event.end_date must be after event.date (null for one-day events)")
    if st and et and not d1 and et <= st:
        err(stem, "event.end_time before start_time on a one-day event")
    if ev["attendance"] not in ATTENDANCE:
        err(stem, f"event.attendance {ev['attendance']!r}")
    if ev["attendance"] == "online" and ev["location"]:
        warn(stem, "online event with a location")
    talks = gold["talks"]
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return False
    titles = set()
    for i, tk in enumerate(talks):
        w = f"talks[{i}]"
        if not exact_keys(stem, w, tk, TALK_KEYS):
            continue
        check_str(stem, f"{w}.title", tk["title"])
        if tk["title"]:
            if tk["title"].lower() in titles:
                err(stem, f"{w}.title repeated")
            titles.add(tk["title"].lower())
        check_span(stem, f"{w}.abstract", tk["abstract"])
        td = check_date(stem, f"{w}.date", tk["date"])
        ts = check_time(stem, f"{w}.start_time", tk["start_time"])
        te = check_time(stem, f"{w}.end_time", tk["end_time"])
        if ts and te and te <= ts:
            err(stem, f"{w}: end_time not after start_time")
        if td and d0 and not (d0 <= td <= (d1 or d0)):
            err(stem, f"{w}.date {td} outside the event's dates")
        if len(talks) == 1 and (td or ts or te):
            err(stem, f"{w}: a lone talk carries no own slot (put it on the event)")
        if not isinstance(tk["speakers"], list) or not tk["speakers"]:
            err(stem, f"{w}.speakers must be a non-empty list")
            continue
        names = set()
        for j, sp in enumerate(tk["speakers"]):
            ws = f"{w}.speakers[{j}]"
            if not exact_keys(stem, ws, sp, SPEAKER_KEYS):
                continue
            check_str(stem, f"{ws}.name", sp["name"], nullable=False)
            check_str(stem, f"{ws}.affiliation", sp["affiliation"])
            check_span(stem, f"{ws}.bio", sp["bio"])
            if isinstance(sp["name"], str):
                if HONORIFIC_PREFIX.match(sp["name"]):
                    err(stem, f"{ws}.name keeps an honorific: {sp['name']!r}")
                if sp["name"] in names:
                    err(stem, f"{ws}.name repeated in one talk")
                names.add(sp["name"])
    # multi-talk programmes: a talk slot's date is given whenever the event date is known
    if len(talks) > 1 and d0:
        for i, tk in enumerate(talks):
            if tk.get("start_time") and not tk.get("date"):
                err(stem, f"talks[{i}] has a slot time but no date although the event date is known")
    return True


# ------------------------------------------------------------------ copied strings
def copied_strings(gold):
    ev = gold["event"]
    for k in ("title", "series", "location", "timezone"):
        if ev.get(k):
            yield f"event.{k}", ev[k]
    for i, tk in enumerate(gold["talks"]):
        if tk.get("title"):
            yield f"talks[{i}].title", tk["title"]
        if tk.get("abstract"):
            yield f"talks[{i}].abstract.starts", tk["abstract"]["starts"]
            yield f"talks[{i}].abstract.ends", tk["abstract"]["ends"]
        for j, sp in enumerate(tk.get("speakers") or []):
            yield f"talks[{i}].speakers[{j}].name", sp["name"]
            if sp.get("affiliation"):
                yield f"talks[{i}].speakers[{j}].affiliation", sp["affiliation"]
            if sp.get("bio"):
                yield f"talks[{i}].speakers[{j}].bio.starts", sp["bio"]["starts"]
                yield f"talks[{i}].speakers[{j}].bio.ends", sp["bio"]["ends"]


def check_copied(stem, gold, plain):
    hay_ws, hay_alnum = norm_ws(plain), norm_alnum(plain)
    n_exact = n_loose = 0
    for where, s in copied_strings(gold):
        how = found(s, hay_ws, hay_alnum)
        if how is None:
            err(stem, f"{where} not found in the text: {s!r}")
        elif how == "loose":
            n_loose += 1
        else:
            n_exact += 1
    # starts must come before ends
    for where, span in [(f"talks[{i}].abstract", tk["abstract"]) for i, tk in enumerate(gold["talks"])] + \
            [(f"talks[{i}].speakers[{j}].bio", sp["bio"]) for i, tk in enumerate(gold["talks"])
             for j, sp in enumerate(tk["speakers"])]:
        if not span:
            continue
        a, b = norm_alnum(span["starts"]), norm_alnum(span["ends"])
        ia = hay_alnum.find(a)
        ib = hay_alnum.rfind(b)
        if ia >= 0 and ib >= 0 and ib + len(b) < ia + len(a):
            err(stem, f"{where}: 'ends' occurs before 'starts'")
    return n_exact, n_loose


# ------------------------------------------------------------------ weekday / date agreement
WEEKDAYS = {  # name -> (language, weekday index Monday=0)
}
_W = {
    "en": [["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
           ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"]],
    "de": [["montag"], ["dienstag"], ["mittwoch"], ["donnerstag"], ["freitag"], ["samstag", "sonnabend"], ["sonntag"]],
    "fr": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
    "es": [["lunes"], ["martes"], ["miércoles", "miercoles"], ["jueves"], ["viernes"], ["sábado", "sabado"], ["domingo"]],
    "it": [["lunedì", "lunedi"], ["martedì", "martedi"], ["mercoledì", "mercoledi"], ["giovedì", "giovedi"],
           ["venerdì", "venerdi"], ["sabato"], ["domenica"]],
    "nl": [["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"], ["zondag"]],
    "pt": [["segunda-feira"], ["terça-feira", "terca-feira"], ["quarta-feira"], ["quinta-feira"], ["sexta-feira"],
           ["sábado"], ["domingo"]],
}
for lang, days in _W.items():
    for idx, names in enumerate(days):
        for n in names:
            WEEKDAYS.setdefault(n, (lang, idx))
# short German/Dutch forms only with a trailing dot ("Di., 14.05.")
SHORT_DOTTED = {"mo.": 0, "di.": 1, "mi.": 2, "do.": 3, "fr.": 4, "sa.": 5, "so.": 6,
                "ma.": 0, "wo.": 2, "vr.": 4, "za.": 5, "zo.": 6}
_M = [
    ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro"],
    ["february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro"],
    ["march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco"],
    ["april", "apr", "avril", "abril", "aprile"],
    ["may", "mai", "mayo", "maggio", "mei", "maio"],
    ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
    ["july", "jul", "juli", "juillet", "julio", "luglio", "julho"],
    ["august", "aug", "août", "aout", "agosto", "augustus"],
    ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
    ["october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"],
    ["november", "nov", "novembre", "noviembre", "novembro"],
    ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
]
MONTHS = {n: i + 1 for i, names in enumerate(_M) for n in names}

wd_alt = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
mo_alt = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
WD_RE = re.compile(rf"(?<![\w-])({wd_alt})(?![\w-])|(?<![\w.])({'|'.join(re.escape(k) for k in SHORT_DOTTED)})(?=[\s,]*\d)", re.I)
FILLER = r"(?:[\s,.(]|\b(?:the|den|le|el|il|de)\b)*"
DAY_FIRST = re.compile(rf"^{FILLER}(\d{{1,2}})(?:st|nd|rd|th|er|º|ª)?\.?(?:\s*(?:de\s+)?({mo_alt})\.?(?![a-zà-ÿ]))?"
                       rf"(?:,?\s*(?:de\s+)?(\d{{4}}|'\d{{2}}))?", re.I)
MONTH_FIRST = re.compile(rf"^{FILLER}({mo_alt})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
NUMERIC = re.compile(rf"^{FILLER}(\d{{1,2}})[./](\d{{1,2}})\.?(?:[./](\d{{2,4}}))?(?!\d)")
LOOKAHEAD_MONTH = re.compile(rf"^\s*[-–—]\s*[^\n]{{0,30}}?\b\d{{1,2}}\.?\s+(?:de\s+)?({mo_alt})\b(?:,?\s*(?:de\s+)?(\d{{4}}))?", re.I)


def gold_dates(gold):
    ds = [gold["event"].get("date"), gold["event"].get("end_date")] + [t.get("date") for t in gold["talks"]]
    return [datetime.date.fromisoformat(d) for d in ds if d]


def resolve_year(month, day, year_txt, gds):
    if year_txt:
        y = int(year_txt.strip("'"))
        return y + (1900 if y >= 50 else 2000) if y < 100 else y
    for d in gds:
        if d.month == month and d.day == day:
            return d.year
    return gds[0].year if gds else None


def check_weekdays(stem, gold, plain):
    gds = gold_dates(gold)
    checked, unpaired = 0, []
    text = fold(plain)
    for m in WD_RE.finditer(text):
        tok = (m.group(1) or m.group(2)).lower()
        if m.group(1):
            lang, wd = WEEKDAYS[tok]
        else:
            lang, wd = "de/nl", SHORT_DOTTED[tok]
        rest = text[m.end():m.end() + 60]
        month = day = None
        year_txt = None
        mf = MONTH_FIRST.match(rest)
        df = DAY_FIRST.match(rest)
        nm = NUMERIC.match(rest)
        if nm and (not df or nm.end() >= df.end()):
            a, b, year_txt = int(nm.group(1)), int(nm.group(2)), nm.group(3)
            month, day = (a, b) if lang == "en" else (b, a)
        elif mf:
            month, day, year_txt = MONTHS[mf.group(1).lower()], int(mf.group(2)), mf.group(3)
        elif df:
            day, year_txt = int(df.group(1)), df.group(3)
            if df.group(2):
                month = MONTHS[df.group(2).lower()]
            else:  # "Wednesday 25 – Thursday 26 November 2020"
                la = LOOKAHEAD_MONTH.match(rest[df.end():])
                if la:
                    month, year_txt = MONTHS[la.group(1).lower()], la.group(2)
        if not (month and day):
            if len(tok) > 4:  # full weekday names only ('Sun' is often the star)
                unpaired.append(text[m.start():m.end() + 20].split("\n")[0].strip())
            continue
        year = resolve_year(month, day, year_txt, gds)
        if year is None:
            warn(stem, f"no year for weekday date {text[m.start():m.end() + 25]!r}")
            continue
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            err(stem, f"impossible date next to weekday: {text[m.start():m.end() + 25]!r}")
            continue
        checked += 1
        if date.weekday() != wd:
            err(stem, f"weekday mismatch: {text[m.start():m.end() + 25]!r} -> {date} is a {date.strftime('%A')}")
    return checked, unpaired


# ------------------------------------------------------------------ times readable in the text
TIME_TOKEN = re.compile(r"(?<![\d:.])(\d{1,2})(?:\s*([:.h])\s*(\d{2}))?(?!\d)\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|uur|h\b)?", re.I)


def text_times(plain):
    out = set()
    t = fold(plain)
    if re.search(r"\bnoon\b|\bmezzogiorno\b|\bmidi\b", t, re.I):
        out.add("12:00")
    for m in TIME_TOKEN.finditer(t):
        h, sep, mi, ap = int(m.group(1)), m.group(2), m.group(3), (m.group(4) or "").lower().replace(".", "").replace(" ", "")
        if not mi and not ap:
            continue
        if sep == "." and not ap and h > 23:
            continue
        mi = int(mi) if mi else 0
        if h > 23 or mi > 59:
            continue
        if ap in ("am", "pm"):
            hh = (h % 12) + (12 if ap == "pm" else 0)
            out.add(f"{hh:02d}:{mi:02d}")
            continue
        out.add(f"{h:02d}:{mi:02d}")
        if h < 12:
            out.add(f"{h + 12:02d}:{mi:02d}")  # '1:30-2:30' in an afternoon programme, '3:30 - 5:00 PM'
    return out


def check_times(stem, gold, plain):
    have = text_times(plain)
    items = [("event.start_time", gold["event"]["start_time"]), ("event.end_time", gold["event"]["end_time"])]
    for i, tk in enumerate(gold["talks"]):
        items += [(f"talks[{i}].start_time", tk["start_time"]), (f"talks[{i}].end_time", tk["end_time"])]
    n = 0
    for where, v in items:
        if v:
            n += 1
            if v not in have:
                err(stem, f"{where} {v} cannot be read anywhere in the text")
    return n


# ------------------------------------------------------------------ perfect records + score.py
def span_text(span):
    return None if span is None else f"{span['starts']} ... {span['ends']}"


def perfect_record(gold, text_path):
    raw = text_path.read_bytes()
    ev = gold["event"]
    date, st, et = ev["date"], ev["start_time"], ev["end_time"]
    when = {"date": date, "end_date": ev["end_date"], "start_time": st, "end_time": et,
            "timezone": ev["timezone"], "start": (f"{date}T{st}" if date and st else date),
            "end": (f"{ev['end_date'] or date}T{et}" if date and et else None), "start_utc": None, "text": None}
    talks = []
    for tk in gold["talks"]:
        tw = None
        if tk["date"] or tk["start_time"] or tk["end_time"]:
            tw = {"date": tk["date"], "end_date": None, "start_time": tk["start_time"], "end_time": tk["end_time"],
                  "timezone": ev["timezone"], "start": None, "end": None, "start_utc": None, "text": None}
        talks.append({
            "title": tk["title"], "kind": None, "when": tw,
            "speakers": [{"name": sp["name"], "honorific": None, "position": None, "affiliation": sp["affiliation"],
                          "bio": span_text(sp["bio"]), "email": None, "url": None} for sp in tk["speakers"]],
            "hosts": [], "abstract": span_text(tk["abstract"]), "references": []})
    return {
        "schema_version": 1,
        "source": {"path": f"text/{text_path.name}", "part": None, "sha256": hashlib.sha256(raw).hexdigest(),
                   "bytes": len(raw), "format": SCHEMA_FORMAT[gold["format"]]},
        "event": {"title": ev["title"], "kind": None, "series": ev["series"], "when": when,
                  "location": {"text": ev["location"], "room": None, "building": None, "institution": None,
                               "city": None, "region": None, "country": None},
                  "attendance": ev["attendance"], "organizers": [], "registration": {"required": None, "url": None},
                  "urls": []},
        "talks": talks,
        "warnings": [],
    }


def self_score(pairs):
    if not SCORE_PY.is_file():
        err("score", f"score.py not found at {SCORE_PY} (set SCORE_PY=...)")
        return None
    with tempfile.TemporaryDirectory(prefix="synth22-selfscore-") as tmp:
        for stem, (gold, text_path) in pairs.items():
            with open(os.path.join(tmp, stem + ".json"), "w") as fh:
                json.dump(perfect_record(gold, text_path), fh, ensure_ascii=False)
        r = subprocess.run([sys.executable, str(SCORE_PY), "modern", "--gold", str(GOLD_DIR), "--pred", tmp],
                           capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0:
        print(r.stderr.rstrip())
        err("score", f"score.py exited with {r.returncode}")
        return None
    last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    if last != "overall F1 1.000":
        err("score", f"self-score is not perfect: {last!r}")
    return last


# ------------------------------------------------------------------ main
def main():
    texts = {p.stem: p for p in sorted(TEXT_DIR.iterdir()) if p.is_file()}
    golds = {p.stem: p for p in sorted(GOLD_DIR.iterdir()) if p.suffix == ".json"}
    for p in TEXT_DIR.iterdir():
        if p.suffix not in FORMAT_BY_EXT:
            err(p.stem, f"unexpected text extension {p.suffix}")
    for s in sorted(set(texts) - set(golds)):
        err(s, "text without gold")
    for s in sorted(set(golds) - set(texts)):
        err(s, "gold without text")
    pairs = {}
    n_talks = n_slots = n_wd = n_times = n_exact = n_loose = 0
    print(f"{'doc':4} {'format':9} {'talks':>5} {'spk':>4} {'wd-dates':>8} {'times':>5}  copied(exact/loose)")
    for stem in sorted(set(texts) & set(golds)):
        tp = texts[stem]
        try:
            gold = json.loads(golds[stem].read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(stem, f"gold is not valid JSON: {e}")
            continue
        raw = tp.read_text(encoding="utf-8")
        if not validate_gold(stem, gold, tp):
            continue
        plain = plain_text(raw, tp.suffix)
        ex, lo = check_copied(stem, gold, plain)
        wd, unpaired = check_weekdays(stem, gold, plain)
        nt = check_times(stem, gold, plain)
        slots = sum(len(t["speakers"]) for t in gold["talks"])
        n_talks += len(gold["talks"]); n_slots += slots; n_wd += wd; n_times += nt; n_exact += ex; n_loose += lo
        print(f"{stem:4} {gold['format']:9} {len(gold['talks']):5d} {slots:4d} {wd:8d} {nt:5d}  {ex}/{lo}"
              + (f"   weekday without date: {unpaired}" if unpaired else ""))
        pairs[stem] = (gold, tp)
    print(f"\n{len(pairs)} documents, {n_talks} talks, {n_slots} speaker slots, "
          f"{n_wd} weekday+date pairs checked, {n_times} gold times found in texts, "
          f"{n_exact + n_loose} copied strings ({n_loose} only by the loose match)\n")
    print("self-score (perfect records from gold, score.py modern):")
    self_score(pairs)
    for w in warnings:
        print("WARNING", w)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("ERROR", e)
        print("check.py: FAILED")
        return 1
    print("\ncheck.py: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
