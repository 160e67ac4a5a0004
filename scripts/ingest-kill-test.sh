#!/usr/bin/env bash
# Kill test for `glaneur ingest`: DOCS synthetic documents (files and JSONL records), SIGKILL at
# KILLS random moments, a rerun after each, then a run to the end. Checks that every input id is
# in exactly one committed batch file, that no temporary file is left and that `ingest status`
# agrees with the outputs.
#
#   scripts/ingest-kill-test.sh                      # 2,000 documents, 20 kills, release build
#   DOCS=200 KILLS=5 GLANEUR=.build/debug/glaneur scripts/ingest-kill-test.sh
#
# The kill moments are drawn after a calibration: a full run and an idle run on a scratch state
# time start-up and work, and each kill lands at start-up plus a random share of the work, so the
# kills fall while reading, annotating, writing, renaming and committing, and on average half the
# work is done by killed runs (the rest by the final run).
#
# Environment: DOCS (2000), KILLS (20), BATCH (25), SEED (1), GLANEUR (.build/release/glaneur),
# WORK (a fresh directory under /tmp), CONFIG (pipeline.json).
set -euo pipefail
trap 'echo "kill test: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

DOCS=${DOCS:-2000}
KILLS=${KILLS:-20}
BATCH=${BATCH:-25}
SEED=${SEED:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GLANEUR=${GLANEUR:-$ROOT/.build/release/glaneur}
WORK=${WORK:-$(mktemp -d /tmp/glaneur-kill-test.XXXXXX)}
CONFIG=${CONFIG:-$ROOT/pipeline.json}

[ -x "$GLANEUR" ] || { echo "kill test: no executable at $GLANEUR (build it or set GLANEUR)" >&2; exit 2; }
mkdir -p "$WORK"
python3 "$ROOT/scripts/synthetic-articles.py" "$WORK" "$DOCS" "$SEED"

ARGS=(ingest "$WORK/drop" "$WORK/records.jsonl" --state "$WORK/state" --out "$WORK/out"
      --config "$CONFIG" --batch-size "$BATCH" --jobs 2)

seconds() { python3 -c 'import time; print(time.monotonic())'; }
calibrate() {
    local start end
    start=$(seconds)
    "$GLANEUR" ingest "$WORK/drop" "$WORK/records.jsonl" --state "$WORK/calibration/state" --out "$WORK/calibration/out" \
        --config "$CONFIG" --batch-size "$BATCH" --jobs 2 2>>"$WORK/calibration.log" ||
        { echo "kill test: the calibration run failed, see $WORK/calibration.log" >&2; return 1; }
    end=$(seconds)
    python3 -c "print($end - $start)"
}
FULL=$(calibrate) || exit 1
IDLE=$(calibrate) || exit 1
rm -rf "$WORK/calibration"
echo "calibration: full run ${FULL}s, idle run ${IDLE}s" >"$WORK/kills.log"

for kill in $(seq 1 "$KILLS"); do
    # On a loaded machine the idle run can take longer than the full one: keep the spread and the delay positive.
    delay=$(python3 -c "import random; random.seed($SEED * 1000 + $kill); print(round(max(0.05, $IDLE * random.uniform(0.5, 1) + random.uniform(0, max(0.1, $FULL - $IDLE) / $KILLS)), 3))")
    "$GLANEUR" "${ARGS[@]}" 2>>"$WORK/stderr.log" &
    pid=$! # the glaneur process itself, so SIGKILL reaches it
    sleep "$delay"
    if kill -KILL "$pid" 2>/dev/null; then state="killed after ${delay}s"; else state="had finished"; fi
    wait "$pid" 2>/dev/null || true
    committed=$( (find "$WORK/out" -name '*.jsonl' ! -name '.*' 2>/dev/null || true) | wc -l) # no out/ yet: killed at start-up
    echo "kill $kill: $state, $committed batches committed" >>"$WORK/kills.log"
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
