#!/usr/bin/env python3
"""Writes every file of a samples directory as one JSONL input record with an id and a source
(JSONL files contribute their own records), for the scale-out tests (Spark, GNU parallel).

usage: scripts/samples-as-records.py SAMPLES_DIR OUTPUT.jsonl
"""
import gzip, json, os, sys

directory, target = sys.argv[1], sys.argv[2]
with open(target, "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.endswith(".jsonl"):
            out.writelines(line if line.endswith("\n") else line + "\n" for line in open(path, encoding="utf-8") if line.strip())
            continue
        data = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
        field = "html" if ".htm" in name else "text"
        record = {"id": name.split(".")[0], "source": name, field: data.decode("utf-8", "replace")}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
