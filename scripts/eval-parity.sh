#!/usr/bin/env bash
# Rust `herald eval` vs. Python score.py on the full development corpora:
# extracts both corpora, scores them with both scorers (--per-doc), and
# fails on any difference in what they print. Needs ../shared and python3;
# not part of CI (the committed test tests/eval.rs covers a sample).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet
herald=target/release/herald
status=0
for kind in sa modern; do
  case $kind in
    sa) corpus=$shared/corpus/sa-train ;;
    modern) corpus=$shared/corpus/modern-dev ;;
  esac
  "$herald" extract "$corpus/text" -o "$out/$kind" --quiet
  "$herald" extract "$corpus/text" --jsonl "$out/$kind.jsonl" --quiet
  for pred in "$out/$kind" "$out/$kind.jsonl"; do
    python3 "$shared/eval/score.py" "$kind" --gold "$corpus/gold" --pred "$pred" --per-doc >"$out/py.txt"
    "$herald" eval "$kind" --gold "$corpus/gold" --pred "$pred" --per-doc >"$out/rs.txt"
    if diff -u "$out/py.txt" "$out/rs.txt"; then
      echo "$kind ($(basename "$pred")): same output, $(tail -1 "$out/rs.txt")"
    else
      echo "$kind ($(basename "$pred")): the scorers differ" >&2
      status=1
    fi
  done
done
exit $status
