"""Run glaneur over JSONL records on Apache Spark with RDD.pipe.

usage: spark-submit glaneur_spark.py --bundle glaneur-bundle.tar.gz --input IN.jsonl[,...] \
           --output OUT_DIR [--report REPORT.json] [--partitions N]

The bundle (contrib/spark/make-bundle.sh) holds the binary, pipeline.json, lexicons/ and
glaneur-pipe.sh; Spark ships it to every executor (SparkContext.addArchive) and unpacks it there.
Each partition is piped through one `glaneur run -` process: one record out per record in, in
order, whatever happens to a document (see docs/scale.md, "The pipe contract"). Records are
written as text files under OUT_DIR; the partitions' reports are merged exactly by
`glaneur merge --reports` on the driver into REPORT.json.

Input records should carry an "id" (and a "source"): a record without one is named after its line
within its partition, which depends on the partitioning.
"""
import argparse
import os
import subprocess
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession

BUNDLE_NAME = "glaneur-bundle"
REPORT_MARK = "\x1eglaneur-report "


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, help="archive made by contrib/spark/make-bundle.sh")
    parser.add_argument("--input", required=True, help="JSONL input path(s), comma-separated (any Hadoop path)")
    parser.add_argument("--output", required=True, help="directory for the records (text part files)")
    parser.add_argument("--report", help="local file for the merged glaneur-report/1 report")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input into N partitions")
    parser.add_argument("--jobs", type=int, default=1, help="documents at once inside each partition's process")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("glaneur").getOrCreate()
    context = spark.sparkContext
    context.addArchive(os.path.abspath(args.bundle) + "#" + BUNDLE_NAME)
    # Executors unpack archives in their working directory; in local mode, under the driver's
    # SparkFiles directory, which the in-process executors share.
    if context.master.startswith("local"):
        bundle = os.path.join(SparkFiles.getRootDirectory(), BUNDLE_NAME)
    else:
        bundle = BUNDLE_NAME

    lines = context.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    records = lines.filter(lambda line: line.strip() != "")
    piped = records.pipe(
        "sh %s/glaneur-pipe.sh" % bundle, env={"GLANEUR_JOBS": str(args.jobs)})
    piped.cache()
    piped.filter(lambda line: not line.startswith(REPORT_MARK)).saveAsTextFile(args.output)
    reports = piped.filter(lambda line: line.startswith(REPORT_MARK)).map(lambda line: line[len(REPORT_MARK):]).collect()
    # An empty partition runs no glaneur and so gives no report.
    partitions = records.mapPartitions(lambda rows: [1 if any(True for _ in rows) else 0]).sum()
    if len(reports) != partitions:
        raise SystemExit("glaneur: %d partitions but %d reports; a partition's process failed (see executor logs)"
                         % (partitions, len(reports)))
    if args.report:
        merge_reports(reports, args.report, args.bundle)
    spark.stop()


def merge_reports(reports, target, bundle):
    """Merges the partitions' reports with the bundle's own binary, so the merge is the project's."""
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["tar", "-xzf", bundle, "-C", scratch, "./glaneur"], check=True)
        paths = []
        for index, report in enumerate(reports):
            path = os.path.join(scratch, "partition-%05d.json" % index)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(report + "\n")
            paths.append(path)
        subprocess.run([os.path.join(scratch, "glaneur"), "merge", "--reports", "-o", target] + paths, check=True)


if __name__ == "__main__":
    main()
