#!/usr/bin/env bash
# CPU cost of crash isolation: `glaneur run --isolation process` against `--isolation none` on the
# same JSONL batch of text records, runs alternated, measured with /usr/bin/time (user + sys of the
# run and of the worker processes it waited for, and the largest RSS). Prints every run and the
# medians.
#
#   scripts/measure-isolation-overhead.sh        # 2,700 records (~10 MB), 3 rounds, --jobs 1
#
# The batch is built from the .txt articles of the shared kit (../shared/gold/real and
# ../shared/corpus/seeds, or $SHARED), each record one article, the articles cycled until COUNT
# records; it stays in $WORK, never in the repository.
# Environment: COUNT (2700), ROUNDS (3), JOBS (1), GLANEUR (.build/release/glaneur), SHARED, WORK.
set -euo pipefail
COUNT=${COUNT:-2700}
ROUNDS=${ROUNDS:-3}
JOBS=${JOBS:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GLANEUR=${GLANEUR:-$ROOT/.build/release/glaneur}
SHARED=${SHARED:-$ROOT/../shared}
WORK=${WORK:-$(mktemp -d /tmp/glaneur-isolation.XXXXXX)}
[ -x "$GLANEUR" ] || { echo "no executable at $GLANEUR" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }
mkdir -p "$WORK"
batch=$WORK/batch-$COUNT.jsonl
if [ ! -s "$batch" ]; then
    python3 - "$SHARED" "$COUNT" "$batch" <<'PY'
import glob, json, os, sys
shared, count, batch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
articles = sorted(glob.glob(os.path.join(shared, "gold/real/*.txt")) + glob.glob(os.path.join(shared, "corpus/seeds/*.txt")))
if not articles:
    sys.exit("no .txt articles under %s/gold/real or %s/corpus/seeds (set SHARED)" % (shared, shared))
texts = [open(path, encoding="utf-8").read() for path in articles]
with open(batch, "w", encoding="utf-8") as out:
    for number in range(count):
        out.write(json.dumps({"id": "doc-%d" % (number + 1), "text": texts[number % len(texts)]}, ensure_ascii=False) + "\n")
PY
fi
echo "batch: $batch ($(wc -c <"$batch") bytes, $COUNT records), --jobs $JOBS, $ROUNDS rounds" >&2

measure() { # isolation round -> "user sys maxrss_kb"
    /usr/bin/time -o "$WORK/time" -f "%U %S %M" "$GLANEUR" run "$batch" -o "$WORK/out-$1.jsonl" --jobs "$JOBS" \
        --isolation "$1" --config "$ROOT/pipeline.json" --quiet 2>"$WORK/stderr-$1" || true
    tail -1 "$WORK/time"
}

declare -A totals
for round in $(seq "$ROUNDS"); do
    for isolation in none process; do
        read -r user sys rss <<<"$(measure "$isolation")"
        cpu=$(python3 -c "print('%.2f' % ($user + $sys))")
        totals[$isolation]+="$cpu "
        printf 'round %d %-7s user %6.2f sys %5.2f cpu %6.2f s  max RSS %d MB\n' "$round" "$isolation" "$user" "$sys" "$cpu" $((rss / 1024))
    done
done
cmp -s "$WORK/out-none.jsonl" "$WORK/out-process.jsonl" || { echo "the two isolation modes wrote different records" >&2; exit 1; }
python3 - "${totals[none]}" "${totals[process]}" <<'PY'
import statistics, sys
none = statistics.median(map(float, sys.argv[1].split()))
process = statistics.median(map(float, sys.argv[2].split()))
print("median CPU (user+sys): none %.2f s, process %.2f s: isolation costs %+.1f %%" % (none, process, 100 * (process / none - 1)))
PY
