#!/usr/bin/env python3
"""Consistency checks for the synth23 held-out set (text/ + gold/).

usage: python3 check.py            (paths are relative to this file)

1. gold structure: keys, types and normalisation exactly as GOLD-FORMAT.md describes;
2. copied strings (titles, series, location, timezone, names, affiliations,
   abstract/bio starts+ends) occur in the document text (loose match: case,
   punctuation, markup and whitespace ignored; HTML tags stripped, entities decoded);
3. every weekday written next to a date (English, German, French, Swedish) agrees
   with the calendar; a missing year is taken from the gold event date;
4. self-score: each gold file is turned into the record a perfect tool would write
   (SCHEMA.md shape) in a temporary directory, and score.py (modern mode) must
   report overall F1 1.000.
Exit status 0 only when everything passes.
"""
import datetime as dt
import hashlib
import html
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SCORE = Path(__file__).resolve().parents[4] / 'shared/eval/score.py'
HERE = Path(__file__).resolve().parent
TEXT = HERE / 'text'
GOLD = HERE / 'gold'

FORMAT_BY_EXT = {'.eml': 'email', '.txt': 'text', '.rst': 'text', '.md': 'markdown', '.html': 'html-text'}
SCHEMA_FORMAT = {'email': 'email', 'text': 'text', 'markdown': 'markdown', 'html-text': 'html'}
LANG = {'z17': 'French', 'z18': 'Swedish', 'z23': 'German'}      # others: English
DMY_SLASH = {'z16'}                                               # numeric d/m/y with slashes
ATTENDANCE = {None, 'online', 'in_person', 'hybrid'}

errors, infos = [], []

def err(stem, msg):
    errors.append(f'{stem}: {msg}')

# ------------------------------------------------------------------ score.py helpers
def load_score():
    spec = importlib.util.spec_from_file_location('score', SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

SC = load_score()
norm_loose = SC.norm_loose

# ------------------------------------------------------------------ text
def visible_text(path):
    raw = path.read_text(encoding='utf-8')
    if path.suffix == '.html':
        t = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        t = re.sub(r'(?s)<!--.*?-->', ' ', t)
        t = re.sub(r'(?is)</?(?:a|b|i|u|em|strong|span|small|sup|sub|abbr|code)\b[^>]*>', '', t)  # inline
        t = re.sub(r'(?s)<[^>]+>', '\n', t)                                                      # block
        return html.unescape(t)
    return raw

def ws(s):
    return ' '.join(s.split())

# ------------------------------------------------------------------ 1. structure
TOP = ['id', 'source', 'format', 'notes', 'event', 'talks']
SOURCE = ['repo', 'commit', 'path', 'transform']
EVENT = ['title', 'series', 'date', 'end_date', 'start_time', 'end_time', 'timezone', 'location', 'attendance']
TALK = ['title', 'speakers', 'abstract', 'date', 'start_time', 'end_time']
SPEAKER = ['name', 'affiliation', 'bio']
HONORIFIC_RE = re.compile(r'^(dr|prof|professor|mr|mrs|ms|miss|sir|dame|lic|dipl|pd|mme|m|herr|frau|docent)\b\.?', re.I)
POSTNOM_RE = re.compile(r',?\s+(phd|ph\.d\.|md|mph|frs|m\.a\.|ma|msc|jr\.?|sr\.?)$', re.I)
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
TIME_RE = re.compile(r'^([01]\d|2[0-3]):[0-5]\d$')

def check_str(stem, where, v, nullable=True):
    if v is None:
        if not nullable:
            err(stem, f'{where} must not be null')
        return
    if not isinstance(v, str):
        err(stem, f'{where} must be a string or null, got {type(v).__name__}')
        return
    if v != v.strip() or '  ' in v or '\n' in v or v == '':
        err(stem, f'{where} not trimmed/collapsed: {v!r}')

def check_date(stem, where, v):
    check_str(stem, where, v)
    if isinstance(v, str):
        if not DATE_RE.match(v):
            err(stem, f'{where} not YYYY-MM-DD: {v!r}')
        else:
            try:
                dt.date.fromisoformat(v)
            except ValueError:
                err(stem, f'{where} invalid date {v!r}')

def check_time(stem, where, v):
    check_str(stem, where, v)
    if isinstance(v, str) and not TIME_RE.match(v):
        err(stem, f'{where} not HH:MM 24-hour: {v!r}')

def check_keys(stem, where, d, keys):
    if not isinstance(d, dict):
        err(stem, f'{where} must be an object')
        return False
    if list(d.keys()) != keys:
        if set(d.keys()) != set(keys):
            err(stem, f'{where} keys {sorted(d.keys())} != {sorted(keys)}')
            return False
    return True

def check_span(stem, where, v):
    if v is None:
        return
    if not check_keys(stem, where, v, ['starts', 'ends']):
        return
    for k in ('starts', 'ends'):
        check_str(stem, f'{where}.{k}', v[k], nullable=False)
        if isinstance(v[k], str):
            n = len(v[k].split())
            if not 6 <= n <= 10:
                err(stem, f'{where}.{k} has {n} words (want 6-10): {v[k]!r}')

def check_structure(stem, g, text_path):
    if not check_keys(stem, 'top', g, TOP):
        return False
    if g['id'] != stem:
        err(stem, f'id {g["id"]!r} != file stem')
    if check_keys(stem, 'source', g['source'], SOURCE):
        s = g['source']
        if s['path'] != text_path.name:
            err(stem, f'source.path {s["path"]!r} != {text_path.name!r}')
        if not (isinstance(s['commit'], str) and re.fullmatch(r'[0-9a-f]{40}', s['commit'])):
            err(stem, 'source.commit must be 40 hex digits')
        if s['transform'] not in ('none', 'strip-front-matter'):
            err(stem, f'source.transform {s["transform"]!r}')
        check_str(stem, 'source.repo', s['repo'], nullable=False)
    if g['format'] != FORMAT_BY_EXT.get(text_path.suffix):
        err(stem, f'format {g["format"]!r} does not fit extension {text_path.suffix}')
    check_str(stem, 'notes', g['notes'], nullable=False)
    ev = g['event']
    if check_keys(stem, 'event', ev, EVENT):
        for k in ('title', 'series', 'timezone', 'location'):
            check_str(stem, f'event.{k}', ev[k])
        for k in ('date', 'end_date'):
            check_date(stem, f'event.{k}', ev[k])
        for k in ('start_time', 'end_time'):
            check_time(stem, f'event.{k}', ev[k])
        if ev['attendance'] not in ATTENDANCE:
            err(stem, f'event.attendance {ev["attendance"]!r}')
        if ev['end_date'] and (not ev['date'] or ev['end_date'] <= ev['date']):
            err(stem, 'event.end_date must come after event.date')
        if ev['start_time'] and ev['end_time'] and not ev['end_date'] and ev['end_time'] <= ev['start_time']:
            err(stem, 'event.end_time not after start_time')
        if ev['end_time'] and not ev['start_time']:
            err(stem, 'event.end_time without start_time')
    talks = g['talks']
    if not isinstance(talks, list) or not talks:
        err(stem, 'talks must be a non-empty list')
        return False
    for i, t in enumerate(talks):
        w = f'talks[{i}]'
        if not check_keys(stem, w, t, TALK):
            continue
        check_str(stem, f'{w}.title', t['title'])
        check_date(stem, f'{w}.date', t['date'])
        check_time(stem, f'{w}.start_time', t['start_time'])
        check_time(stem, f'{w}.end_time', t['end_time'])
        check_span(stem, f'{w}.abstract', t['abstract'])
        if len(talks) == 1 and any(t[k] for k in ('date', 'start_time', 'end_time')):
            err(stem, f'{w}: a lone talk carries no own date/time')
        if t['date'] and ev.get('date'):
            last = ev.get('end_date') or ev['date']
            if not ev['date'] <= t['date'] <= last:
                err(stem, f'{w}.date {t["date"]} outside the event {ev["date"]}..{last}')
        if t['start_time'] and t['end_time'] and t['end_time'] <= t['start_time']:
            err(stem, f'{w}.end_time not after start_time')
        if not isinstance(t['speakers'], list) or not t['speakers']:
            err(stem, f'{w}.speakers must be a non-empty list')
            continue
        names = [sp.get('name') for sp in t['speakers'] if isinstance(sp, dict)]
        if len(set(names)) != len(names):
            err(stem, f'{w}: duplicate speaker names')
        for j, sp in enumerate(t['speakers']):
            sw = f'{w}.speakers[{j}]'
            if not check_keys(stem, sw, sp, SPEAKER):
                continue
            check_str(stem, f'{sw}.name', sp['name'], nullable=False)
            check_str(stem, f'{sw}.affiliation', sp['affiliation'])
            check_span(stem, f'{sw}.bio', sp['bio'])
            if isinstance(sp['name'], str):
                if HONORIFIC_RE.match(sp['name']) and not re.match(r'^[A-Z]\.', sp['name']):
                    err(stem, f'{sw}.name keeps an honorific: {sp["name"]!r}')
                if POSTNOM_RE.search(sp['name']):
                    err(stem, f'{sw}.name keeps a post-nominal: {sp["name"]!r}')
    return True

# ------------------------------------------------------------------ 2. copied strings
def copied_strings(g):
    ev = g['event']
    for k in ('title', 'series', 'location', 'timezone'):
        if ev[k]:
            yield f'event.{k}', ev[k]
    for i, t in enumerate(g['talks']):
        if t['title']:
            yield f'talks[{i}].title', t['title']
        if t['abstract']:
            yield f'talks[{i}].abstract.starts', t['abstract']['starts']
            yield f'talks[{i}].abstract.ends', t['abstract']['ends']
        for j, sp in enumerate(t['speakers']):
            yield f'talks[{i}].speakers[{j}].name', sp['name']
            if sp['affiliation']:
                yield f'talks[{i}].speakers[{j}].affiliation', sp['affiliation']
            if sp['bio']:
                yield f'talks[{i}].speakers[{j}].bio.starts', sp['bio']['starts']
                yield f'talks[{i}].speakers[{j}].bio.ends', sp['bio']['ends']

def long_value(stem, where, span, loose_text):
    """The full paragraph text a perfect tool would extract, from starts to ends."""
    a, b = norm_loose(span['starts']), norm_loose(span['ends'])
    i = loose_text.find(a)
    if i < 0:
        err(stem, f'{where}: starts not found')
        return None
    j = loose_text.find(b, i)
    if j < 0:
        err(stem, f'{where}: ends not found after starts')
        return None
    if loose_text.count(a) > 1:
        infos.append(f'{stem}: {where}: starts occurs more than once')
    val = loose_text[i:j + len(b)]
    if len(val) > 4000:
        err(stem, f'{where}: span from starts to ends is {len(val)} chars (suspicious)')
    return val

def check_copies(stem, g, vis):
    loose = norm_loose(vis)
    flat = ws(vis)
    exact = total = 0
    for where, v in copied_strings(g):
        total += 1
        if norm_loose(v) and norm_loose(v) in loose:
            if ws(v) in flat:
                exact += 1
            else:
                infos.append(f'{stem}: {where} matches only loosely (markup/punctuation): {v!r}')
        else:
            err(stem, f'{where} not found in text: {v!r}')
    return exact, total

# ------------------------------------------------------------------ 3. weekdays
WEEKDAYS = {
    # English
    'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4, 'saturday': 5, 'sunday': 6,
    'mon': 0, 'tue': 1, 'tues': 1, 'wed': 2, 'thu': 3, 'thur': 3, 'thurs': 3, 'fri': 4, 'sat': 5, 'sun': 6,
    # German
    'montag': 0, 'dienstag': 1, 'mittwoch': 2, 'donnerstag': 3, 'freitag': 4, 'samstag': 5,
    'sonnabend': 5, 'sonntag': 6,
    # French
    'lundi': 0, 'mardi': 1, 'mercredi': 2, 'jeudi': 3, 'vendredi': 4, 'samedi': 5, 'dimanche': 6,
    # Swedish
    'måndag': 0, 'tisdag': 1, 'onsdag': 2, 'torsdag': 3, 'fredag': 4, 'lördag': 5, 'söndag': 6,
}
MONTHS = {
    'january': 1, 'february': 2, 'march': 3, 'april': 4, 'may': 5, 'june': 6, 'july': 7,
    'august': 8, 'september': 9, 'october': 10, 'november': 11, 'december': 12,
    'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9,
    'oct': 10, 'nov': 11, 'dec': 12,
    'januar': 1, 'jänner': 1, 'februar': 2, 'märz': 3, 'mai': 5, 'juni': 6, 'juli': 7,
    'oktober': 10, 'dezember': 12,
    'janvier': 1, 'février': 2, 'mars': 3, 'avril': 4, 'juin': 6, 'juillet': 7, 'août': 8,
    'septembre': 9, 'octobre': 10, 'novembre': 11, 'décembre': 12,
    'januari': 1, 'februari': 2, 'maj': 5, 'augusti': 8,
}
def alt(words):
    return '|'.join(sorted((re.escape(w) for w in words), key=len, reverse=True))
WD_RE = re.compile(rf'(?<![\w-])(?P<wd>{alt(WEEKDAYS)})(?![\w-])\.?', re.I)
MON = rf'(?P<mon>{alt(MONTHS)})(?!\w)\.?'
LEAD_RE = re.compile(r'^[\s,.(|·:\-\u2013\u2014]*(?:(?:the|den|le)\s+)?', re.I)
PATTERNS = [
    ('mdy', re.compile(rf'^{MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?', re.I)),
    ('dmy', re.compile(rf'^(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?{MON}(?:,?\s+(?P<y>\d{{4}})(?!\d))?', re.I)),
    ('d-mon-y', re.compile(rf'^(?P<d>\d{{1,2}})-{MON}-(?P<y>\d{{2,4}})(?!\d)', re.I)),
    ('iso', re.compile(r'^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)')),
    ('dots', re.compile(r'^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4})(?!\d)')),
    ('slash', re.compile(r'^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2,4})(?!\d)')),
]

def full_year(y):
    y = int(y)
    if y < 100:
        y += 1900 if y >= 50 else 2000
    return y

def resolve(stem, kind, m, anchor):
    gd = m.groupdict()
    if kind == 'slash':
        a, b = int(gd['a']), int(gd['b'])
        mo, d = (b, a) if stem in DMY_SLASH else (a, b)
    else:
        mo = MONTHS[gd['mon'].lower()] if gd.get('mon') else int(gd['m'])
        d = int(gd['d'])
    if gd.get('y'):
        return dt.date(full_year(gd['y']), mo, d), False
    if anchor is None:
        return None, True
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(dt.date(y, mo, d))
        except ValueError:
            pass
    return min(cands, key=lambda c: abs((c - anchor).days)), True

def check_weekdays(stem, g, vis):
    anchor = dt.date.fromisoformat(g['event']['date']) if g['event']['date'] else None
    ok = unparsed = 0
    hm = re.search(r'(?m)^Date:\s+\w{3}, (\d{1,2}) (\w{3}) (\d{4})', vis)
    posted = dt.date(int(hm.group(3)), MONTHS[hm.group(2).lower()], int(hm.group(1))) if hm else None
    for m in WD_RE.finditer(vis):
        wd = WEEKDAYS[m.group('wd').lower()]
        rest = vis[m.end():m.end() + 60]
        rest = rest[LEAD_RE.match(rest).end():]
        for kind, pat in PATTERNS:
            pm = pat.match(rest)
            if pm:
                try:
                    date, inferred = resolve(stem, kind, pm, anchor)
                except (ValueError, KeyError) as e:
                    err(stem, f'bad date after {m.group(0)!r}: {rest[:25]!r} ({e})')
                    break
                if date is None:
                    infos.append(f'{stem}: no year for {m.group(0)} {pm.group(0)!r}')
                elif date.weekday() != wd:
                    err(stem, f'weekday {m.group(0)!r} does not match {pm.group(0).strip()!r} = '
                              f'{date.isoformat()} ({date.strftime("%A")})')
                else:
                    ok += 1
                break
        else:
            near = vis[max(0, m.start() - 12):m.end() + 12].lower()
            if 'today' in near and posted:
                if posted.weekday() != wd:
                    err(stem, f'{m.group(0)!r} next to "today" but the Date: header is {posted:%A}')
                else:
                    ok += 1
                continue
            unparsed += 1
            infos.append(f'{stem}: weekday without a date: {ws(vis[m.start():m.end() + 25])!r}')
    return ok, unparsed

# ------------------------------------------------------------------ 4. self-score
def to_record(stem, g, text_path, vis):
    raw = text_path.read_bytes()
    loose = norm_loose(vis)
    ev = g['event']
    def when(date, end_date, st, en, tz):
        return {'date': date, 'end_date': end_date, 'start_time': st, 'end_time': en, 'timezone': tz,
                'start': (f'{date}T{st}' if st else date) if date else None,
                'end': (f'{end_date or date}T{en}' if en else end_date) if (date and (en or end_date)) else None,
                'start_utc': None, 'text': None}
    talks = []
    multi = len(g['talks']) > 1
    for i, t in enumerate(g['talks']):
        speakers = []
        for j, sp in enumerate(t['speakers']):
            bio = long_value(stem, f'talks[{i}].speakers[{j}].bio', sp['bio'], loose) if sp['bio'] else None
            speakers.append({'name': sp['name'], 'honorific': None, 'position': None,
                             'affiliation': sp['affiliation'], 'bio': bio, 'email': None, 'url': None})
        abstract = long_value(stem, f'talks[{i}].abstract', t['abstract'], loose) if t['abstract'] else None
        tw = when(t['date'], None, t['start_time'], t['end_time'], None) \
            if multi and (t['date'] or t['start_time']) else None
        talks.append({'title': t['title'], 'kind': None, 'when': tw, 'speakers': speakers, 'hosts': [],
                      'abstract': abstract, 'references': []})
    return {
        'schema_version': 1,
        'source': {'path': f'text/{text_path.name}', 'part': None, 'sha256': hashlib.sha256(raw).hexdigest(),
                   'bytes': len(raw), 'format': SCHEMA_FORMAT[g['format']]},
        'event': {'title': ev['title'], 'kind': None, 'series': ev['series'],
                  'when': when(ev['date'], ev['end_date'], ev['start_time'], ev['end_time'], ev['timezone']),
                  'location': {'text': ev['location'], 'room': None, 'building': None, 'institution': None,
                               'city': None, 'region': None, 'country': None},
                  'attendance': ev['attendance'], 'organizers': [],
                  'registration': {'required': None, 'url': None}, 'urls': []},
        'talks': talks,
        'warnings': [],
    }

def self_score(records):
    with tempfile.TemporaryDirectory(prefix='synth23-selfscore-') as tmp:
        for stem, rec in records.items():
            (Path(tmp) / f'{stem}.json').write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding='utf-8')
        r = subprocess.run([sys.executable, str(SCORE), 'modern', '--gold', str(GOLD), '--pred', tmp],
                           capture_output=True, text=True)
    out = r.stdout + r.stderr
    last = out.strip().splitlines()[-1] if out.strip() else ''
    return out, last

# ------------------------------------------------------------------ main
def era(year):
    return f'{year // 10 * 10}s'

def main():
    golds = sorted(GOLD.glob('*.json'))
    texts = {p.stem: p for p in TEXT.iterdir() if p.is_file()}
    gold_stems = {p.stem for p in golds}
    for s in sorted(set(texts) - gold_stems):
        err(s, 'text without gold')
    for s in sorted(gold_stems - set(texts)):
        err(s, 'gold without text')
    records, stats = {}, Counter()
    by = {k: Counter() for k in ('format', 'kind', 'era', 'language', 'attendance', 'timezone')}
    wd_ok = wd_unparsed = copies_exact = copies_total = 0
    for gp in golds:
        stem = gp.stem
        try:
            g = json.loads(gp.read_text(encoding='utf-8'))
        except json.JSONDecodeError as e:
            err(stem, f'invalid JSON: {e}')
            continue
        if stem not in texts:
            continue
        tp = texts[stem]
        if not check_structure(stem, g, tp):
            continue
        vis = visible_text(tp)
        e, t = check_copies(stem, g, vis)
        copies_exact += e; copies_total += t
        ok, un = check_weekdays(stem, g, vis)
        wd_ok += ok; wd_unparsed += un
        records[stem] = to_record(stem, g, tp, vis)
        # stats
        ev = g['event']
        n_talks = len(g['talks'])
        stats['documents'] += 1
        stats['talks'] += n_talks
        stats['speaker slots'] += sum(len(t['speakers']) for t in g['talks'])
        stats['abstracts'] += sum(1 for t in g['talks'] if t['abstract'])
        stats['bios'] += sum(1 for t in g['talks'] for s in t['speakers'] if s['bio'])
        by['format'][g['format']] += 1
        by['kind']['multi-talk' if n_talks > 1 else 'single-talk'] += 1
        by['era'][era(int(ev['date'][:4])) if ev['date'] else 'unknown'] += 1
        by['language'][LANG.get(stem, 'English')] += 1
        by['attendance'][str(ev['attendance'])] += 1
        by['timezone'][str(ev['timezone'])] += 1
        if ev['timezone']:
            z = ev['timezone'].strip().lower()
            known = SC.tz_offset(z) or z in SC.FIXED or any(z in fam for fam in SC.TZ_FAMILY.values())
            if not known:
                infos.append(f'{stem}: timezone {ev["timezone"]!r} is not a spelling score.py maps to a zone '
                             f'(a tool writing an IANA name scores a miss)')

    print('== summary')
    for k, v in stats.items():
        print(f'  {k:14} {v}')
    for k, c in by.items():
        print(f'  {k:14} ' + ', '.join(f'{a}={b}' for a, b in sorted(c.items())))
    print(f'  copied strings found: {copies_total} (verbatim after whitespace collapse: {copies_exact})')
    print(f'  weekday+date pairs checked: {wd_ok} (weekdays without a parsable date: {wd_unparsed})')
    if infos:
        print('== notes')
        for i in infos:
            print('  ' + i)
    if errors:
        print(f'== {len(errors)} ERRORS')
        for e in errors:
            print('  ' + e)
    print('== self-score (score.py modern, gold -> perfect records in a temporary directory)')
    out, last = self_score(records)
    print(out.rstrip())
    if last != 'overall F1 1.000':
        errors.append(f'self-score: expected "overall F1 1.000", got {last!r}')
        print('SELF-SCORE FAILED')
    print('== RESULT: ' + ('PASS' if not errors else f'FAIL ({len(errors)} errors)'))
    return 0 if not errors else 1

if __name__ == '__main__':
    sys.exit(main())
