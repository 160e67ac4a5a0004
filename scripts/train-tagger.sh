#!/bin/sh
# Reproduces the name tagger: prepares the annotated corpora into a cache directory, builds the
# release binary and trains lexicons/models/name-tagger/model.gnt, printing held-out span F1.
#
# Usage: scripts/train-tagger.sh [CACHE_DIR]
# Corpora are downloaded from GitHub, or read from local git mirrors given as
# NER_DATASETS=/path/to/davidsbatista/NER-datasets and EUROPEANA=/path/to/EuropeanaNewspapers/ner-corpora.
set -eu
cd "$(dirname "$0")/.."
cache="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/glaneur/tagger-data}"
set -- --out "$cache"
[ -n "${NER_DATASETS:-}" ] && set -- "$@" --ner-datasets "$NER_DATASETS"
[ -n "${EUROPEANA:-}" ] && set -- "$@" --europeana "$EUROPEANA"
python3 scripts/prepare-tagger-data.py "$@" --wnut
swift build -j 1 -c release --product glaneur
.build/release/glaneur train-tagger --data "$cache" --out lexicons/models/name-tagger
