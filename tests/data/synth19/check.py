#!/usr/bin/env python3
"""Consistency checks for the synth19 held-out set.

    python3 check.py          # validate, then self-score
    python3 check.py --fix    # also fill source.commit (git blob hash of the text) and
                              # rewrite every gold file in the canonical layout

1. Every gold/<stem>.json follows GOLD-FORMAT.md: exact key sets, types, YYYY-MM-DD dates
   that exist, 24-hour HH:MM times, allowed enum values, 6-10 word starts/ends, one gold per
   text, id == stem, source.path points at the text, source.commit is the text's blob hash.
2. Every string copied from the text (titles, series, location, names, affiliations,
   starts/ends) occurs in the text (compared case/punctuation/whitespace-insensitively, on
   the raw text and on a tag-stripped version); every 'ends' follows its 'starts'.
3. Every weekday + date phrase in every text (English plus the document's language,
   several date layouts, e-mail headers included) names the right weekday. Phrases without
   a year use the document's year (the gold event year, or YEAR_HINT below).
4. Self-score. score.py reads *records* (the SCHEMA.md shape) as predictions, not gold
   files, so gold/ cannot be scored against itself as is. check.py therefore writes
   zz_selfscore.jsonl in a temporary directory: one record per gold file, built mechanically from the gold,
   with every abstract/bio taken as the text span that runs from the gold 'starts' to the
   gold 'ends' in the document. score.py's directory loader reads *.json and *.jsonl; the
   .jsonl sorts after v01..v30.json, so its records replace the gold files under the same
   stem. Then it runs

       python3 ../shared/eval/score.py modern --gold gold --pred <that directory>

   and requires 'overall F1 1.000'.
"""
import datetime, hashlib, html, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
SCORE = str(__import__('pathlib').Path(__file__).resolve().parents[4] / 'shared/eval/score.py')
SELF = "zz_selfscore.jsonl"

FORMAT_BY_EXT = {".txt": {"email", "text"}, ".eml": {"email"}, ".md": {"markdown"},
                 ".html": {"html-text"}}
# language of each non-English document (English weekday/month names are always known)
LANG = {"v05": "de", "v23": "de", "v12": "fr", "v26": "fr", "v16": "es", "v22": "sv"}
# year for yearless weekday/date phrases where the gold date is null
YEAR_HINT = {"v08": 2023}

errors, warnings = [], []

def err(stem, msg):
    errors.append(f"{stem}: {msg}")

def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")

# ------------------------------------------------------------------ text helpers
def fold(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return s

def norm_loose(s):  # the same normalisation score.py uses for titles, locations, long texts
    s = fold(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def visible(raw, ext):
    if ext == ".html":
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        return html.unescape(s)
    if ext == ".md":
        return re.sub(r"\]\([^)]*\)", "]", raw)  # drop link targets
    return raw

def blob_sha1(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()

# ------------------------------------------------------------------ format validation
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
TOP = ["id", "source", "format", "notes", "event", "talks"]
SOURCE = ["repo", "commit", "path", "transform"]
EVENT = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
         "location", "attendance"]
TALK = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER = ["name", "affiliation", "bio"]

def keys_exact(stem, where, d, keys):
    if not isinstance(d, dict):
        err(stem, f"{where} is not an object")
        return False
    if list(d.keys()) != keys:
        err(stem, f"{where} keys {list(d.keys())} != {keys}")
        return False
    return True

def opt_str(stem, where, v):
    if v is not None and (not isinstance(v, str) or not v.strip() or v != v.strip()):
        err(stem, f"{where} must be null or a trimmed non-empty string: {v!r}")

def check_date(stem, where, v):
    if v is None:
        return None
    if not isinstance(v, str) or not DATE_RE.match(v):
        err(stem, f"{where} not YYYY-MM-DD: {v!r}")
        return None
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{where} is not a real date: {v!r}")

def check_time(stem, where, v):
    if v is not None and (not isinstance(v, str) or not TIME_RE.match(v)):
        err(stem, f"{where} not HH:MM (24 h): {v!r}")

def check_long(stem, where, v):
    if v is None:
        return
    if not keys_exact(stem, where, v, ["starts", "ends"]):
        return
    for k in ("starts", "ends"):
        n = len(v[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (want 6-10): {v[k]!r}")

def validate(stem, gold, text_files):
    if not keys_exact(stem, "record", gold, TOP):
        return
    if gold["id"] != stem:
        err(stem, f"id {gold['id']!r} != file stem")
    src = gold["source"]
    if keys_exact(stem, "source", src, SOURCE):
        path = src["path"]
        if path not in text_files:
            err(stem, f"source.path {path!r} is not text/{stem}.*")
        if src["transform"] not in ("none", "strip-front-matter"):
            err(stem, f"bad transform {src['transform']!r}")
        if not isinstance(src["repo"], str) or "/" not in src["repo"]:
            err(stem, "source.repo must be owner/name")
        if not (isinstance(src["commit"], str) and re.match(r"^[0-9a-f]{40}$", src["commit"])):
            err(stem, "source.commit is not 40-hex (run check.py --fix)")
        elif path in text_files:
            with open(os.path.join(HERE, path), "rb") as fh:
                if blob_sha1(fh.read()) != src["commit"]:
                    err(stem, "source.commit is not the blob hash of the text (run check.py --fix)")
        ext = os.path.splitext(path)[1]
        if gold["format"] not in FORMAT_BY_EXT.get(ext, set()):
            err(stem, f"format {gold['format']!r} does not fit extension {ext}")
    if gold["format"] not in ("markdown", "text", "email", "html-text"):
        err(stem, f"bad format {gold['format']!r}")
    if not isinstance(gold["notes"], str) or not gold["notes"] or "\n" in gold["notes"]:
        err(stem, "notes must be one line")
    ev = gold["event"]
    if keys_exact(stem, "event", ev, EVENT):
        for k in ("title", "series", "timezone", "location"):
            opt_str(stem, f"event.{k}", ev[k])
        d0 = check_date(stem, "event.date", ev["date"])
        d1 = check_date(stem, "event.end_date", ev["end_date"])
        if d1 and (not d0 or d1 <= d0):
            err(stem, "event.end_date must follow event.date")
        check_time(stem, "event.start_time", ev["start_time"])
        check_time(stem, "event.end_time", ev["end_time"])
        if ev["attendance"] not in (None, "online", "in_person", "hybrid"):
            err(stem, f"bad attendance {ev['attendance']!r}")
    talks = gold["talks"]
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return
    for i, tk in enumerate(talks):
        w = f"talks[{i}]"
        if not keys_exact(stem, w, tk, TALK):
            continue
        opt_str(stem, f"{w}.title", tk["title"])
        check_long(stem, f"{w}.abstract", tk["abstract"])
        check_date(stem, f"{w}.date", tk["date"])
        check_time(stem, f"{w}.start_time", tk["start_time"])
        check_time(stem, f"{w}.end_time", tk["end_time"])
        if len(talks) == 1 and (tk["date"] or tk["start_time"] or tk["end_time"]):
            err(stem, f"{w}: a lone talk carries no own date/time (they go to event)")
        if not tk["speakers"]:
            err(stem, f"{w} has no speakers")
        for j, sp in enumerate(tk["speakers"]):
            ws = f"{w}.speakers[{j}]"
            if not keys_exact(stem, ws, sp, SPEAKER):
                continue
            if not isinstance(sp["name"], str) or not sp["name"].strip():
                err(stem, f"{ws}.name missing")
            elif re.match(r"(?i)^(dr|prof|professor|mr|mrs|ms)\b\.?\s", sp["name"]):
                err(stem, f"{ws}.name keeps an honorific: {sp['name']!r}")
            opt_str(stem, f"{ws}.affiliation", sp["affiliation"])
            check_long(stem, f"{ws}.bio", sp["bio"])

# ------------------------------------------------------------------ verbatim checks
def span(stem, where, long, hay):
    """The normalised text span from long['starts'] to long['ends'], or None."""
    s, e = norm_loose(long["starts"]), norm_loose(long["ends"])
    i = hay.find(s)
    if i < 0:
        err(stem, f"{where}.starts not in text: {long['starts']!r}")
        return None
    j = hay.find(e, i)
    if j < 0:
        err(stem, f"{where}.ends not found after starts: {long['ends']!r}")
        return None
    return hay[i:j + len(e)]

def verbatim(stem, gold, raw, ext):
    hays = [norm_loose(raw), norm_loose(visible(raw, ext))]
    def has(where, v):
        if v is not None and not any(norm_loose(v) in h for h in hays):
            err(stem, f"{where} not found in text: {v!r}")
    ev = gold["event"]
    for k in ("title", "series", "location", "timezone"):
        has(f"event.{k}", ev.get(k))
    spans = {}
    for i, tk in enumerate(gold["talks"]):
        has(f"talks[{i}].title", tk.get("title"))
        if tk.get("abstract"):
            spans[("abstract", i)] = span(stem, f"talks[{i}].abstract", tk["abstract"], hays[1])
        for j, sp in enumerate(tk.get("speakers") or []):
            has(f"talks[{i}].speakers[{j}].name", sp.get("name"))
            has(f"talks[{i}].speakers[{j}].affiliation", sp.get("affiliation"))
            if sp.get("bio"):
                spans[("bio", i, j)] = span(stem, f"talks[{i}].speakers[{j}].bio", sp["bio"], hays[1])
    return spans

# ------------------------------------------------------------------ weekday / date pairs
WD = {
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
           "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
           "fri": 4, "sat": 5, "sun": 6},
    "de": {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
           "samstag": 5, "sonnabend": 5, "sonntag": 6, "mo": 0, "di": 1, "mi": 2, "do": 3,
           "fr": 4, "sa": 5, "so": 6},
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
           "dimanche": 6, "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6},
    "es": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
           "sábado": 5, "domingo": 6},
    "sv": {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
           "söndag": 6, "mån": 0, "tis": 1, "ons": 2, "tors": 3, "fre": 4},
}
MON = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "de": {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
           "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
           "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "okt": 10, "nov": 11, "dez": 12},
    "fr": {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
           "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12},
    "sv": {"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
           "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12},
}

def alt(words):
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

def year_of(tok, default):
    if not tok:
        return default
    y = int(tok)
    if len(tok) == 2:
        y += 1900 if y > 50 else 2000
    return y

def weekday_pairs(stem, raw, default_year, lang):
    langs = ["en"] + ([lang] if lang else [])
    wd = {k: v for l in langs for k, v in WD[l].items()}
    mon = {k: v for l in langs for k, v in MON[l].items()}
    W, M = alt(wd), alt(mon)
    S = r"[\s,.]*(?:(?:den|le|el|the)\s+)?"
    Y = r"(?:[\s,]*(?:de\s+)?(?P<y>\d{4})(?!\d|[:.]\d))?"
    pats = [
        # Thursday 3/12(/98)
        rf"(?P<w>\b(?:{W})\b)\.?{S}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\b",
        # Do., 14.03.2019 / Thu 14.3.
        rf"(?P<w>\b(?:{W})\b)\.?{S}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})?(?!\d)",
        # Thu 2019-03-14
        rf"(?P<w>\b(?:{W})\b)\.?{S}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})",
        # Thursday, 14 March 2019 / jeudi 14 mars / miércoles 21 de octubre de 2015
        rf"(?P<w>\b(?:{W})\b)\.?{S}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?(?P<mn>\b(?:{M})\b)\.?{Y}",
        # Thursday, March 14th, 2019
        rf"(?P<w>\b(?:{W})\b)\.?{S}(?P<mn>\b(?:{M})\b)\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{Y}",
        # 2019-03-14 (Thu)
        rf"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})[\s,]*\((?P<w>(?:{W}))\.?\)",
        # 13 December 2024 (Friday)
        rf"(?P<d>\d{{1,2}})\.?\s+(?P<mn>\b(?:{M})\b)\.?\s+(?P<y>\d{{4}})[\s,]*\((?P<w>(?:{W}))\.?\)",
    ]
    found, covered = [], []
    for p in pats:
        for m in re.finditer(p, raw, re.I):
            gd = m.groupdict()
            w = wd[gd["w"].lower()]
            mo = mon[gd["mn"].lower()] if gd.get("mn") else int(gd["m"])
            y = year_of(gd.get("y") or "", default_year)
            phrase = " ".join(m.group(0).split())
            if y is None:
                err(stem, f"no year for {phrase!r} (add YEAR_HINT)")
                continue
            try:
                dt = datetime.date(y, mo, int(gd["d"]))
            except ValueError:
                err(stem, f"impossible date in {phrase!r}")
                continue
            covered.append((m.start("w"), m.end("w")))
            if dt.weekday() != w:
                err(stem, f"weekday mismatch: {phrase!r} is a {dt.strftime('%A')} ({dt})")
            else:
                found.append((phrase, dt))
    # weekday words followed by a number that no pattern understood
    for m in re.finditer(rf"\b(?:{W})\b\.?[\s,]*(?:den\s+|le\s+|el\s+|the\s+)?\d", raw, re.I):
        if not any(a <= m.start() < b for a, b in covered):
            err(stem, f"unverified weekday phrase: {' '.join(raw[m.start():m.end() + 15].split())!r}")
    return found

# ------------------------------------------------------------------ self-score records
def self_record(gold, spans):
    ev = gold["event"]
    talks = []
    multi = len(gold["talks"]) > 1
    for i, tk in enumerate(gold["talks"]):
        when = None
        if multi and (tk["date"] or tk["start_time"] or tk["end_time"]):
            when = {"date": tk["date"], "start_time": tk["start_time"], "end_time": tk["end_time"]}
        talks.append({
            "title": tk["title"], "kind": None, "when": when,
            "speakers": [{"name": sp["name"], "honorific": None, "position": None,
                          "affiliation": sp["affiliation"],
                          "bio": spans.get(("bio", i, j)) if sp["bio"] else None,
                          "email": None, "url": None}
                         for j, sp in enumerate(tk["speakers"])],
            "hosts": [],
            "abstract": spans.get(("abstract", i)) if tk["abstract"] else None,
            "references": []})
    return {
        "schema_version": 1,
        "source": {"path": gold["source"]["path"], "part": None, "sha256": None, "bytes": None,
                   "format": "html" if gold["format"] == "html-text" else gold["format"]},
        "event": {"title": ev["title"], "kind": None, "series": ev["series"],
                  "when": {"date": ev["date"], "end_date": ev["end_date"],
                           "start_time": ev["start_time"], "end_time": ev["end_time"],
                           "timezone": ev["timezone"]},
                  "location": {"text": ev["location"]}, "attendance": ev["attendance"],
                  "organizers": [], "registration": {"required": None, "url": None}, "urls": []},
        "talks": talks,
        "warnings": ["self-score record generated from gold by check.py"]}

# ------------------------------------------------------------------ main
def canonical(gold):
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"

def main():
    fix = "--fix" in sys.argv
    texts = sorted(os.listdir(TEXT))
    by_stem = {}
    for f in texts:
        by_stem.setdefault(os.path.splitext(f)[0], []).append(f)
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    for stem, fs in by_stem.items():
        if len(fs) != 1:
            err(stem, f"several texts share the stem: {fs}")
        if f"{stem}.json" not in golds:
            err(stem, "text without gold")
    records, n_talks, n_speakers, names, n_pairs = [], 0, 0, set(), 0
    for f in golds:
        stem = f[:-5]
        if stem not in by_stem:
            err(stem, "gold without text")
            continue
        tpath = f"text/{by_stem[stem][0]}"
        with open(os.path.join(GOLD, f)) as fh:
            gold = json.load(fh)
        if fix:
            with open(os.path.join(HERE, tpath), "rb") as fh:
                gold["source"]["commit"] = blob_sha1(fh.read())
            with open(os.path.join(GOLD, f), "w") as fh:
                fh.write(canonical(gold))
        validate(stem, gold, {tpath})
        with open(os.path.join(HERE, tpath), encoding="utf-8") as fh:
            raw = fh.read()
        ext = os.path.splitext(tpath)[1]
        spans = verbatim(stem, gold, raw, ext) if isinstance(gold.get("talks"), list) else {}
        ev = gold.get("event") or {}
        year = int(ev["date"][:4]) if ev.get("date") else YEAR_HINT.get(stem)
        pairs = weekday_pairs(stem, raw, year, LANG.get(stem))
        n_pairs += len(pairs)
        if "-v" in sys.argv:
            print(stem, [p for p, _ in pairs])
        n_talks += len(gold["talks"])
        for tk in gold["talks"]:
            n_speakers += len(tk["speakers"])
            names.update(sp["name"] for sp in tk["speakers"])
        records.append(self_record(gold, spans))
    import tempfile
    preds = tempfile.mkdtemp(prefix="synth19-self-")
    with open(os.path.join(preds, SELF), "w") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n_multi = sum(1 for r in records if len(r["talks"]) > 1)
    print(f"documents {len(golds)} (one talk: {len(golds) - n_multi}, several talks: {n_multi}); "
          f"talks {n_talks}; speaker entries {n_speakers} ({len(names)} distinct names); "
          f"weekday/date phrases verified {n_pairs}")
    out = subprocess.run([sys.executable, SCORE, "modern", "--gold", "gold", "--pred", preds],
                         cwd=HERE, capture_output=True, text=True)
    print(out.stdout + out.stderr, end="")
    last = (out.stdout.strip().splitlines() or [""])[-1]
    if last != "overall F1 1.000":
        errors.append(f"self-score: {last!r}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
