#!/bin/sh
# regenerate gold/*.json from tools/specs/*.py (all, or the ids given)
cd "$(dirname "$0")"
ids="$*"; [ -z "$ids" ] && ids=$(ls specs | sed 's/\.py$//')
for i in $ids; do PYTHONPATH=. python3 specs/$i.py || echo "FAILED $i"; done
python3 validate.py $*
