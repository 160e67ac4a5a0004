#!/usr/bin/env bash
# Runs the Spark job in local mode (local[2], 3 partitions) and checks that its records and merged
# report equal one `glaneur run` over the same input (timings and run metadata aside).
# Creates a virtual environment with pyspark from PyPI (about 450 MB, once; reused from $VENV).
# Needs Java 17+ and python3. usage: contrib/spark/test-local.sh [GLANEUR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
B=$(realpath "${1:-.build/release/glaneur}")
VENV=${VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/glaneur/pyspark-venv}
WORK=$(mktemp -d /tmp/glaneur-spark.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet 'pyspark>=3.5,<5'
fi

# Input: every sample as one JSONL record with an id and a source (plus the records of the JSONL sample).
scripts/samples-as-records.py samples "$WORK/input.jsonl"
"$B" run "$WORK/input.jsonl" -o "$WORK/single.jsonl" --report "$WORK/single.json" --quiet || [ $? -eq 1 ]

contrib/spark/make-bundle.sh "$B" "$WORK/bundle.tar.gz" > /dev/null
started=$(date +%s)
PYSPARK_PYTHON="$VENV/bin/python" "$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  contrib/spark/glaneur_spark.py --bundle "$WORK/bundle.tar.gz" --input "$WORK/input.jsonl" \
  --output "$WORK/spark-out" --report "$WORK/spark.json" --partitions 3 2> "$WORK/spark.log" \
  || { tail -40 "$WORK/spark.log"; exit 1; }

python3 - "$WORK" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
def records(paths):
    rows = [json.loads(line) for path in paths for line in open(path, encoding="utf-8") if line.strip()]
    for row in rows: row.pop("timings_ms", None)
    return sorted(rows, key=lambda row: row["id"].encode())
def report(path):
    value = json.load(open(path, encoding="utf-8"))
    value.pop("run")
    value["sections"] = [s for s in value["sections"] if s["name"] != "timings"]
    return value
single, spark = records([os.path.join(work, "single.jsonl")]), records(sorted(glob.glob(os.path.join(work, "spark-out", "part-*"))))
assert len(spark) == len(single), "spark wrote %d records, the single run %d" % (len(spark), len(single))
assert spark == single, "records differ: " + ", ".join(a["id"] for a, b in zip(spark, single) if a != b)
assert report(os.path.join(work, "spark.json")) == report(os.path.join(work, "single.json")), "reports differ"
parts = json.load(open(os.path.join(work, "spark.json")))["run"]["parts"]
print("spark local[2]: %d records and a report merged from %d partitions, equal to one glaneur run" % (len(spark), parts))
PY
echo "spark job: $(( $(date +%s) - started )) s"
