#!/usr/bin/env python3
"""Build gold/<stem>.json from the compact specs in tools/spec/<stem>.json.

A spec holds only what differs from the defaults:

  {"format": "email", "notes": "...",
   "event": {"series": "...", "date": "2025-03-04", ...},          # missing keys -> null
   "talks": [{"title": "...",
              "speakers": [{"name": "...", "affiliation": "...", "bio": ["starts", "ends"]}],
              "abstract": ["starts", "ends"],                        # or null / missing
              "date": null, "start_time": null, "end_time": null}]}

The script fills every key of the modern-dev gold format (GOLD-FORMAT.md), adds the
`source` block (repo "synthetic/synth7", commit = SHA-1 of the text bytes, path
"text/<file>", transform "none"), and checks that every verbatim string occurs in the
text (whitespace collapsed; markup-insensitive fallback). Problems are printed; the exit
status is 1 if there are any.

usage: python3 tools/make_gold.py [stem ...]     (default: every spec)
"""
import hashlib, html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "tools", "spec")
TEXT = os.path.join(ROOT, "text")
GOLD = os.path.join(ROOT, "gold")

EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time",
              "timezone", "location", "attendance"]


def collapse(s):
    return " ".join(s.split())


def loose(s):
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def span(pair):
    if pair is None:
        return None
    starts, ends = pair
    return {"starts": starts, "ends": ends}


def text_file(stem):
    for f in os.listdir(TEXT):
        if os.path.splitext(f)[0] == stem:
            return f
    raise SystemExit(f"no text for {stem}")


def build(stem):
    with open(os.path.join(SPEC, stem + ".json"), encoding="utf-8") as fh:
        spec = json.load(fh)
    tf = text_file(stem)
    with open(os.path.join(TEXT, tf), "rb") as fh:
        raw = fh.read()
    ev = spec.get("event") or {}
    unknown = set(ev) - set(EVENT_KEYS)
    if unknown:
        raise SystemExit(f"{stem}: unknown event keys {unknown}")
    gold = {
        "id": stem,
        "source": {"repo": "synthetic/synth7", "commit": hashlib.sha1(raw).hexdigest(),
                   "path": "text/" + tf, "transform": "none"},
        "format": spec["format"],
        "notes": spec["notes"],
        "event": {k: ev.get(k) for k in EVENT_KEYS},
        "talks": [],
    }
    for t in spec["talks"]:
        gold["talks"].append({
            "title": t.get("title"),
            "speakers": [{"name": s["name"], "affiliation": s.get("affiliation"),
                          "bio": span(s.get("bio"))} for s in t["speakers"]],
            "abstract": span(t.get("abstract")),
            "date": t.get("date"), "start_time": t.get("start_time"), "end_time": t.get("end_time"),
        })
    return gold, raw.decode("utf-8")


def verbatim_problems(gold, text):
    """Every string copied from the text must be found in it."""
    probs = []
    detagged = html.unescape(re.sub(r"<[^>]+>", " ", text))   # html residue: tags out, entities decoded
    flats = [collapse(text), collapse(detagged)]
    loosed = [loose(text), loose(detagged)]

    def need(label, s):
        if s is None:
            return
        if any(collapse(s) in f for f in flats) or any(loose(s) in f for f in loosed):
            return
        probs.append(f"{label} not found in text: {s!r}")

    ev = gold["event"]
    for k in ("title", "series", "location"):
        need("event." + k, ev[k])
    for i, t in enumerate(gold["talks"]):
        need(f"talks[{i}].title", t["title"])
        for p in ("abstract",):
            if t[p]:
                need(f"talks[{i}].{p}.starts", t[p]["starts"])
                need(f"talks[{i}].{p}.ends", t[p]["ends"])
        for j, s in enumerate(t["speakers"]):
            need(f"talks[{i}].speakers[{j}].name", s["name"])
            need(f"talks[{i}].speakers[{j}].affiliation", s["affiliation"])
            if s["bio"]:
                need(f"talks[{i}].speakers[{j}].bio.starts", s["bio"]["starts"])
                need(f"talks[{i}].speakers[{j}].bio.ends", s["bio"]["ends"])
    for i, t in enumerate(gold["talks"]):
        for obj, lab in [(t["abstract"], "abstract")] + [(s["bio"], "bio") for s in t["speakers"]]:
            if obj:
                for k in ("starts", "ends"):
                    n = len(obj[k].split())
                    if not 6 <= n <= 10:
                        probs.append(f"talks[{i}].{lab}.{k} has {n} words (want 6-10)")
    return probs


def main(argv):
    stems = argv or sorted(os.path.splitext(f)[0] for f in os.listdir(SPEC) if f.endswith(".json"))
    os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for stem in stems:
        gold, text = build(stem)
        for p in verbatim_problems(gold, text):
            print(f"{stem}: {p}")
            bad += 1
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"wrote {len(stems)} gold files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
