#!/usr/bin/env python3
"""Authoring checks on the gold: starts/ends verbatim in the text (whitespace collapsed, markup
stripped lightly) with 6-10 words, names/titles/locations/affiliations present in the text,
dates valid, times HH:MM."""
import json, os, re, sys, datetime, html

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def flat(s):
    s = html.unescape(s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"[*_`\\]", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def loose(s):
    return " ".join(re.sub(r"[^\w\s]", " ", html.unescape(s).lower()).split())

def main(ids):
    bad = 0
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        stem = f[:-5]
        if ids and stem not in ids:
            continue
        g = json.load(open(os.path.join(ROOT, "gold", f)))
        text = open(os.path.join(ROOT, g["source"]["path"]), encoding="utf-8").read()
        ft, lt = flat(text), loose(re.sub(r"<[^>]+>", " ", text))
        probs = []
        def need(s, what, n=True):
            if s is None:
                return
            if loose(s) not in lt:
                probs.append(f"{what} not in text: {s!r}")
            if n and not (6 <= len(s.split()) <= 10):
                probs.append(f"{what} has {len(s.split())} words: {s!r}")
        def dt(d, what):
            if d is None: return
            try: datetime.date.fromisoformat(d)
            except Exception: probs.append(f"bad date {what} {d}")
        def tm(t, what):
            if t is None: return
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", t): probs.append(f"bad time {what} {t}")
        e = g["event"]
        dt(e["date"], "event"); dt(e["end_date"], "event end")
        tm(e["start_time"], "ev start"); tm(e["end_time"], "ev end")
        for k in ("title", "series", "location"):
            need(e[k], "event." + k, False)
        assert e["attendance"] in (None, "online", "in_person", "hybrid")
        for i, t in enumerate(g["talks"]):
            need(t["title"], f"talk{i}.title", False)
            if t["abstract"]:
                need(t["abstract"]["starts"], f"talk{i}.abstract.starts"); need(t["abstract"]["ends"], f"talk{i}.abstract.ends")
            dt(t["date"], f"talk{i}"); tm(t["start_time"], f"talk{i} start"); tm(t["end_time"], f"talk{i} end")
            for s in t["speakers"]:
                need(s["name"], "speaker", False); need(s["affiliation"], "affiliation", False)
                if s["bio"]:
                    need(s["bio"]["starts"], f"bio {s['name']} starts"); need(s["bio"]["ends"], f"bio {s['name']} ends")
        for p in probs:
            print(stem, p)
        bad += len(probs)
    print("problems:", bad)
    return bad

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
