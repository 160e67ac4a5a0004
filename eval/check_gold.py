#!/usr/bin/env python3
"""Check the held-out gold files against their articles.

usage: check_gold.py [EVAL_DIR]     (default: the directory of this script)

For every gold/<stem>.gold.json: the JSON parses, "doc" names an existing file in articles/,
types/kinds/approx values are valid, and every alias, quote text, speaker mention and claim text
(optional ones included) occurs in the article's decoded text, modulo whitespace.
Decoding: .txt as is; .html with tags, scripts and styles removed and entities decoded;
.json (WordPress REST) from title.rendered, content.rendered and excerpt.rendered, decoded like HTML.
Exits 1 when a problem is found.
"""
import html
import json
import os
import re
import sys

ENTITY_TYPES = {"PERSON", "ORG", "PLACE", "PRODUCT"}
OPTIONAL_ENTITY_TYPES = ENTITY_TYPES | {"MISC", "WORK"}
QUOTE_KINDS = {"direct", "indirect"}
CLAIM_KINDS = {"count", "money", "percent", "duration", "multiplier", "measure"}
APPROX = {None, "about", "more than", "less than", "at least", "at most", "up to"}


def html_to_text(markup):
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def article_text(path):
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    if path.endswith(".html") or path.endswith(".htm"):
        return html_to_text(raw)
    if path.endswith(".json"):
        post = json.loads(raw)
        parts = [post.get(key, {}).get("rendered", "") for key in ("title", "content", "excerpt")]
        return html_to_text("\n".join(parts))
    return raw


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def check_document(gold_path, articles_dir):
    problems = []
    with open(gold_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    doc = gold.get("doc", "")
    article_path = os.path.join(articles_dir, doc)
    if not os.path.isfile(article_path):
        return ["doc %r: no such article" % doc]
    stem = os.path.basename(gold_path)[: -len(".gold.json")]
    if os.path.splitext(doc)[0] != stem:
        problems.append("gold file name does not match doc %r" % doc)
    if gold.get("lang") not in ("fr", "en"):
        problems.append("lang %r" % gold.get("lang"))
    text = squeeze(article_text(article_path))

    def must_occur(what, needle):
        if needle and squeeze(needle) not in text:
            problems.append("%s not in article: %r" % (what, needle))

    for key, types in (("entities", ENTITY_TYPES), ("optional_entities", OPTIONAL_ENTITY_TYPES)):
        for entity in gold.get(key, []):
            if entity.get("type") not in types:
                problems.append("%s %r: type %r" % (key, entity.get("canonical"), entity.get("type")))
            if not entity.get("aliases"):
                problems.append("%s %r: no aliases" % (key, entity.get("canonical")))
            for alias in entity.get("aliases", []):
                must_occur("alias of " + entity.get("canonical", "?"), alias)
    speakers = {e["canonical"] for e in gold.get("entities", []) + gold.get("optional_entities", [])}
    for quote in gold.get("quotes", []):
        if quote.get("kind") not in QUOTE_KINDS:
            problems.append("quote kind %r" % quote.get("kind"))
        if quote.get("speaker") is not None and quote["speaker"] not in speakers:
            problems.append("speaker %r is not an annotated entity" % quote["speaker"])
        if quote.get("kind") == "direct" and len(re.findall(r"\w+", quote.get("text", ""))) < 4:
            problems.append("direct quote under 4 words: %r" % quote.get("text"))
        must_occur("quote", quote.get("text"))
        must_occur("speaker_mention", quote.get("speaker_mention"))
    for quote in gold.get("optional_quotes", []):
        must_occur("optional quote", quote.get("text"))
    for key in ("claims", "optional_claims"):
        for claim in gold.get(key, []):
            label = "%s %r" % (key, claim.get("text"))
            if claim.get("kind") not in CLAIM_KINDS:
                problems.append("%s: kind %r" % (label, claim.get("kind")))
            if not isinstance(claim.get("value"), (int, float)):
                problems.append("%s: value %r" % (label, claim.get("value")))
            if claim.get("approx") not in APPROX:
                problems.append("%s: approx %r" % (label, claim.get("approx")))
            if "value_max" in claim and not claim["value_max"] > claim.get("value", 0):
                problems.append("%s: value_max not above value" % label)
            must_occur(key[:-1], claim.get("text"))
    return problems


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    gold_dir, articles_dir = os.path.join(root, "gold"), os.path.join(root, "articles")
    failed = False
    docs = set()
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        gold_path = os.path.join(gold_dir, name)
        try:
            problems = check_document(gold_path, articles_dir)
        except (ValueError, OSError) as error:
            problems = ["cannot read: %s" % error]
        with open(gold_path, encoding="utf-8") as handle:
            docs.add(json.load(handle).get("doc"))
        status = "ok" if not problems else "%d problem(s)" % len(problems)
        print("%-45s %s" % (name, status))
        for problem in problems:
            print("    " + problem)
        failed |= bool(problems)
    for article in sorted(set(os.listdir(articles_dir)) - docs):
        print("%-45s no gold file" % article)
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
