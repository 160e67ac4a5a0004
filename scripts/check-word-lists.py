#!/usr/bin/env python3
"""List Swift array/set literals of more than 10 string literals made of letters.

Language resources belong under lexicons/ (see docs/word-model.md); a Swift literal list of more
than 10 natural-language words is a finding unless allow-listed below with a reason.

Usage: scripts/check-word-lists.py [--all] [ROOT]
  ROOT defaults to the repository (the parent of scripts/). Prints one line per finding:
  path:line: N words (first words...). --all also prints allow-listed lists. Exit status 1 when
  there are findings that are not allow-listed.
"""
import re
import sys
from pathlib import Path

LIMIT = 10

# (path, first entry of the list) -> reason: lists that are not natural language, or the HTML entity table.
ALLOWED = {
    ("Sources/GlaneurDecode/HTML5EntityTable.swift", "*"): "the HTML entity table (names from the HTML standard)",
    ("Sources/GlaneurDecode/HTMLTag.swift", "script"): "HTML element names (structural)",
    ("Sources/GlaneurDecode/HTMLTag.swift", "p"): "HTML element names (structural)",
    ("Sources/GlaneurDecode/StrayMarkup.swift", "a"): "HTML element names (structural)",
    ("Sources/GlaneurDecode/PageMetadata.swift", "Article"): "schema.org type names (structural)",
    ("Sources/glaneur-bench/EntitiesBenchmark.swift", "ka"): "synthetic syllables for generated benchmark names",
    ("Sources/GlaneurEntities/Pinyin.swift", "zh"): "pinyin initials: the syllable inventory of a romanisation (structural, ordered)",
    ("Sources/GlaneurEntities/Pinyin.swift", "a"): "pinyin finals: the syllable inventory of a romanisation (structural)",
    ("Sources/GlaneurEntities/ProductNouns.swift", "G"): "unit symbols after a number (SI and storage symbols, not words)",
}

STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
WORDLIKE = re.compile(r"^[^\W\d_]+(?:[-'’ .][^\W\d_]+)*\.?$")


def literal_lists(source):
    """Yield (line, strings) for each bracketed literal whose elements are all string literals."""
    depth_starts = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '"':
            if source.startswith('"""', i):
                end = source.find('"""', i + 3)
                i = n if end < 0 else end + 3
                continue
            m = STRING.match(source, i)
            i = m.end() if m else i + 1
            continue
        if c == "/" and source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "/" and source.startswith("/*", i):
            end = source.find("*/", i)
            i = n if end < 0 else end + 2
            continue
        if c == "[":
            depth_starts.append(i)
        elif c == "]" and depth_starts:
            start = depth_starts.pop()
            body = source[start + 1:i]
            strings = elements(body)
            if strings is not None and len(strings) > LIMIT:
                yield source.count("\n", 0, start) + 1, strings
        i += 1


def elements(body):
    """The string literals of a list body when every element is one string literal (dictionary
    literals count keys and values), else None."""
    without_comments = re.sub(r"//[^\n]*|/\*.*?\*/", "", body, flags=re.S)
    parts = [p.strip() for p in re.split(r",|(?<!\\):", without_comments)]
    parts = [p for p in parts if p]
    strings = []
    for part in parts:
        m = STRING.fullmatch(part)
        if not m:
            return None
        strings.append(m.group(1))
    return strings


def main(argv):
    show_all = "--all" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    findings = 0
    for path in sorted(root.glob("Sources/**/*.swift")):
        relative = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        for line, strings in literal_lists(source):
            words = [s for s in strings if WORDLIKE.match(s)]
            if len(words) <= LIMIT:
                continue
            reason = ALLOWED.get((relative, strings[0])) or ALLOWED.get((relative, "*"))
            if reason and not show_all:
                continue
            preview = ", ".join(words[:6])
            tag = f" [allowed: {reason}]" if reason else ""
            print(f"{relative}:{line}: {len(words)} words ({preview}, ...){tag}")
            if not reason:
                findings += 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
