#!/usr/bin/env python3
"""Loads a `herald extract --format csv` file with pandas and DuckDB, both
without options, and checks that they read the same table: the header row as
column names, one row per CSV record, every cell as written.

usage: csv-load-check.py FILE.csv   (needs pandas and duckdb; not part of CI)
"""
import csv
import sys

import duckdb
import pandas as pd

path = sys.argv[1]
with open(path, newline="", encoding="utf-8") as fh:
    raw = fh.read()
assert not raw.startswith("\ufeff"), "byte-order mark"
rows = list(csv.reader(raw.splitlines(keepends=True)))
header, body = rows[0], rows[1:]

df = pd.read_csv(path)
assert list(df.columns) == header, (list(df.columns), header)
assert len(df) == len(body), (len(df), len(body))

db = duckdb.read_csv(path)
assert db.columns == header, (db.columns, header)
fetched = db.fetchall()
assert len(fetched) == len(body), (len(fetched), len(body))


def same(cell, text):
    """A typed cell equals the written text (empty text = missing)."""
    if text == "":
        return cell is None or cell != cell  # None or NaN
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    s = str(cell)
    if hasattr(cell, "strftime"):
        s = cell.isoformat()
        if len(text) == 5 and s.endswith(":00"):  # HH:MM read as a time
            s = s[:5]
    return s == text


for name, table in (("pandas", df.itertuples(index=False)), ("duckdb", fetched)):
    for i, (got, want) in enumerate(zip(table, body)):
        for col, g, w in zip(header, got, want):
            assert same(g, w), f"{name}: row {i} {col}: {g!r} != {w!r}"
print(f"{path}: pandas and duckdb read {len(body)} rows x {len(header)} columns as written")
