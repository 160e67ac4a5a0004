#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (release, -sanitize=fuzzer,address) and runs each one for
# SECONDS (default 60, the CI step), starting from the seed corpus in fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: fuzz-inputs fuzz-decode fuzz-pipeline
#
# New inputs found go to $FUZZ_WORK (default: a fresh temporary directory), never into the
# repository; a crash, leak, timeout (over 20 s for one input) or out-of-memory stops that target,
# leaves its reproducer there and makes the script exit 1. Reproduce with:
#   fuzz/.build/release/<target> <reproducer>
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz-inputs fuzz-decode fuzz-pipeline)
work=${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/glaneur-fuzz.XXXXXX")}

# lld: gold fails on the sanitizer runtime's symbols ("internal error in format_file_lineno").
flags=(-c release -j "${FUZZ_BUILD_JOBS:-1}" --package-path "$root/fuzz"
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
for target in "${targets[@]}"; do
    swift build "${flags[@]}" --product "$target" >&2
done
bin=$(swift build "${flags[@]}" --show-bin-path)

status=0
for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    log="$work/$target.log"
    echo "fuzz: $target for ${seconds}s (corpus $work/$target, log $log)" >&2
    if "$bin/$target" "$work/$target" "$root/fuzz/corpus/$target" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$work/$target-" -print_final_stats=1 >"$log" 2>&1; then
        grep -E "stat::number_of_executed_units|cov:" "$log" | tail -2 >&2 || true
    else
        status=1
        echo "fuzz: $target FAILED; reproducer and log in $work" >&2
        grep -E "ERROR|Fatal error|==[0-9]+==|SUMMARY" "$log" | head -10 >&2 || true
    fi
done
exit $status
