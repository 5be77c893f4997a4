#!/usr/bin/env python3
"""Self-check of the synth9 gold: convert gold -> records, score them with the shared
score.py (modern), and require overall F1 1.000 with every field at P = R = 1. Also runs the
authoring checks (tools/validate.py) and checks each gold date's weekday against the text."""
import datetime, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(os.path.dirname(HERE), "shared", "eval", "score.py")
if not os.path.exists(SCORE):
    SCORE = "/work/shared/eval/score.py"

WEEKDAYS = {  # Monday first
    "en": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}

def weekday_check():
    probs = []
    for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
        g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8"))
        text = open(os.path.join(HERE, g["source"]["path"]), encoding="utf-8").read().lower()
        d = g["event"]["date"]
        if not d:
            continue
        wd = datetime.date.fromisoformat(d).weekday()
        right = [w[wd] for w in WEEKDAYS.values()]
        # the weekday of the event date must be named somewhere in the text
        if not any(re.search(r"\b" + re.escape(w), text) for w in right):
            probs.append(f"{f}: weekday of {d} ({right[0]}) not found in text")
    return probs

def main():
    rc = 0
    v = subprocess.run([sys.executable, os.path.join(HERE, "tools", "validate.py")], capture_output=True, text=True)
    print(v.stdout.strip())
    rc |= v.returncode
    for p in weekday_check():
        print("weekday:", p); rc = 1
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "tools", "gold_to_records.py"), "--out", tmp],
                       check=True)
        out = subprocess.run([sys.executable, SCORE, "modern", "--gold", os.path.join(HERE, "gold"),
                              "--pred", tmp, "--per-doc"], capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        print(out.stderr); return 1
    bad = [l for l in out.stdout.splitlines() if re.match(r"^z\d+:", l) and "all correct" not in l]
    f1 = re.search(r"overall F1 ([\d.]+)", out.stdout)
    ok = f1 and f1.group(1) == "1.000" and not bad and "missing" not in out.stdout
    print("SELF-CHECK", "PASSED" if ok and not rc else "FAILED")
    return 0 if ok and not rc else 1

if __name__ == "__main__":
    sys.exit(main())
