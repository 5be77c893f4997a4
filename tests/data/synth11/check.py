#!/usr/bin/env python3
"""Self-check of the synth11 evaluation set.

1. Structural checks of every gold file (keys, id = stem, format, date/time syntax,
   starts/ends length, a text file with a matching stem).
2. Grounding checks: every copied string (titles, names, affiliations, locations, series,
   event titles, abstract/bio starts and ends) occurs in the text, after the text is
   normalised the way a reader sees it (HTML tags/entities removed, iCalendar lines unfolded
   and unescaped, e-mail quote markers removed; case, punctuation and markup ignored).
3. Weekday check: every "weekday + day + month" phrase in the text that refers to a gold
   date has the right weekday.
4. Gold -> records (tools/gold_to_records.py) -> score.py modern: must print overall F1 1.000.

usage: python3 check.py        (exit status 0 when everything passes)
"""
import datetime, html, json, os, re, subprocess, sys, tempfile
sys.dont_write_bytecode = True

ROOT = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
sys.path.insert(0, "/work/shared/eval")
from score import norm_loose, norm_name  # noqa: E402

GOLD, TEXT = os.path.join(ROOT, "gold"), os.path.join(ROOT, "text")
EXT_FORMAT = {".txt": {"text", "email"}, ".md": {"markdown"}, ".html": {"html-text"}, ".rst": {"text"}}
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]

problems = []


def bad(stem, msg):
    problems.append(f"{stem}: {msg}")


def reader_text(raw, ext):
    t = raw.replace("\r\n", "\n")
    if "BEGIN:VCALENDAR" in t:                      # RFC 5545 unfolding and unescaping
        t = t.replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    if ext == ".html" or re.search(r"<(p|div|td|h\d)\b", t):
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<sub>|</sub>|<sup>|</sup>", "", t)     # 'T<sub>g</sub>' reads 'Tg'
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    t = re.sub(r"(?m)^[ \t]*>[ \t]?", "", t)        # e-mail quoting
    return norm_loose(t)


def check_date(stem, where, v):
    if v is None:
        return
    try:
        datetime.date.fromisoformat(v)
    except (TypeError, ValueError):
        bad(stem, f"{where}: bad date {v!r}")


def check_time(stem, where, v):
    if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(v)):
        bad(stem, f"{where}: bad time {v!r}")


def check_span(stem, where, span, text):
    if span is None:
        return
    if set(span) != {"starts", "ends"}:
        bad(stem, f"{where}: span keys {sorted(span)}")
        return
    for k in ("starts", "ends"):
        n = len(span[k].split())
        if not 5 <= n <= 12:
            bad(stem, f"{where}.{k}: {n} words")
        if norm_loose(span[k]) not in text:
            bad(stem, f"{where}.{k} not in text: {span[k]!r}")


def grounded(stem, where, v, text, name=False):
    if v is None:
        return
    ok = norm_loose(v) in text or (name and norm_name(v) in text)
    if not ok:
        bad(stem, f"{where} not in text: {v!r}")


WEEKDAYS = {  # language -> names Monday..Sunday (lower case, with common abbreviations)
    "en": [["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thurs"],
           ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"]],
    "pt": [["segunda-feira"], ["terça-feira"], ["quarta-feira"], ["quinta-feira"], ["sexta-feira"], ["sábado"], ["domingo"]],
    "nl": [["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"], ["zondag"]],
    "sv": [["måndag"], ["tisdag"], ["onsdag"], ["torsdag"], ["fredag"], ["lördag"], ["söndag"]],
    "pl": [["poniedziałek"], ["wtorek"], ["środa"], ["czwartek"], ["piątek"], ["sobota"], ["niedziela"]],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}


def weekday_check(stem, raw, years):
    """Find '<weekday>[,] <month> <day>' / '<weekday>[,] <day> [de] <month>' / '<weekday> <m>/<d>'."""
    t = html.unescape(re.sub(r"<[^>]+>", " ", raw)).lower()
    found = 0
    for lang, days in WEEKDAYS.items():
        for wd, names in enumerate(days):
            for nm in names:
                for mo, mname in enumerate(MONTHS[lang]):
                    mpat = re.escape(mname) + (r"[a-z]*\.?" if lang == "en" else "")
                    pats = [rf"\b{re.escape(nm)}\.?,?\s+{mpat}\s+(\d{{1,2}})\b",
                            rf"\b{re.escape(nm)}\.?,?\s+(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{mpat}(?![a-z])"]
                    for p in pats:
                        for m in re.finditer(p, t):
                            day = int(m.group(1))
                            dates = []
                            for y in years:
                                try:
                                    dates.append(datetime.date(y, mo + 1, day))
                                except ValueError:
                                    pass
                            if dates and not any(d.weekday() == wd for d in dates):
                                bad(stem, f"weekday mismatch: {m.group(0)!r} (years {sorted(years)})")
                            found += 1
    for m in re.finditer(r"\b(" + "|".join(n for ns in WEEKDAYS["en"] for n in ns) + r")\.?,?\s+(\d{1,2})/(\d{1,2})\b", t):
        wd = next(i for i, ns in enumerate(WEEKDAYS["en"]) if m.group(1) in ns)
        if not any(datetime.date(y, int(m.group(2)), int(m.group(3))).weekday() == wd for y in years):
            bad(stem, f"weekday mismatch: {m.group(0)!r}")
        found += 1
    return found


def structural_and_grounding():
    stems = []
    texts = {os.path.splitext(f)[0]: f for f in os.listdir(TEXT)}
    for f in sorted(os.listdir(GOLD)):
        if not f.endswith(".json"):
            continue
        stem = os.path.splitext(f)[0]
        stems.append(stem)
        try:
            g = json.load(open(os.path.join(GOLD, f)))
        except json.JSONDecodeError as e:
            bad(stem, f"invalid JSON: {e}")
            continue
        if g.get("id") != stem:
            bad(stem, f"id {g.get('id')!r} != file stem")
        if stem not in texts:
            bad(stem, "no text file")
            continue
        tf = texts[stem]
        ext = os.path.splitext(tf)[1]
        if g.get("format") not in EXT_FORMAT.get(ext, set()):
            bad(stem, f"format {g.get('format')!r} does not fit {tf}")
        if (g.get("source") or {}).get("path") != f"text/{tf}":
            bad(stem, "source.path does not name the text file")
        if not g.get("notes"):
            bad(stem, "notes missing")
        raw = open(os.path.join(TEXT, tf), encoding="utf-8").read()
        text = reader_text(raw, ext)
        ev = g.get("event") or {}
        if list(ev) != EVENT_KEYS:
            bad(stem, f"event keys {list(ev)}")
        check_date(stem, "event.date", ev.get("date"))
        check_date(stem, "event.end_date", ev.get("end_date"))
        check_time(stem, "event.start_time", ev.get("start_time"))
        check_time(stem, "event.end_time", ev.get("end_time"))
        if ev.get("attendance") not in (None, "online", "in_person", "hybrid"):
            bad(stem, f"attendance {ev.get('attendance')!r}")
        for k in ("title", "series", "location", "timezone"):
            grounded(stem, f"event.{k}", ev.get(k), text)
        years = {int(d[:4]) for d in [ev.get("date")] + [t.get("date") for t in g.get("talks", [])] if d}
        if not g.get("talks"):
            bad(stem, "no talks")
        for i, t in enumerate(g.get("talks") or []):
            w = f"talks[{i}]"
            if list(t) != TALK_KEYS:
                bad(stem, f"{w} keys {list(t)}")
            grounded(stem, f"{w}.title", t.get("title"), text)
            check_span(stem, f"{w}.abstract", t.get("abstract"), text)
            check_date(stem, f"{w}.date", t.get("date"))
            check_time(stem, f"{w}.start_time", t.get("start_time"))
            check_time(stem, f"{w}.end_time", t.get("end_time"))
            if len(g["talks"]) == 1 and any(t.get(k) for k in ("date", "start_time", "end_time")):
                bad(stem, f"{w}: a lone talk carries its own date/time")
            for j, s in enumerate(t.get("speakers") or []):
                sw = f"{w}.speakers[{j}]"
                if set(s) != {"name", "affiliation", "bio"}:
                    bad(stem, f"{sw} keys {sorted(s)}")
                grounded(stem, f"{sw}.name", s.get("name"), text, name=True)
                if re.match(r"(?i)(dr|prof|professor|mr|mrs|ms|rev)\b\.?\s", s.get("name") or ""):
                    bad(stem, f"{sw}.name keeps an honorific")
                grounded(stem, f"{sw}.affiliation", s.get("affiliation"), text)
                check_span(stem, f"{sw}.bio", s.get("bio"), text)
        if years:
            weekday_check(stem, raw, years)
    for s in texts:
        if s not in stems:
            bad(s, "text file without gold")
    return stems


def score_roundtrip():
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gold_to_records.py"), GOLD, TEXT, out],
                       check=True, stdout=subprocess.DEVNULL)
        r = subprocess.run([sys.executable, SCORE, "modern", "--gold", GOLD, "--pred", out, "--per-doc"],
                           check=True, capture_output=True, text=True)
    print(r.stdout)
    last = r.stdout.strip().splitlines()[-1]
    f1 = float(last.split()[-1])
    wrong = [l for l in r.stdout.splitlines() if re.match(r"^v\d+: ", l) and "all correct" not in l]
    for l in wrong:
        problems.append(f"score: {l}")
    if "records missing" in r.stdout:
        problems.append("score: records missing")
    return f1


def main():
    stems = structural_and_grounding()
    f1 = score_roundtrip()
    print(f"{len(stems)} gold files checked")
    if f1 != 1.0:
        problems.append(f"overall F1 {f1:.3f} != 1.000")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("self-check OK: gold well-formed and grounded, round trip scores overall F1 1.000")


if __name__ == "__main__":
    main()
