#!/usr/bin/env bash
# The slower checks CI runs after scripts/test.sh: a release build, then
#   - glaneur eval against the reference scorer on every gold set (needs ../shared),
#   - the HTML report rendered in headless Chromium (Debian: chromium),
#   - the GNU parallel recipe (Debian: parallel),
#   - the Spark job in local mode (Java 17, python3; creates a pyspark venv, ~450 MB once).
# A check whose tools are missing is reported as skipped; set REQUIRE_ALL=1 to fail instead.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release ${JOBS:+-j "$JOBS"}
B=.build/release/glaneur
failed=0
# check NAME NEEDS COMMAND...: NEEDS is a tool or a path; with REQUIRE_ALL=1 a missing tool fails,
# while a missing path (the shared evaluation kit beside the clone) is always only skipped.
check() {
  local name=$1 needs=$2; shift 2
  if ! command -v "$needs" > /dev/null 2>&1 && [ ! -e "$needs" ]; then
    echo "== $name: skipped ($needs missing)"
    [ "${REQUIRE_ALL:-0}" = 1 ] && [[ "$needs" != */* ]] && failed=1
    return 0
  fi
  echo "== $name"
  "$@" || { echo "== $name: FAILED"; failed=1; }
}
check "eval parity" ../shared/eval/score.py scripts/check-eval-parity.sh "$B"
check "HTML report in Chromium" chromium scripts/render-report.sh "$B" /tmp/glaneur-report.png
check "GNU parallel recipe" parallel scripts/test-parallel-recipe.sh "$B"
check "Spark local mode" java contrib/spark/test-local.sh "$B"
exit $failed
