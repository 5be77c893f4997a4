#!/usr/bin/env python3
"""Self-check of the synth10 gold.

1. every gold file has exactly the GOLD-FORMAT keys, well-formed dates/times and enums;
2. short verbatim values (titles, series, names, affiliations, locations, zones) occur in
   the text (case/punctuation/whitespace-insensitive), starts/ends are 6-10 words;
3. every "weekday + date" written in a text agrees with the calendar;
4. tools/gold_to_records.py converts the gold into records (abstract/bio spans are cut out
   of the texts), and score.py modern, gold against those records, gives overall F1 1.000
   with every document 'all correct'.
Exit status 0 only if all checks pass.
"""
import datetime, glob, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, "/work/shared/eval")
import score                      # noqa: E402
import gold_to_records as g2r     # noqa: E402

EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
              "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER_KEYS = ["name", "affiliation", "bio"]
errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def check_date(stem, what, v):
    if v is None:
        return
    try:
        datetime.date.fromisoformat(v)
    except Exception:
        err(stem, f"{what} not YYYY-MM-DD: {v!r}")


def check_time(stem, what, v):
    if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
        err(stem, f"{what} not HH:MM: {v!r}")


def in_text(stem, what, v, doc):
    if v is not None and score.norm_loose(v) not in doc:
        err(stem, f"{what} not found in text: {v!r}")


def ref_ok(stem, what, ref, doc):
    if ref is None:
        return
    if set(ref) != {"starts", "ends"}:
        err(stem, f"{what} keys {sorted(ref)}")
        return
    for k in ("starts", "ends"):
        n = len(ref[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{what}.{k} has {n} words (want 6-10): {ref[k]!r}")
        in_text(stem, f"{what}.{k}", ref[k], doc)


# ------------------------------------------------------------------ weekday scan
WEEKDAYS = [  # Monday=0 ... Sunday=6; English, German, French, Spanish, Italian (+ abbreviations)
    r"mon(?:day)?|montag|mo|lundi|lunes|luned[iì]|lun",
    r"tue(?:s(?:day)?)?|dienstag|di|mardi|martes|marted[iì]|mar",
    r"wed(?:nesday)?|mittwoch|mi|mercredi|mi[eé]rcoles|mercoled[iì]|mer",
    r"thu(?:r(?:s(?:day)?)?)?|donnerstag|do|jeudi|jueves|gioved[iì]|gio",
    r"fri(?:day)?|freitag|fr|vendredi|viernes|venerd[iì]|ven",
    r"sat(?:urday)?|samstag|sa|samedi|s[aá]bado|sabato|sab",
    r"sun(?:day)?|sonntag|so|dimanche|domingo|domenica|dom",
]
MONTHS = [
    r"jan(?:uary|uar)?|janvier|enero|gennaio|gen",
    r"feb(?:ruary|ruar)?|f[eé]vrier|febrero|febbraio",
    r"mar(?:ch)?|m[aä]rz|mars|marzo",
    r"apr(?:il)?|avril|abril|aprile",
    r"may|mai|mayo|maggio|mag",
    r"jun(?:e|i)?|juin|junio|giugno|giu",
    r"jul(?:y|i)?|juillet|julio|luglio|lug",
    r"aug(?:ust)?|ao[uû]t|agosto|ago",
    r"sep(?:t(?:ember)?)?|septembre|septiembre|settembre|set",
    r"oct(?:ober)?|okt(?:ober)?|octobre|octubre|ottobre|ott",
    r"nov(?:ember)?|novembre|noviembre",
    r"dec(?:ember)?|dez(?:ember)?|d[eé]cembre|diciembre|dicembre|dic",
]
WD = "|".join(f"(?P<w{i}>{p})" for i, p in enumerate(WEEKDAYS))
MO = "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(MONTHS))
DATE_RE = re.compile(
    rf"\b(?:{WD})\b\.?,?\s+(?:(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?:{MO})\b\.?"
    rf"|(?:{MO.replace('?P<m', '?P<n')})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<mm>\d{{1,2}})/(?P<d3>\d{{1,2}})\b)"
    rf"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?", re.I)


def weekday_scan(stem, raw, gold):
    years = sorted({int(d[:4]) for d in [gold["event"]["date"], gold["event"]["end_date"]] +
                    [t["date"] for t in gold["talks"]] if d})
    hdr = re.search(r"\b(19|20)\d\d\b", raw)
    if not years and hdr:
        years = [int(hdr.group(0))]
    n = 0
    for m in DATE_RE.finditer(raw):
        wd = next(i for i in range(7) if m.group(f"w{i}"))
        if m.group("d1"):
            day, mon = int(m.group("d1")), next(i for i in range(12) if m.group(f"m{i}")) + 1
        elif m.group("d2"):
            day, mon = int(m.group("d2")), next(i for i in range(12) if m.group(f"n{i}")) + 1
        else:
            mon, day = int(m.group("mm")), int(m.group("d3"))  # US style 3/12
        cands = [int(m.group("y"))] if m.group("y") else years
        ok = False
        for y in cands:
            try:
                ok |= datetime.date(y, mon, day).weekday() == wd
            except ValueError:
                pass
        n += 1
        if not ok:
            err(stem, f"weekday does not match date: {m.group(0)!r} (years tried {cands})")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    texts = sorted(glob.glob(os.path.join(ROOT, "text", "*")))
    if {os.path.splitext(os.path.basename(p))[0] for p in golds} != \
            {os.path.splitext(os.path.basename(p))[0] for p in texts}:
        errors.append("text/ and gold/ stems differ")
    ndates = 0
    for gp in golds:
        stem = os.path.splitext(os.path.basename(gp))[0]
        try:
            gold = json.load(open(gp))
        except Exception as e:
            err(stem, f"invalid JSON: {e}")
            continue
        if list(gold) != ["id", "source", "format", "notes", "event", "talks"]:
            err(stem, f"top-level keys {list(gold)}")
            continue
        if gold["id"] != stem:
            err(stem, f"id {gold['id']!r} != file stem")
        if set(gold["source"]) != {"repo", "commit", "path", "transform"}:
            err(stem, "source keys")
        if gold["format"] not in ("markdown", "text", "email", "html-text"):
            err(stem, f"format {gold['format']!r}")
        tp = g2r.find_text_path(os.path.join(ROOT, "text"), stem)
        if gold["source"]["path"] != os.path.relpath(tp, ROOT):
            err(stem, "source.path does not name the text file")
        raw = open(tp, encoding="utf-8").read()
        doc = score.norm_loose(g2r.visible_text(raw, gold["format"]))
        ev = gold["event"]
        if list(ev) != EVENT_KEYS:
            err(stem, f"event keys {list(ev)}")
        for k in ("date", "end_date"):
            check_date(stem, f"event.{k}", ev[k])
        for k in ("start_time", "end_time"):
            check_time(stem, f"event.{k}", ev[k])
        if ev["attendance"] not in (None, "online", "in_person", "hybrid"):
            err(stem, f"attendance {ev['attendance']!r}")
        if ev["end_date"] and (not ev["date"] or ev["end_date"] <= ev["date"]):
            err(stem, "end_date without an earlier date")
        for k in ("title", "series", "location", "timezone"):
            in_text(stem, f"event.{k}", ev[k], doc)
        if not gold["talks"]:
            err(stem, "no talks")
        for i, t in enumerate(gold["talks"]):
            if list(t) != TALK_KEYS:
                err(stem, f"talk {i} keys {list(t)}")
                continue
            check_date(stem, f"talk {i} date", t["date"])
            for k in ("start_time", "end_time"):
                check_time(stem, f"talk {i} {k}", t[k])
            in_text(stem, f"talk {i} title", t["title"], doc)
            ref_ok(stem, f"talk {i} abstract", t["abstract"], doc)
            if not t["title"] and not t["speakers"]:
                err(stem, f"talk {i} has neither title nor speakers")
            for s in t["speakers"]:
                if list(s) != SPEAKER_KEYS:
                    err(stem, f"talk {i} speaker keys {list(s)}")
                    continue
                in_text(stem, f"talk {i} speaker name", s["name"], doc)
                in_text(stem, f"talk {i} affiliation", s["affiliation"], doc)
                ref_ok(stem, f"talk {i} bio of {s['name']}", s["bio"], doc)
                if re.match(r"(?i)(dr|prof|mr|mrs|ms)\b\.?\s", s["name"]):
                    err(stem, f"honorific left in name {s['name']!r}")
        ndates += weekday_scan(stem, raw, gold)

    out = os.path.join(ROOT, "build", "records")
    conv = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gold_to_records.py"),
                           "--out", out], capture_output=True, text=True)
    if conv.returncode:
        errors.append("gold_to_records failed:\n" + conv.stderr)
    res = subprocess.run([sys.executable, SCORE, "modern", "--gold", os.path.join(ROOT, "gold"),
                          "--pred", out, "--per-doc"], capture_output=True, text=True)
    print(res.stdout)
    not_ok = [l for l in res.stdout.splitlines() if re.match(r"^w\d+: ", l) and "all correct" not in l]
    errors.extend(f"score: {l}" for l in not_ok)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else ""
    if last != "overall F1 1.000":
        errors.append(f"score.py did not give 1.000: {last!r} {res.stderr}")
    print(f"{len(golds)} gold files, {ndates} weekday+date mentions checked")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("SELF-CHECK PASSED: overall F1 1.000")


if __name__ == "__main__":
    main()
