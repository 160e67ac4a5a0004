#!/bin/sh
# One Spark partition: glaneur/1 input records (JSONL) on standard input; their records on standard
# output, one line per input line, in order; then one line holding the partition's report, marked
# by a leading ASCII record separator (\036) and "glaneur-report " so the driver can set it apart.
here=$(cd "$(dirname "$0")" && pwd)
report=$(mktemp "${TMPDIR:-/tmp}/glaneur-partition.XXXXXX")
# An empty partition is no input at all (`glaneur run -` would report an empty standard input as
# one error record), so the partition is spooled to a temporary file and glaneur runs only on data.
input=$(mktemp "${TMPDIR:-/tmp}/glaneur-partition-input.XXXXXX")
cat > "$input"
status=0
if [ -s "$input" ]; then
  "$here/glaneur" run --config "$here/pipeline.json" --jobs "${GLANEUR_JOBS:-1}" --quiet --report "$report" - < "$input"
  status=$?
fi
rm -f "$input"
if [ -s "$report" ]; then
  printf '\036glaneur-report '
  cat "$report"
fi
rm -f "$report"
# 1 means some documents failed, each with its error record: the partition is still complete.
[ "$status" -le 1 ] || exit "$status"
