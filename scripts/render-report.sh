#!/usr/bin/env bash
# Renders the HTML report of a run over samples/ and ../shared/gold/real to PNG with headless
# Chromium (Debian's `chromium`) and checks the page: one chart per stage section, no script, and a
# screenshot that is not blank.
# usage: scripts/render-report.sh [GLANEUR_BINARY] [OUTPUT.png]   (default .build/release/glaneur, /tmp/glaneur-report.png)
set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-.build/release/glaneur}
PNG=${2:-/tmp/glaneur-report.png}
REAL=${REAL:-../shared/gold/real}  # without the shared kit, samples/ alone (the missing path gives one error record)
WORK=$(mktemp -d /tmp/glaneur-render.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$B" run samples "$REAL" --report "$WORK/report.json" --quiet > "$WORK/records.jsonl" || true
"$B" report "$WORK/report.json" --html "$WORK/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"${HEIGHT:-4200}" \
  --screenshot="$PNG" "file://$WORK/report.html" 2>/dev/null
python3 - "$WORK/report.html" "$PNG" <<'PY'
import re, struct, sys, zlib
html = open(sys.argv[1], encoding="utf-8").read()
assert "<script" not in html and 'src="http' not in html, "the page must be self-contained"
sections = re.split(r"<h2>", html)[1:]
for section in sections:
    name = section.split("<", 1)[0]
    if name in ("Examples",) or name.startswith("Checks"):
        continue
    assert "<svg" in section, "no chart in section " + name
# Decode the PNG (8-bit RGB or RGBA, as Chromium writes) and count pixels that are not white.
data = open(sys.argv[2], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, kind = 8, b"", 0, 0, 0
while pos < len(data):
    length, tag = struct.unpack(">I4s", data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if tag == b"IHDR":
        width, height, depth, kind = struct.unpack(">IIBB", chunk[:10])
    elif tag == b"IDAT":
        idat += chunk
    pos += 12 + length
channels = {2: 3, 6: 4}[kind]
raw, stride = zlib.decompress(idat), width * channels
rows, previous, coloured = [], bytearray(stride), 0
for y in range(height):
    filter_type, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b, c = previous[x], previous[x - channels] if x >= channels else 0
        if filter_type == 1: line[x] = (line[x] + a) & 255
        elif filter_type == 2: line[x] = (line[x] + b) & 255
        elif filter_type == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif filter_type == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    coloured += sum(1 for x in range(0, stride, channels) if line[x] < 200 and line[x + 2] > line[x])  # bluish: bars
    previous = line
share = coloured / (width * height)
print("rendered %dx%d, %d sections with charts, %.1f%% of the page in bar colour -> %s" % (width, height, len(sections), share * 100, sys.argv[2]))
assert share > 0.005, "the screenshot shows almost no chart"
PY
