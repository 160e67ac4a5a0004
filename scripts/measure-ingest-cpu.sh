#!/usr/bin/env bash
# CPU time (user + sys) of `glaneur ingest` against `glaneur run` on the same synthetic documents,
# runs alternated, each on a fresh state and output. Prints every run and the medians.
#
#   scripts/measure-ingest-cpu.sh            # 2,000 documents, 3 rounds, release build
# Environment: DOCS (2000), ROUNDS (3), JOBS (2), GLANEUR (.build/release/glaneur), WORK (/tmp/...).
set -euo pipefail
DOCS=${DOCS:-2000}
ROUNDS=${ROUNDS:-3}
JOBS=${JOBS:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GLANEUR=${GLANEUR:-$ROOT/.build/release/glaneur}
WORK=${WORK:-$(mktemp -d /tmp/glaneur-ingest-cpu.XXXXXX)}
[ -x "$GLANEUR" ] || { echo "no executable at $GLANEUR" >&2; exit 2; }
[ -d "$WORK/drop" ] || python3 "$ROOT/scripts/synthetic-articles.py" "$WORK" "$DOCS"

python3 - "$GLANEUR" "$WORK" "$ROUNDS" "$JOBS" "$ROOT/pipeline.json" <<'PY'
import os, resource, shutil, statistics, subprocess, sys
glaneur, work, rounds, jobs, config = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
sources = [os.path.join(work, "drop"), os.path.join(work, "records.jsonl")]
def cpu(arguments):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([glaneur] + arguments, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
figures = {"run": [], "ingest": []}
for round in range(rounds):
    for name in ("run", "ingest"):
        scratch = os.path.join(work, "scratch")
        shutil.rmtree(scratch, ignore_errors=True)
        os.makedirs(scratch)
        if name == "run":
            arguments = ["run"] + sources + ["-o", os.path.join(scratch, "out.jsonl"), "--config", config, "--jobs", jobs]
        else:
            arguments = ["ingest"] + sources + ["--state", os.path.join(scratch, "state"), "--out", os.path.join(scratch, "out"),
                                                "--config", config, "--jobs", jobs]
        figures[name].append(cpu(arguments))
        print("round %d %-6s %.2f s CPU" % (round + 1, name, figures[name][-1]), flush=True)
run, ingest = statistics.median(figures["run"]), statistics.median(figures["ingest"])
print("median: run %.2f s, ingest %.2f s CPU (user+sys): ingest costs %+.1f %%" % (run, ingest, 100 * (ingest / run - 1)))
PY
