#!/usr/bin/env bash
# Quick start, second command (and CI's): checks system packages, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/check-system-packages.sh
swift build --build-tests
swift test --skip-build
