#!/usr/bin/env python3
"""Generates the hostile corpus of issue 13 and checks glaneur against it.

    scripts/hostile-corpus.py generate DIR [--short]
    scripts/hostile-corpus.py check [--short] [--glaneur PATH] [--time] [--keep]

`generate` writes, into DIR/inputs, pages meant to hurt: long quotations, long left context, a 10 MB
token, a 1 MB paragraph, the claims trap sentence, odd directory entries (symbolic links in and out
of the tree, dangling, looping, to a directory; a FIFO, a socket, a name that is not UTF-8, hidden
files, an unreadable directory), JSONL files with garbage lines, concatenated gzip, binary files,
deep nesting, broken encodings and a document over the size limit. DIR/manifest.json lists the
record ids each input must yield and the skips the reader must count.

`check` generates the corpus in a temporary directory, runs `glaneur run` over it (and over
standard input for the stdin cases) and fails unless: the run did not crash (exit 0 or 1), every
expected id has exactly one record or error record, no other record appears (counted inputs =
counted outputs), and the skips counted in the report are the expected ones. With `--time` it also
runs each input of at most 1 MB on its own and fails if one takes over 10 s of CPU (user + sys);
it prints the slowest inputs. `--short` (the CI variant, used by the test suite) makes the largest
inputs smaller. Exit status: 0 when every check holds, 1 otherwise.
"""
import argparse
import gzip
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIME_LIMIT = 10.0  # seconds of CPU for one input of at most 1 MB
TIMED_SIZE_LIMIT = 1 << 20

WORDS_FR = ("le conseil municipal a voté hier soir un budget de rénovation pour les écoles du quartier nord "
            "après un long débat entre les élus de la majorité et ceux de l'opposition").split()
WORDS_EN = ("the committee approved a plan on monday to rebuild the old harbour bridge after months of "
            "debate between local residents and the regional transport agency").split()


def prose(words, size, seed, paragraph_every=None):
    """Sentences of `words` up to `size` bytes; a blank line every `paragraph_every` sentences."""
    rng = random.Random(seed)
    parts, total, count = [], 0, 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        sentence = sentence[0].upper() + sentence[1:] + ". "
        count += 1
        if paragraph_every and count % paragraph_every == 0:
            sentence += "\n\n"
        parts.append(sentence)
        total += len(sentence.encode())
    return "".join(parts)


class Corpus:
    def __init__(self, directory, short):
        self.directory = directory
        self.inputs = os.path.join(directory, "inputs")
        self.short = short
        self.expected = []  # (id, input path relative to inputs)
        self.skipped = {}
        self.stdin_cases = []  # (name, bytes, expected ids)

    def path(self, relative):
        path = os.path.join(self.inputs, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def write(self, relative, data, ids=None):
        """Writes one input file; `ids` are the records it yields (default: one, named after it)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(self.path(relative), "wb") as handle:
            handle.write(data)
        self.expect(relative, ids)

    def expect(self, relative, ids=None):
        if ids is None:
            ids = [document_id(relative)]
        self.expected += [(i, relative) for i in ids]

    def skip(self, rule):
        self.skipped[rule] = self.skipped.get(rule, 0) + 1

    def generate(self):
        os.makedirs(self.inputs, exist_ok=True)
        scale = 16 if self.short else 1
        # Stages: long quotations, long left context, long tokens and paragraphs, the claims trap.
        quote = " ".join(["mot"] * (140_000 // 4 // scale))
        self.write("quotes/long-quotation.txt", f"Le ministre a déclaré : « {quote} », avant de partir.\n")
        self.write("quotes/long-quotation-en.txt", f'The minister said: "{" ".join(["word"] * (140_000 // 5 // scale))}", then left.\n')
        for size in (100, 200, 400):
            if self.short and size > 100:
                continue
            context = prose(WORDS_FR, size * 1000 // scale, size, paragraph_every=None)
            self.write(f"quotes/left-context-{size}k.txt", context + "« Nous tiendrons », selon le maire.\n")
        token_size = (10 << 20) // (40 if self.short else 1)
        self.write("tokens/huge-token.txt", ("ab1-.," * (token_size // 6 + 1))[:token_size])
        self.write("tokens/huge-word.txt", "a" * ((1 << 20) // scale))
        self.write("tokens/paragraph-1mb.txt", prose(WORDS_FR, (1 << 20) // scale, 7))
        self.write("tokens/paragraph-1mb-en.txt", prose(WORDS_EN, (1 << 20) // scale, 8), ids=["tokens/paragraph-1mb-en"])
        self.write("tokens/digits.txt", "Le total est de " + "1 " * (200_000 // scale) + "euros.\n")
        self.write("tokens/punctuation.txt", "!?.,;:«»\"'()[]{}…–—" * (50_000 // scale))
        self.write("claims/trap.txt", "They bought 30 older")
        self.write("claims/trap-variants.txt", "They sold 12 faster. We saw 40 modal. It has 25 flying\n\nThey bought 30 older")
        self.write("claims/numbers-only.txt", " ".join(str(n) for n in range(50_000 // scale)))
        self.write("claims/units.txt", " ".join(f"{n} km/h, {n} % et {n} M€ ;" for n in range(5_000 // scale)))
        # Markup: deep nesting, huge attributes, broken structure, entities.
        depth = 100_000 // scale
        self.write("html/deep-nesting.html", "<html><body>" + "<div>" * depth + "<p>Au fond.</p>" + "</div>" * depth + "</body></html>")
        self.write("html/deep-unclosed.html", "<html><body>" + "<b><i><span>" * (depth // 3) + "Texte.")
        self.write("html/huge-attribute.html", '<html><body><p title="' + "x" * ((1 << 20) // scale) + '">Un paragraphe.</p></body></html>')
        self.write("html/entities.html", "<html><body><p>" + "&eacute;&#233;&#x1F600;&bogus;&#0;&#xD800;&#99999999;" * (20_000 // scale) + "</p></body></html>")
        self.write("html/unclosed-comment.html", "<html><body><p>Avant.</p><!-- " + "jamais fermé " * 1000)
        self.write("html/nul-bytes.html", b"<html><body><p>Un\x00deux</p></body></html>")
        self.write("html/script-only.html", "<html><head><script>" + "var a = '<p>x</p>';" * 10_000 + "</script></head><body></body></html>")
        self.write("html/table-soup.html", "<table>" + "<tr><td><table><tr><td>cellule" * 2000 + "</table>")
        self.write("html/wrong-charset.html", b'<html><head><meta charset="x-unknown-99"></head><body><p>Caf\xe9 cr\xe8me.</p></body></html>')
        self.write("html/shift-jis.html", '<html><head><meta charset="shift_jis"></head><body><p>日本語の記事です。</p></body></html>'.encode("shift_jis"))
        self.write("json/deep-array.json", "[" * 200_000 + "]" * 200_000)
        self.write("json/deep-object.json", '{"a":' * 100_000 + "1" + "}" * 100_000)
        self.write("json/wordpress-lone-surrogate.json", '{"id":1,"content":{"rendered":"<p>Coupé \\ud800 ici</p>"},"title":{"rendered":"T"}}')
        self.write("json/wordpress-truncated.json", '{"id":2,"title":{"rendered":"T"},"content":{"rendered":"<p>Un article coup')
        # Encodings.
        self.write("text/invalid-utf8.txt", b"Caf\xc3 cr\xe8me \xff\xfe\xc0\xaf overlong \xed\xa0\x80 surrogate. Fin de l'article.")
        self.write("text/utf16-no-bom.txt", "Un article en UTF-16 sans marque.".encode("utf-16-le"))
        self.write("text/utf16-bom.txt", b"\xfe\xff" + "Un article en UTF-16 avec marque.".encode("utf-16-be"))
        self.write("text/odd-newlines.txt", "Ligne un.\rLigne deux.\u2028Ligne trois.\u0085Ligne quatre.\f\v Fin.")
        self.write("text/combining.txt", "e" + "\u0301" * 50_000 + " fin.")
        self.write("text/rtl-and-controls.txt", "\u202eTexte inversé\u202c et \u200b\u200d\ufeff invisibles. " * 1000)
        self.write("text/empty.txt", b"")
        self.write("text/blank.txt", b"  \n\t\n  ")
        # JSONL judged line by line.
        good = json.dumps({"id": "jl-good", "text": "Le conseil a voté le budget.", "lang": "fr"})
        self.write("jsonl/garbage-first.jsonl", "this is not json\n[1,2]\n" + good + "\n",
                   ids=["jsonl/garbage-first#1", "jsonl/garbage-first#2", "jl-good"])
        guid = json.dumps({"id": "jl-guid", "guid": "https://exemple.org/?p=9", "text": "Un article avec un guid."})
        self.write("jsonl/guid-first.jsonl", guid + "\n" + json.dumps({"id": "jl-after-guid", "text": "Suite."}) + "\n",
                   ids=["jl-guid", "jl-after-guid"])
        self.write("jsonl/nul-line.jsonl", json.dumps({"id": "jl-n1", "text": "Un."}).encode() + b"\n\x00\x00\x00\n"
                   + json.dumps({"id": "jl-n2", "text": "Deux."}).encode() + b"\n",
                   ids=["jl-n1", "jsonl/nul-line#2", "jl-n2"])
        self.write("jsonl/mixed.jsonl", "\n".join([
            json.dumps({"id": "jl-html", "html": "<p>Un paragraphe.</p>"}),
            json.dumps({"text": "Sans identifiant."}),
            json.dumps({"id": "jl-none"}),
            json.dumps({"id": "jl-number-text", "text": 42}),
            '{"id": "jl-truncated", "text": "coup',
            json.dumps({"id": "jl-binary", "text": "a\u0000b\u0001c\u0002"}),
            "",
            "   ",
            json.dumps({"id": 7, "content": {"rendered": "<p>Un billet WordPress.</p>"}}),
        ]) + "\n", ids=["jl-html", "jsonl/mixed#2", "jl-none", "jl-number-text", "jsonl/mixed#5", "jl-binary", "7"])
        members = [json.dumps({"id": f"gz-{n}", "text": f"Article numéro {n}."}) + "\n" for n in range(3)]
        self.write("gzip/concatenated.jsonl.gz", b"".join(gzip.compress(m.encode(), mtime=0) for m in members),
                   ids=["gz-0", "gz-1", "gz-2"])
        self.write("gzip/page.html.gz", gzip.compress(b"<html><body><p>Compress\xc3\xa9.</p></body></html>", mtime=0))
        self.write("gzip/corrupt.txt.gz", b"\x1f\x8b\x08\x00" + bytes(range(200)))
        self.write("gzip/bomb.txt.gz", gzip.compress(b"\x00" * (64 << 20), mtime=0))
        # Binary.
        rng = random.Random(13)
        self.write("binary/random.bin", bytes(rng.getrandbits(8) for _ in range(64 << 10)))
        self.write("binary/image.png", b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(4096)))
        self.write("binary/document.pdf", b"%PDF-1.7\n" + bytes(rng.getrandbits(8) for _ in range(4096)))
        self.write("binary/elf", b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(rng.getrandbits(8) for _ in range(4096)))
        # Over the default 16 MiB document limit.
        if not self.short:
            self.write("limits/too-large.txt", prose(WORDS_FR, 17 << 20, 3, paragraph_every=10))
        # Odd directory entries.
        odd = "odd/"
        self.write(odd + "target.txt", "Le fichier visé par les liens.")
        outside = os.path.join(self.directory, "outside")
        os.makedirs(outside, exist_ok=True)
        with open(os.path.join(outside, "far.txt"), "w") as handle:
            handle.write("Un article hors de l'arbre.")
        os.symlink("target.txt", self.path(odd + "link-in-tree.txt")); self.expect(odd + "link-in-tree.txt")
        os.symlink(os.path.join(outside, "far.txt"), self.path(odd + "link-out-of-tree.txt")); self.expect(odd + "link-out-of-tree.txt")
        os.symlink("nowhere.txt", self.path(odd + "dangling.txt")); self.expect(odd + "dangling.txt")
        os.symlink("loop.txt", self.path(odd + "loop.txt")); self.expect(odd + "loop.txt")
        os.symlink("..", self.path(odd + "up")); self.skip("symlink-to-directory")
        os.symlink(outside, self.path(odd + "outside-dir")); self.skip("symlink-to-directory")
        os.mkfifo(self.path(odd + "fifo.txt")); self.expect(odd + "fifo.txt")
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(self.path(odd + "socket.txt")); server.close(); self.expect(odd + "socket.txt")
        with open(os.path.join(self.inputs, "odd").encode() + b"/caf\xe9-latin1.txt", "wb") as handle:
            handle.write("Un nom de fichier en Latin-1.".encode())
        self.expect("odd/caf%E9-latin1.txt")
        self.write(odd + ".hidden.txt", "caché", ids=[]); self.skip("hidden")
        self.write(odd + ".git/config", "[core]", ids=[]); self.skip("hidden")
        self.write(odd + "locked/inside.txt", "Derrière une porte fermée.", ids=[])
        os.chmod(self.path(odd + "locked/inside.txt"), 0o000)
        os.chmod(os.path.join(self.inputs, "odd/locked"), 0o000)
        if os.geteuid() == 0:  # root reads through any permission
            self.expect(odd + "locked/inside.txt")
        else:
            self.expected.append(("odd/locked", odd + "locked"))
        # Standard input cases: binary, HTML, JSONL with a garbage first line.
        self.stdin_cases = [
            ("stdin-binary", bytes(rng.getrandbits(8) for _ in range(8192)), ["stdin"]),
            ("stdin-html", "<html><body><p>Une page sur l'entrée standard.</p></body></html>".encode(), ["stdin"]),
            ("stdin-jsonl", b"garbage\n" + good.encode() + b"\n", ["stdin#1", "jl-good"]),
            ("stdin-trap", json.dumps({"id": "trap", "text": "They bought 30 older", "lang": "en"}).encode(), ["trap"]),
        ]
        manifest = {
            "expected": [{"id": i, "input": relative} for i, relative in self.expected],
            "skipped": self.skipped,
            "stdin": [{"name": name, "ids": ids} for name, _, ids in self.stdin_cases],
        }
        with open(os.path.join(self.directory, "manifest.json"), "w") as handle:
            json.dump(manifest, handle, indent=1, ensure_ascii=False)
        for name, data, _ in self.stdin_cases:
            with open(os.path.join(self.directory, name + ".stdin"), "wb") as handle:
                handle.write(data)


def document_id(relative):
    """The id glaneur gives a file below the input directory."""
    path = relative[:-3] if relative.lower().endswith(".gz") else relative
    head, name = os.path.split(path)
    if "." in name[1:]:
        name = name[: name.rindex(".")]
    return os.path.join(head, name) if head else name


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(glaneur, arguments, stdin=None):
    """Runs glaneur; returns (status, records, stderr, cpu seconds)."""
    before = cpu_of_children()
    process = subprocess.run([glaneur, "run", "--jobs", "2"] + arguments, input=stdin, capture_output=True, cwd=ROOT)
    records = [json.loads(line) for line in process.stdout.decode("utf-8", "replace").splitlines() if line.strip()]
    return process.returncode, records, process.stderr.decode("utf-8", "replace"), cpu_of_children() - before


def compare(label, expected_ids, records, problems):
    got = {}
    for record in records:
        got[record["id"]] = got.get(record["id"], 0) + 1
    want = {}
    for i in expected_ids:
        want[i] = want.get(i, 0) + 1
    for i in sorted(set(want) | set(got)):
        if want.get(i, 0) != got.get(i, 0):
            problems.append(f"{label}: id {i!r}: expected {want.get(i, 0)} record(s), got {got.get(i, 0)}")
    print(f"{label}: {len(expected_ids)} inputs expected, {len(records)} records, "
          f"{sum(1 for r in records if 'error' in r)} error records")


def check(arguments):
    glaneur = arguments.glaneur or os.path.join(ROOT, ".build", "release", "glaneur")
    if not os.access(glaneur, os.X_OK):
        sys.exit(f"hostile-corpus: no glaneur executable at {glaneur} (build it or pass --glaneur)")
    directory = tempfile.mkdtemp(prefix="glaneur-hostile-")
    problems = []
    try:
        corpus = Corpus(directory, arguments.short)
        corpus.generate()
        report = os.path.join(directory, "report.json")
        status, records, stderr, cpu = run(glaneur, [corpus.inputs, "--report", report])
        print(f"directory run: exit {status}, {cpu:.1f} s CPU")
        if status not in (0, 1):
            problems.append(f"directory run: exit status {status} (crash?); stderr: {stderr[-2000:]}")
        compare("directory run", [i for i, _ in corpus.expected], records, problems)
        skipped = {}
        if os.path.exists(report):
            sections = json.load(open(report)).get("sections", [])
            documents = next((s for s in sections if s.get("name") == "documents"), {})
            skipped = documents.get("breakdowns", {}).get("skipped", {})
        if skipped != corpus.skipped:
            problems.append(f"skips counted {skipped}, expected {corpus.skipped}")
        for name, data, ids in corpus.stdin_cases:
            status, records, stderr, _ = run(glaneur, ["-"], stdin=data)
            if status not in (0, 1):
                problems.append(f"{name}: exit status {status} (crash?); stderr: {stderr[-2000:]}")
            compare(name, ids, records, problems)
        if arguments.time:
            time_inputs(glaneur, corpus, problems)
    finally:
        os.chmod(os.path.join(directory, "inputs", "odd", "locked"), 0o755)
        if arguments.keep:
            print(f"corpus kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
    for problem in problems:
        print("FAIL " + problem)
    print("hostile corpus: " + ("all checks hold" if not problems else f"{len(problems)} problem(s)"))
    return 0 if not problems else 1


def time_inputs(glaneur, corpus, problems):
    """Runs each regular input file on its own; inputs of at most 1 MB must take at most 10 s of CPU."""
    _, _, _, baseline = run(glaneur, [os.path.join(corpus.inputs, "text", "empty.txt")])
    timings = []
    for relative in sorted({relative for _, relative in corpus.expected}):
        path = os.path.join(corpus.inputs, relative)
        if not os.path.isfile(path) or os.path.islink(path):
            continue
        size = os.path.getsize(path)
        started = time.monotonic()
        status, _, _, cpu = run(glaneur, [path])
        timings.append((cpu - baseline, time.monotonic() - started, size, relative, status))
    timings.sort(reverse=True)
    print(f"timing (CPU beyond the {baseline:.2f} s start-up of an empty run), slowest first:")
    for cpu, wall, size, relative, status in timings[:12]:
        print(f"  {cpu:7.2f} s CPU {wall:7.2f} s wall {size:>10} bytes  exit {status}  {relative}")
    for cpu, _, size, relative, _ in timings:
        if size <= TIMED_SIZE_LIMIT and cpu > TIME_LIMIT:
            problems.append(f"{relative} ({size} bytes) took {cpu:.1f} s of CPU, over {TIME_LIMIT:.0f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write the corpus into DIR")
    generate.add_argument("directory")
    generate.add_argument("--short", action="store_true", help="smaller large inputs (CI)")
    checking = commands.add_parser("check", help="generate the corpus in a temporary directory and check glaneur on it")
    checking.add_argument("--short", action="store_true", help="smaller large inputs (CI)")
    checking.add_argument("--glaneur", help="the executable (default: .build/release/glaneur)")
    checking.add_argument("--time", action="store_true", help="also time each input of at most 1 MB on its own")
    checking.add_argument("--keep", action="store_true", help="keep the generated corpus")
    arguments = parser.parse_args()
    if arguments.command == "generate":
        Corpus(os.path.abspath(arguments.directory), arguments.short).generate()
        print(f"hostile corpus written to {arguments.directory}")
        return 0
    return check(arguments)


if __name__ == "__main__":
    sys.exit(main())
