#!/usr/bin/env bash
# Checks that `glaneur eval` gives the figures of the reference scorer (../shared/eval/score.py),
# within 0.001, on every gold set: scoring the same records (--pred) and annotating in process.
# usage: scripts/check-eval-parity.sh [GLANEUR_BINARY]   (default .build/release/glaneur)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-.build/release/glaneur}
SCORER=${SCORER:-../shared/eval/score.py}
SHARED=$(cd "$(dirname "$SCORER")/.." && pwd)
WORK=$(mktemp -d /tmp/glaneur-parity.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# name gold-directory articles
SETS=(
  "dev $SHARED/gold/dev $SHARED/corpus/seeds"
  "real $SHARED/gold/real $SHARED/gold/real"
  "eval eval/gold eval/articles"
  "holdout eval/holdout/gold eval/holdout/articles"
)
status=0
for set in "${SETS[@]}"; do
  read -r name gold articles <<<"$set"
  "$B" run "$articles" -o "$WORK/$name.jsonl" --quiet || true
  python3 "$SCORER" --gold "$gold" --pred "$WORK/$name.jsonl" --json > "$WORK/$name.reference.json"
  "$B" eval --gold "$gold" --pred "$WORK/$name.jsonl" --json > "$WORK/$name.pred.json"
  "$B" eval --gold "$gold" "$articles" --json > "$WORK/$name.inprocess.json"
  for mine in pred inprocess; do
    if python3 - "$WORK/$name.reference.json" "$WORK/$name.$mine.json" "$name/$mine" <<'PY'
import json, sys
reference, mine, label = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
def flat(value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from flat(item, prefix + key + ".")
    else:
        yield prefix[:-1], value
ours = dict(flat(mine))
bad = []
for key, value in flat(reference):
    other = ours.get(key, "missing")
    if isinstance(value, (int, float)) and isinstance(other, (int, float)):
        if abs(value - other) > 0.001: bad.append((key, value, other))
    elif value != other:
        bad.append((key, value, other))
figures = ", ".join("%s %.3f" % (k, reference[k]["f1"]) for k in ("entities", "quotes", "quotes_attributed", "claims", "claims_value_only"))
print("%-18s %s; speaker_accuracy %s" % (label, "same" if not bad else "DIFFERENT", reference["speaker_accuracy"]), "|", figures)
for key, value, other in bad: print("   %s: score.py %s, glaneur eval %s" % (key, value, other))
sys.exit(1 if bad else 0)
PY
    then :; else status=1; fi
  done
done
# Tokens against UD French-Sequoia (test): the reference's line and ours must agree.
SEQUOIA="$SHARED/peer/ud-french-sequoia/fr_sequoia-ud-test.conllu"
if [ -f "$SEQUOIA" ]; then
  reference=$(python3 "$(dirname "$SCORER")/score_tokens.py" --cmd "$B run --layers tokens -" --suite sequoia-test | sed 's/^sequoia-test token //')
  ours=$("$B" eval --conllu "$SEQUOIA" | head -1 | sed 's/^tokens *//')
  if [ "$reference" = "$ours" ]; then echo "sequoia-test tokens same | $ours"; else echo "sequoia-test tokens DIFFERENT: score_tokens.py '$reference', glaneur eval '$ours'"; status=1; fi
fi
exit $status
