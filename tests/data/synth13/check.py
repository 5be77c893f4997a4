#!/usr/bin/env python3
"""Self-check for this evaluation set.  Run from anywhere:  python3 check.py

 1. gold/N.txt with all tags removed equals text/N.txt byte for byte; tags well formed.
 2. every document that states a time has at least one <stime> tag; every <stime>/<etime>
    value parses as a time under score.py's rules; all <stime> (and all <etime>) mentions
    of a document agree with each other; all <speaker> mentions share a surname.
 3. weekday names next to dates in the text agree with the calendar.
 4. round trip: records built from the first tagged mention of each field score
    overall F1 1.000 with /work/shared/eval/score.py sa.
Exit status 0 when everything passes.
"""
import datetime, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
SLOTS = ("speaker", "location", "stime", "etime")
ALL_TAGS = re.compile(r"</?(speaker|location|stime|etime|paragraph|sentence)>")

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

errors = []
def err(msg):
    errors.append(msg)
    print("FAIL", msg)

def stems(d):
    return sorted((os.path.splitext(f)[0] for f in os.listdir(d) if f.endswith(".txt")),
                  key=lambda s: (len(s), s))

gold_dir, text_dir = os.path.join(HERE, "gold"), os.path.join(HERE, "text")
gs, ts = stems(gold_dir), stems(text_dir)
if gs != ts:
    err(f"gold/ and text/ hold different files: {sorted(set(gs) ^ set(ts))}")
if gs != [str(i) for i in range(len(gs))]:
    err("files are not named 0.txt .. N-1.txt")

TIME_LIKE = re.compile(r"\b\d{1,2}(:\d\d)?\s*([ap]\.?\s?m\b\.?)|\b\d{1,2}:\d\d\b|\bnoon\b", re.I)
MONTHS = {m.lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
for k, v in list(MONTHS.items()):
    MONTHS[k[:3]] = v
    MONTHS["sept"] = 9
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
DATE_RE = re.compile(r"\b(Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+"
                     r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I)

def candidates(v):
    t = score.parse_time(v)
    if t is None:
        return set()
    h, m, certain = t
    hs = {h} if certain else {h % 12, h % 12 + 12}
    return {f"{x:02d}:{m:02d}" for x in hs}

def first_hhmm(vals):
    """An HH:MM that every mention accepts (None if the mentions disagree or none)."""
    common = None
    for v in vals:
        c = candidates(v)
        common = c if common is None else common & c
    return max(common) if common else None

docs = {}
for s in gs:
    with open(os.path.join(gold_dir, s + ".txt"), "rb") as fh:
        graw = fh.read()
    text_path = os.path.join(text_dir, s + ".txt")
    if not os.path.exists(text_path):
        continue
    with open(text_path, "rb") as fh:
        traw = fh.read()
    gold = graw.decode("utf-8")
    # (1) stripping tags gives the text exactly
    if ALL_TAGS.sub("", gold).encode("utf-8") != traw:
        err(f"{s}: gold minus tags differs from text")
    for tag in SLOTS:
        opens = len(re.findall(rf"<{tag}>", gold)); closes = len(re.findall(rf"</{tag}>", gold))
        if opens != closes:
            err(f"{s}: {opens} <{tag}> vs {closes} </{tag}>")
        for v in re.findall(rf"<{tag}>(.*?)</{tag}>", gold, re.S):
            if f"<{tag}>" in v:
                err(f"{s}: nested <{tag}>")
    g = score.sa_gold(gold)
    docs[s] = g
    text = traw.decode("utf-8")
    # (2) times
    lines = text.split("\n")
    timed = [l for l in lines[1:] if not l.startswith("PostedBy:") and TIME_LIKE.search(l)]
    if timed and not g["stime"]:
        err(f"{s}: text gives a time but no <stime> is tagged")
    if not g["speaker"]:
        err(f"{s}: no <speaker> tagged")
    if not g["location"]:
        err(f"{s}: no <location> tagged")
    for tag in ("stime", "etime"):
        vals = g[tag]
        for v in vals:
            if score.parse_time(v) is None:
                err(f"{s}: <{tag}>{v}</{tag}> does not parse as a time")
        if vals and not first_hhmm(vals):
            err(f"{s}: <{tag}> mentions disagree: {vals}")
    surnames = {score.norm_name(v).split()[-1] for v in g["speaker"] if score.norm_name(v)}
    if len(surnames) > 1:
        err(f"{s}: <speaker> mentions name different people: {g['speaker']}")
    for v in g["speaker"]:
        if not score.norm_name(v):
            err(f"{s}: empty speaker name after normalization: {v!r}")
    # (3) weekdays
    dm = re.search(r"^Dates:\s+(\d{1,2})-([A-Za-z]{3})-(\d{2})", text, re.M)
    year = 1900 + int(dm.group(3)) if dm else None
    if dm:
        try:
            datetime.date(year, MONTHS[dm.group(2).lower()], int(dm.group(1)))
        except Exception:
            err(f"{s}: bad Dates: header")
    for m in DATE_RE.finditer(text):
        mon = MONTHS.get(m.group(2).lower().rstrip("."))
        if not mon:
            continue
        y = int(m.group(4)) if m.group(4) else year
        try:
            wd = datetime.date(y, mon, int(m.group(3))).weekday()
        except ValueError:
            err(f"{s}: impossible date {m.group(0)!r}")
            continue
        if not WEEKDAYS[wd].startswith(m.group(1).lower()[:3]):
            err(f"{s}: {m.group(0)!r} is a {WEEKDAYS[wd].title()}")

# (4) round trip through score.py
with tempfile.TemporaryDirectory() as pred:
    for s, g in docs.items():
        rec = {"source": {"path": f"text/{s}.txt"},
               "event": {"when": {}, "location": {}},
               "talks": [{"speakers": []}]}
        if g["speaker"]:
            rec["talks"][0]["speakers"].append({"name": g["speaker"][0]})
        if g["location"]:
            rec["event"]["location"]["text"] = g["location"][0]
        st, et = first_hhmm(g["stime"]), first_hhmm(g["etime"])
        if st:
            rec["event"]["when"]["start_time"] = st
        if et:
            rec["event"]["when"]["end_time"] = et
        with open(os.path.join(pred, s + ".json"), "w") as fh:
            json.dump(rec, fh)
    out = subprocess.run([sys.executable, SCORE, "sa", "--gold", gold_dir, "--pred", pred],
                         capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0 or not out.stdout.strip().endswith("overall F1 1.000"):
        err("round trip through score.py does not give overall F1 1.000")
        print(out.stderr, end="")

n = len(docs)
print(f"{n} documents; " + ("all checks passed" if not errors else f"{len(errors)} problem(s)"))
sys.exit(1 if errors else 0)
