#!/usr/bin/env bash
# Whole-batch benchmark: builds a large corpus by repeating the development
# corpora (or the fixtures), runs `herald extract` on it with 1 and 2 threads,
# and prints MB/s, documents/s and peak RSS.
#
#   scripts/bench-batch.sh [SIZE_MB] [WORKDIR]
#
# SIZE_MB defaults to 200; WORKDIR (default: target/bench-corpus) is reused
# when it already holds a corpus of that size. Needs /usr/bin/time (GNU).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-200}
work=${2:-target/bench-corpus}
src=(../shared/corpus/sa-train/text ../shared/corpus/modern-dev/text)
[ -d "${src[0]}" ] || src=(fixtures)
corpus="$work/$size_mb"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"; mkdir -p "$corpus"
  target=$((size_mb * 1000000)); total=0; i=0
  files=$(find "${src[@]}" -type f | sort)
  while [ "$total" -lt "$target" ]; do
    d="$corpus/$(printf %05d $i)"; mkdir -p "$d"
    for f in $files; do cp "$f" "$d/"; done
    total=$((total + $(du -sb "$d" | cut -f1) - 4096)); i=$((i + 1))
  done
  touch "$corpus/.done"
fi
cargo build --release --quiet
bytes=$(find "$corpus" -type f ! -name .done -printf '%s\n' | awk '{s+=$1} END {print s}')
docs=$(find "$corpus" -type f ! -name .done | wc -l)
echo "corpus: $docs documents, $bytes bytes in $corpus"
for jobs in 1 2; do
  out=$( { /usr/bin/time -v ./target/release/herald extract "$corpus" --jsonl /dev/null --jobs "$jobs" --quiet; } 2>&1 )
  secs=$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(echo "$out" | awk -F': ' '/Maximum resident set size/ {print $2}')
  user=$(echo "$out" | awk -F': ' '/User time \(seconds\)/ {print $2}')
  # wall-clock MB/s, and MB per CPU-second (user time), which a shared,
  # noisy machine disturbs less
  awk -v b="$bytes" -v d="$docs" -v s="$secs" -v r="$rss" -v j="$jobs" -v u="$user" \
    'BEGIN { printf "jobs %d: %.2f s  %.1f MB/s  %.0f docs/s  peak RSS %.1f MB  (user %.2f s, %.1f MB per CPU-second)\n", j, s, b/1e6/s, d/s, r/1024, u, b/1e6/u }'
done
