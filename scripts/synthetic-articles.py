#!/usr/bin/env python3
"""Writes COUNT synthetic articles (invented words, names, numbers, a quotation each) for the
ingestion kill test and measurements: 70 % as text files under WORK/drop/dN/, 30 % as records of
WORK/records.jsonl, and every id, in order, to WORK/expected-ids.

    scripts/synthetic-articles.py WORK COUNT [SEED]
"""
import json, os, random, sys
work, count = sys.argv[1], int(sys.argv[2])
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
rng = random.Random(seed)
onsets, vowels = "bcdfglmnprstv", ["a", "e", "i", "o", "u", "é", "ou", "ai"]
def word(): return "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))
def sentence(n): s = " ".join(word() for _ in range(n)); return s[0].upper() + s[1:] + "."
def article():
    paragraphs = [" ".join(sentence(rng.randint(8, 15)) for _ in range(rng.randint(2, 3))) for _ in range(4)]
    paragraphs.append("« %s », a déclaré %s %s." % (sentence(9), word().capitalize(), word().capitalize()))
    return sentence(6), "\n\n".join(paragraphs)
os.makedirs(work, exist_ok=True)
ids = []
with open(os.path.join(work, "records.jsonl"), "w") as jsonl:
    for index in range(count):
        title, body = article()
        if index % 10 < 7:
            doc_id = "d%d/doc-%05d" % (index % 7, index)
            path = os.path.join(work, "drop", doc_id + ".txt")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").write(title + "\n\n" + body + "\n")
        else:
            doc_id = "rec-%05d" % index
            jsonl.write(json.dumps({"id": doc_id, "title": title, "text": body}, ensure_ascii=False) + "\n")
        ids.append(doc_id)
open(os.path.join(work, "expected-ids"), "w").write("\n".join(ids) + "\n")
