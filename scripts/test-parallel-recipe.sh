#!/usr/bin/env bash
# Tests the GNU parallel recipe of docs/scale.md: --pipepart splits a JSONL file into blocks at
# line ends, each block runs through `glaneur run -` with its own report, --keep-order keeps the
# records in input order; the output and the merged reports must equal one run (timings aside).
# Needs GNU parallel (Debian: apt-get install parallel). usage: scripts/test-parallel-recipe.sh [GLANEUR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
B=$(realpath "${1:-.build/release/glaneur}")
WORK=$(mktemp -d /tmp/glaneur-parallel.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
scripts/samples-as-records.py samples "$WORK/input.jsonl"
"$B" run "$WORK/input.jsonl" --report "$WORK/single.json" --quiet > "$WORK/single.jsonl" || [ $? -eq 1 ]

# The recipe (blocks of 2 kB here to get several jobs out of the small samples; use e.g. 32M).
mkdir -p "$WORK/reports"
parallel --will-cite --pipepart -a "$WORK/input.jsonl" --block 2k --recend '\n' --keep-order -j 2 \
  "$B" run - --jobs 1 --quiet --report "$WORK/reports/part-{#}.json" > "$WORK/parallel.jsonl" || [ $? -eq 1 ]
"$B" merge --reports -o "$WORK/parallel.json" "$WORK"/reports/part-*.json

python3 - "$WORK" <<'PY'
import json, os, sys
work = sys.argv[1]
def records(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    for row in rows: row.pop("timings_ms", None)
    return rows
def report(path):
    value = json.load(open(path, encoding="utf-8"))
    value.pop("run")
    value["sections"] = [s for s in value["sections"] if s["name"] != "timings"]
    return value
single, parallel = records(os.path.join(work, "single.jsonl")), records(os.path.join(work, "parallel.jsonl"))
assert parallel == single, "records differ (%d vs %d)" % (len(parallel), len(single))
assert report(os.path.join(work, "parallel.json")) == report(os.path.join(work, "single.json")), "reports differ"
parts = json.load(open(os.path.join(work, "parallel.json")))["run"]["parts"]
print("GNU parallel --pipepart: %d records in input order and a report merged from %d blocks, equal to one run" % (len(parallel), parts))
PY
