#!/usr/bin/env bash
# CPU time (user + sys, the command and its worker processes) of `glaneur ingest` against
# `glaneur run` on the same synthetic documents, runs alternated, each on a fresh state and output.
# Both use the same isolation and --jobs, so both start the same worker processes, each building
# the same pipeline: the start-up is the same in both. It is also measured alone (`glaneur run`
# on an empty directory) and the overhead is given against the work after start-up too.
#
#   scripts/measure-ingest-cpu.sh            # 2,000 documents, 3 rounds, release build
# Environment: DOCS (2000), ROUNDS (3), JOBS (2), ISOLATION (process, or none),
# GLANEUR (.build/release/glaneur), WORK (/tmp/...).
set -euo pipefail
DOCS=${DOCS:-2000}
ROUNDS=${ROUNDS:-3}
JOBS=${JOBS:-2}
ISOLATION=${ISOLATION:-process}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GLANEUR=${GLANEUR:-$ROOT/.build/release/glaneur}
WORK=${WORK:-$(mktemp -d /tmp/glaneur-ingest-cpu.XXXXXX)}
[ -x "$GLANEUR" ] || { echo "no executable at $GLANEUR" >&2; exit 2; }
[ -d "$WORK/drop" ] || python3 "$ROOT/scripts/synthetic-articles.py" "$WORK" "$DOCS"
mkdir -p "$WORK/empty"

python3 - "$GLANEUR" "$WORK" "$ROUNDS" "$JOBS" "$ISOLATION" "$ROOT/pipeline.json" <<'PY'
import os, resource, shutil, statistics, subprocess, sys
glaneur, work, rounds, jobs, isolation, config = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
sources = [os.path.join(work, "drop"), os.path.join(work, "records.jsonl")]
common = ["--config", config, "--jobs", jobs, "--isolation", isolation]
def cpu(arguments):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([glaneur] + arguments, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
figures = {"start-up": [], "run": [], "ingest": []}
for round in range(rounds):
    for name in ("start-up", "run", "ingest"):
        scratch = os.path.join(work, "scratch")
        shutil.rmtree(scratch, ignore_errors=True)
        os.makedirs(scratch)
        if name == "start-up":
            arguments = ["run", os.path.join(work, "empty"), "-o", os.path.join(scratch, "out.jsonl")] + common
        elif name == "run":
            arguments = ["run"] + sources + ["-o", os.path.join(scratch, "out.jsonl")] + common
        else:
            arguments = ["ingest"] + sources + ["--state", os.path.join(scratch, "state"), "--out", os.path.join(scratch, "out")] + common
        figures[name].append(cpu(arguments))
        print("round %d %-8s %.2f s CPU" % (round + 1, name, figures[name][-1]), flush=True)
startup, run, ingest = (statistics.median(figures[name]) for name in ("start-up", "run", "ingest"))
print("median (isolation %s, jobs %s): start-up %.2f s, run %.2f s, ingest %.2f s CPU (user+sys)" % (isolation, jobs, startup, run, ingest))
print("ingest costs %+.1f %% of run; %+.1f %% of run's work after start-up" % (100 * (ingest / run - 1), 100 * (ingest - run) / (run - startup)))
PY
