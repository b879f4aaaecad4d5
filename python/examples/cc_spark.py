"""News articles out of Common Crawl WET files, on Apache Spark.

In the style of Common Crawl's cc-pyspark jobs: the input is a text file
listing WET files, one per line (local paths, ``file://``, ``http(s)://``
URLs such as ``https://data.commoncrawl.org/crawl-data/...wet.gz``, or
``s3://`` when boto3 is installed); each Spark task reads its files with
``newsclip.read_wet`` and the main story of every text record becomes one
row of a Parquet table.

    spark-submit cc_spark.py [--master local[2]] [--num-input-partitions N] LISTING OUTPUT

Columns: url, warc_date, title, subtitle, authors, credits, published,
updated, section, body, confidence, warnings. Records that cannot be read
are logged on the executors' stderr and counted in the summary at the end.
"""

import argparse
import os
import shutil
import sys
import tempfile
import urllib.request

import newsclip

COLUMNS = [
    ("url", "string"),
    ("warc_date", "string"),
    ("title", "string"),
    ("subtitle", "string"),
    ("authors", "array<string>"),
    ("credits", "array<string>"),
    ("published", "string"),
    ("updated", "string"),
    ("section", "string"),
    ("body", "string"),
    ("confidence", "float"),
    ("warnings", "array<string>"),
]


def schema():
    """The table's Spark schema."""
    from pyspark.sql.types import (
        ArrayType,
        FloatType,
        StringType,
        StructField,
        StructType,
    )

    kinds = {
        "string": StringType(),
        "float": FloatType(),
        "array<string>": ArrayType(StringType()),
    }
    return StructType([StructField(name, kinds[kind], True) for name, kind in COLUMNS])


def row(url, warc_date, article):
    """One table row: the page's main story."""
    warnings = [
        w["kind"] + (f": {w['detail']}" if w.get("detail") else "")
        for w in article.get("warnings", [])
    ]
    return (
        url,
        warc_date,
        article.get("title") or None,
        article.get("subtitle"),
        article.get("authors", []),
        article.get("credits", []),
        article.get("published"),
        article.get("updated"),
        article.get("section"),
        "\n\n".join(block["text"] for block in article.get("body", [])),
        float(article.get("confidence", 0.0)),
        warnings,
    )


def local_copy(path, tmpdir):
    """A local file for `path`: the path itself, or a download of a URL."""
    if path.startswith("file://"):
        return path[len("file://") :]
    if path.startswith(("http://", "https://")):
        local = os.path.join(tmpdir, os.path.basename(path) or "input.wet.gz")
        with urllib.request.urlopen(path) as src, open(local, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        return local
    if path.startswith("s3://"):
        import boto3  # only needed for s3:// listings

        bucket, _, key = path[len("s3://") :].partition("/")
        local = os.path.join(tmpdir, os.path.basename(key) or "input.wet.gz")
        boto3.client("s3").download_file(bucket, key, local)
        return local
    return path


def process_partition(paths, counters):
    """Rows of the WET files of one partition (for ``mapPartitions``)."""
    records, errors = counters
    with tempfile.TemporaryDirectory(prefix="cc_newsclip_") as tmpdir:
        for path in paths:
            path = path.strip()
            if not path or path.startswith("#"):
                continue
            try:
                local = local_copy(path, tmpdir)
                reader = newsclip.read_wet(local, errors="skip")
            except (OSError, ValueError) as e:
                print(f"cc_spark: {path}: {e}", file=sys.stderr)
                errors.add(1)
                continue
            for url, warc_date, articles in reader:
                records.add(1)
                if articles:
                    yield row(url, warc_date, articles[0])
            for message in reader.errors:
                print(f"cc_spark: {message}", file=sys.stderr)
            errors.add(len(reader.errors))
            if local != path and local.startswith(tmpdir):
                os.remove(local)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="text file listing WET files, one per line")
    parser.add_argument("output", help="directory of the Parquet table (replaced)")
    parser.add_argument("--master", help="Spark master (default: as spark-submit sets it)")
    parser.add_argument("--num-input-partitions", type=int, default=None)
    parser.add_argument("--num-output-partitions", type=int, default=None)
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("cc_newsclip")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    counters = (sc.accumulator(0), sc.accumulator(0))

    listing = sc.textFile(args.input)
    if args.num_input_partitions:
        # One WET file is one unit of work: spread the listing's lines.
        listing = listing.repartition(args.num_input_partitions)
    rows = listing.mapPartitions(lambda paths: process_partition(paths, counters))
    table = spark.createDataFrame(rows, schema())
    if args.num_output_partitions:
        table = table.coalesce(args.num_output_partitions)
    table.write.mode("overwrite").parquet(args.output)
    records, errors = counters
    print(
        f"cc_spark: {records.value} text records, {errors.value} errors -> {args.output}",
        file=sys.stderr,
    )
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
