#!/usr/bin/env bash
# Kill test for `glaneur ingest`: DOCS synthetic documents (files and JSONL records), SIGKILL at
# KILLS random moments, a rerun after each, then a run to the end. Checks that every input id is
# in exactly one committed batch file, that no temporary file is left and that `ingest status`
# agrees with the outputs.
#
#   scripts/ingest-kill-test.sh                      # 2,000 documents, 20 kills, release build
#   DOCS=200 KILLS=5 GLANEUR=.build/debug/glaneur scripts/ingest-kill-test.sh
#
# The kill moments follow the run's progress, so that they fall while reading, annotating,
# writing, renaming and committing whatever the machine's load: each run is killed once it has
# committed N more batch files (N drawn from 0 to 3; 0 kills it while it starts and reads) plus a
# random part of the time a batch takes, measured beforehand on a scratch state (a full run, and a
# run with one document for the start-up of the worker processes). Killed runs thus do about half
# the work, the final run the rest. kills.log tells for each kill what the run left behind: a
# pending batch in the ledger (killed while writing, renaming or committing) and temporary files
# (killed while writing).
#
# Environment: DOCS (2000), KILLS (20), BATCH (25), JOBS (2: worker processes), SEED (1),
# GLANEUR (.build/release/glaneur), WORK (a fresh directory under /tmp), CONFIG (pipeline.json).
set -euo pipefail
trap 'echo "kill test: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

DOCS=${DOCS:-2000}
KILLS=${KILLS:-20}
BATCH=${BATCH:-25}
JOBS=${JOBS:-2}
SEED=${SEED:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GLANEUR=${GLANEUR:-$ROOT/.build/release/glaneur}
WORK=${WORK:-$(mktemp -d /tmp/glaneur-kill-test.XXXXXX)}
CONFIG=${CONFIG:-$ROOT/pipeline.json}

[ -x "$GLANEUR" ] || { echo "kill test: no executable at $GLANEUR (build it or set GLANEUR)" >&2; exit 2; }
mkdir -p "$WORK"
python3 "$ROOT/scripts/synthetic-articles.py" "$WORK" "$DOCS" "$SEED"

ARGS=(ingest "$WORK/drop" "$WORK/records.jsonl" --state "$WORK/state" --out "$WORK/out"
      --config "$CONFIG" --batch-size "$BATCH" --jobs "$JOBS")

seconds() { python3 -c 'import time; print(time.monotonic())'; }
calibrate() { # STATE SOURCES...: the wall time of one run
    local start end state=$1
    shift
    start=$(seconds)
    "$GLANEUR" ingest "$@" --state "$WORK/calibration/$state" --out "$WORK/calibration/out-$state" \
        --config "$CONFIG" --batch-size "$BATCH" --jobs "$JOBS" 2>>"$WORK/calibration.log" ||
        { echo "kill test: the calibration run failed, see $WORK/calibration.log" >&2; return 1; }
    end=$(seconds)
    python3 -c "print($end - $start)"
}
mkdir -p "$WORK/calibration/one-document"
cp "$(find "$WORK/drop" -type f | head -1)" "$WORK/calibration/one-document/"
FULL=$(calibrate all "$WORK/drop" "$WORK/records.jsonl") || exit 1
ONE=$(calibrate one "$WORK/calibration/one-document") || exit 1
rm -rf "$WORK/calibration"
BATCH_SECONDS=$(python3 -c "import math; print(round(max(0.05, ($FULL - $ONE) / math.ceil($DOCS / $BATCH)), 3))")
echo "calibration: full run ${FULL}s, one-document run ${ONE}s, ${BATCH_SECONDS}s a batch" >"$WORK/kills.log"

# What a killed run left: committed batch files, pending batches in the ledger, temporary files.
leftovers() {
    python3 - "$WORK" <<'PY'
import os, sqlite3, sys
work = sys.argv[1]
committed = temporary = 0
for directory, _, names in os.walk(os.path.join(work, "out")):
    committed += sum(1 for n in names if n.endswith(".jsonl") and not n.startswith("."))
    temporary += sum(1 for n in names if n.endswith(".tmp"))
pending = 0
database = os.path.join(work, "state", "ingest.sqlite")
if os.path.exists(database):
    try:
        connection = sqlite3.connect("file:%s?mode=ro" % database, uri=True)
        pending = connection.execute("SELECT COUNT(*) FROM batches WHERE state = 'pending'").fetchone()[0]
        connection.close()
    except sqlite3.Error:
        pass # killed before the schema existed
print("%d batches committed, %d pending, %d temporary files" % (committed, pending, temporary))
PY
}

committed() { (find "$WORK/out" -name '*.jsonl' ! -name '.*' 2>/dev/null || true) | wc -l; } # no out/ yet: 0
for kill in $(seq 1 "$KILLS"); do
    read -r batches extra < <(python3 -c "
import random
random.seed($SEED * 1000 + $kill)
print(random.randint(0, 3), round(random.uniform(0, $BATCH_SECONDS), 3))")
    before=$(committed)
    "$GLANEUR" "${ARGS[@]}" 2>>"$WORK/stderr.log" &
    pid=$! # the glaneur process itself, so SIGKILL reaches it
    while [ $(($(committed) - before)) -lt "$batches" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
    sleep "$extra"
    if kill -KILL "$pid" 2>/dev/null; then state="killed after $batches more batches and ${extra}s"; else state="had finished"; fi
    wait "$pid" 2>/dev/null || true
    echo "kill $kill: $state; $(leftovers)" >>"$WORK/kills.log"
done
"$GLANEUR" "${ARGS[@]}" 2>>"$WORK/stderr.log" || { echo "kill test: the final run failed, see $WORK/stderr.log" >&2; exit 1; }
"$GLANEUR" ingest status --state "$WORK/state" --config "$CONFIG" --json >"$WORK/status.json"

python3 - "$WORK" <<'PY'
import collections, json, os, sys
work = sys.argv[1]
expected = open(os.path.join(work, "expected-ids")).read().split()
seen, batches, temporary, reports = collections.Counter(), 0, [], 0
for directory, _, names in os.walk(os.path.join(work, "out")):
    for name in names:
        if name.endswith(".tmp"): temporary.append(os.path.join(directory, name))
        elif name.endswith(".report.json"): reports += 1
        elif name.endswith(".jsonl") and not name.startswith("."):
            batches += 1
            for line in open(os.path.join(directory, name), encoding="utf-8"):
                seen[json.loads(line)["id"]] += 1
status = json.load(open(os.path.join(work, "status.json")))
problems = []
missing = [i for i in expected if seen[i] == 0]
repeated = [i for i, n in seen.items() if n > 1]
unexpected = [i for i in seen if i not in set(expected)]
if missing: problems.append("%d ids missing, e.g. %s" % (len(missing), missing[:3]))
if repeated: problems.append("%d ids written more than once, e.g. %s" % (len(repeated), repeated[:3]))
if unexpected: problems.append("%d unexpected ids" % len(unexpected))
if temporary: problems.append("temporary files left: %s" % temporary[:3])
if reports != batches: problems.append("%d batch files but %d reports" % (batches, reports))
if status["seen"] != len(expected): problems.append("status seen %d, expected %d" % (status["seen"], len(expected)))
if status["annotated"] + status["duplicates"] + status["failed"] != len(expected): problems.append("status outcomes do not add up: %s" % status)
if status["batches"] != batches: problems.append("status has %d batches, the output %d" % (status["batches"], batches))
if status["backlog"]["pending_batches"] != 0 or status["backlog"]["jsonl_bytes"] != 0: problems.append("backlog left: %s" % status["backlog"])
kills = open(os.path.join(work, "kills.log")).read().count("killed")
print("kill test: %d documents, %d runs killed, %d batches, %d ids exactly once, status %s" %
      (len(expected), kills, batches, sum(1 for n in seen.values() if n == 1), json.dumps(status, sort_keys=True)))
for problem in problems: print("FAIL: " + problem)
sys.exit(1 if problems else 0)
PY
