#!/usr/bin/env bash
# Quick start, first command: builds Glaneur and annotates the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/check-system-packages.sh
swift build -c release
mkdir -p out
.build/release/glaneur run samples -o out/samples.jsonl --report out/samples-report.json
echo "wrote out/samples.jsonl ($(wc -l < out/samples.jsonl) records) and out/samples-report.json" >&2
