#!/usr/bin/env bash
# Packs what an executor needs into one archive: the glaneur binary, pipeline.json, lexicons/ and
# the partition wrapper. Build the binary with `swift build -c release --static-swift-stdlib` so it
# needs no Swift runtime on the executors (ICU and libxml2 must be installed there).
# usage: contrib/spark/make-bundle.sh [BINARY] [OUTPUT.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/../.."
BINARY=${1:-.build/release/glaneur}
OUTPUT=${2:-glaneur-bundle.tar.gz}
STAGE=$(mktemp -d /tmp/glaneur-bundle.XXXXXX)
trap 'rm -rf "$STAGE"' EXIT
cp "$BINARY" "$STAGE/glaneur"
cp pipeline.json "$STAGE/"
cp -R lexicons "$STAGE/"
cp contrib/spark/glaneur-pipe.sh "$STAGE/"
tar -czf "$OUTPUT" -C "$STAGE" .
echo "$OUTPUT: $(du -h "$OUTPUT" | cut -f1)"
