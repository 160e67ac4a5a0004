#!/usr/bin/env python3
"""Prepares the name tagger's training data from public annotated corpora.

Writes BIO-tagged token files (one `token<TAB>tag` per line, a blank line between sentences, tags
B-/I- PERSON, ORG, PLACE or O) into a cache directory; `glaneur train-tagger --data DIR` reads them:

  train.tsv, dev.tsv           all training / development sentences, shuffled deterministically
  test-<corpus>.tsv            each corpus's held-out split, scored separately

Sources (see lexicons/models/name-tagger/README.md for licences):
  WikiANN fr/en      GitHub davidsbatista/NER-datasets, WikiANN/{fr,en}/{train,dev,test}
  Europeana FR       GitHub EuropeanaNewspapers/ner-corpora, enp_FR.bnf.bio/enp_FR.bnf.bio (CC0)
  WNUT17 en          GitHub davidsbatista/NER-datasets, WNUT17/ (CC BY 4.0), optional

Each repository is read from a local git mirror (`--ner-datasets DIR`, `--europeana DIR`: a git
directory or a checkout) when given, else downloaded from raw.githubusercontent.com.

Tokens are re-split the way Glaneur's tokenizer splits them: a French elided article or pronoun
("l'", "d'", "qu'") is a token of its own.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import urllib.request

NER_DATASETS = ("davidsbatista/NER-datasets", "master")
EUROPEANA = ("EuropeanaNewspapers/ner-corpora", "master")

TYPE_MAP = {
    "PER": "PERSON", "LOC": "PLACE", "ORG": "ORG",
    "person": "PERSON", "location": "PLACE", "corporation": "ORG", "group": "ORG",
}
ELISION = re.compile(r"^((?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’])(.+)$", re.IGNORECASE)


def read_repo_file(mirror, repo, path):
    """The text of `path` in `repo`: from the local mirror when given, else from GitHub."""
    if mirror:
        if os.path.isfile(os.path.join(mirror, path)):
            with open(os.path.join(mirror, path), encoding="utf-8", errors="replace") as handle:
                return handle.read()
        git_dir = mirror if os.path.isfile(os.path.join(mirror, "HEAD")) else os.path.join(mirror, ".git")
        output = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{path}"], check=True, capture_output=True)
        return output.stdout.decode("utf-8", errors="replace")
    name, branch = repo
    url = f"https://raw.githubusercontent.com/{name}/{branch}/{path}"
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode("utf-8", errors="replace")


def conll_sentences(text, strip_prefix=None, column_separator=None):
    """Sentences of (token, raw tag) pairs from a two-column CoNLL text."""
    sentence = []
    for line in text.splitlines():
        line = line.rstrip("\n\r")
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        parts = line.split(column_separator) if column_separator else line.split()
        if len(parts) < 2:
            continue
        token, tag = parts[0], parts[-1]
        if strip_prefix and token.startswith(strip_prefix):
            token = token[len(strip_prefix):]
        sentence.append((token, tag))
    if sentence:
        yield sentence


def normalise_tags(sentence, iob1=False):
    """Maps tag types to PERSON/ORG/PLACE (others to O) and IOB1 to BIO."""
    result = []
    previous = "O"
    for token, tag in sentence:
        if tag == "O" or "-" not in tag:
            result.append((token, "O"))
            previous = "O"
            continue
        prefix, kind = tag.split("-", 1)
        mapped = TYPE_MAP.get(kind)
        if mapped is None:
            result.append((token, "O"))
            previous = "O"
            continue
        if prefix == "I" and (previous == "O" or previous[2:] != mapped):
            prefix = "B"
        if not iob1 and prefix == "I" and previous[2:] != mapped:
            prefix = "B"
        label = f"{prefix}-{mapped}"
        result.append((token, label))
        previous = label
    return result


def split_elisions(sentence):
    """"l'Isère" → "l'" + "Isère": the article is outside the name."""
    result = []
    for token, tag in sentence:
        match = ELISION.match(token)
        if match and len(match.group(2)) > 1 and not token.lower().startswith("aujourd"):
            result.append((match.group(1), "O" if tag == "O" or tag.startswith("B-") else tag))
            result.append((match.group(2), tag))
        else:
            result.append((token, tag))
    return result


def clean(sentence):
    """Drops tokens that are empty or wiki markup ("''"), keeping the tag sequence valid BIO."""
    kept = [(token.strip(), tag) for token, tag in sentence if token.strip() and token.strip() not in ("''", "'''")]
    return normalise_tags(kept)


def europeana_sentences(text):
    """The Europeana file has no sentence breaks: splits after . ! ? and at 60 tokens."""
    sentence = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        token = parts[0]
        sentence.append((token, parts[-1]))
        if token in (".", "!", "?") or len(sentence) >= 60:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def write(path, sentences):
    with open(path, "w", encoding="utf-8") as handle:
        for sentence in sentences:
            for token, tag in sentence:
                handle.write(f"{token}\t{tag}\n")
            handle.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="cache directory to write")
    parser.add_argument("--ner-datasets", help="local git mirror of davidsbatista/NER-datasets")
    parser.add_argument("--europeana", help="local git mirror of EuropeanaNewspapers/ner-corpora")
    parser.add_argument("--wnut", action="store_true", help="add WNUT17 (English social media) to training")
    parser.add_argument("--repeat-running-text", type=int, default=1,
                        help="repeat the running-text corpora (Europeana, WNUT17) this many times in training, "
                             "to balance WikiANN's entity-dense title fragments")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)

    train, dev, counts = [], [], {}

    def add(name, sentences, target):
        target.extend(sentences)
        counts[name] = (len(sentences), sum(len(s) for s in sentences))

    for language in ("fr", "en"):
        splits = {}
        for split in ("train", "dev", "test"):
            text = read_repo_file(arguments.ner_datasets, NER_DATASETS, f"WikiANN/{language}/{split}")
            sentences = [split_elisions(clean(s)) if language == "fr" else clean(s)
                         for s in conll_sentences(text, strip_prefix=f"{language}:", column_separator="\t")]
            splits[split] = [s for s in sentences if s]
        add(f"wikiann-{language}-train", splits["train"], train)
        add(f"wikiann-{language}-dev", splits["dev"], dev)
        write(os.path.join(arguments.out, f"test-wikiann-{language}.tsv"), splits["test"])
        counts[f"wikiann-{language}-test"] = (len(splits["test"]), sum(len(s) for s in splits["test"]))

    text = read_repo_file(arguments.europeana, EUROPEANA, "enp_FR.bnf.bio/enp_FR.bnf.bio")
    sentences = [split_elisions(normalise_tags(s, iob1=True)) for s in europeana_sentences(text)]
    # A deterministic split by position: every tenth block of 50 sentences is test, the next one dev.
    blocks = {"train": [], "dev": [], "test": []}
    for index, sentence in enumerate(sentences):
        block = (index // 50) % 10
        blocks["test" if block == 0 else "dev" if block == 1 else "train"].append(sentence)
    add("europeana-fr-train", blocks["train"] * arguments.repeat_running_text, train)
    add("europeana-fr-dev", blocks["dev"], dev)
    write(os.path.join(arguments.out, "test-europeana-fr.tsv"), blocks["test"])
    counts["europeana-fr-test"] = (len(blocks["test"]), sum(len(s) for s in blocks["test"]))

    if arguments.wnut:
        text = read_repo_file(arguments.ner_datasets, NER_DATASETS, "WNUT17/wnut17train.conll")
        add("wnut17-en-train", [normalise_tags(s) for s in conll_sentences(text, column_separator="\t")] * arguments.repeat_running_text, train)
        text = read_repo_file(arguments.ner_datasets, NER_DATASETS, "WNUT17/emerging.dev.conll")
        wnut_test = [normalise_tags(s) for s in conll_sentences(text, column_separator="\t")]
        write(os.path.join(arguments.out, "test-wnut17-en.tsv"), wnut_test)
        counts["wnut17-en-dev-as-test"] = (len(wnut_test), sum(len(s) for s in wnut_test))

    random.Random(20261207).shuffle(train)
    write(os.path.join(arguments.out, "train.tsv"), train)
    write(os.path.join(arguments.out, "dev.tsv"), dev)
    for name, (sentence_count, token_count) in sorted(counts.items()):
        print(f"{name}: {sentence_count} sentences, {token_count} tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
