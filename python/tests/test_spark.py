"""The Spark job of examples/cc_spark.py in local mode on WET files written here."""

import gzip
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import wet_records, write_wet

JOB = Path(__file__).resolve().parent.parent / "examples" / "cc_spark.py"
# .ci/run sets this: there a missing pyspark or Java is a failure, not a skip.
REQUIRED = os.environ.get("NEWSCLIP_REQUIRE_SPARK") == "1"


def need(ok, why):
    if not ok:
        if REQUIRED:
            pytest.fail(why)
        pytest.skip(why)


def test_spark_job_writes_parquet_rows(tmp_path):
    try:
        import pyarrow.parquet as pq
        import pyspark  # noqa: F401
    except ImportError as e:
        need(False, f"pyspark/pyarrow not installed: {e}")
    need(shutil.which("java") or os.environ.get("JAVA_HOME"), "no Java runtime")

    first = write_wet(tmp_path / "one.warc.wet.gz", wet_records(3))
    members = [gzip.compress(r) for r in wet_records(2)]
    members.insert(2, b"not gzip at all")
    second = tmp_path / "two.warc.wet.gz"
    second.write_bytes(b"".join(members))
    listing = tmp_path / "wet.paths"
    listing.write_text(f"{first}\nfile://{second}\n")
    out = tmp_path / "table"

    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    start = time.monotonic()
    run = subprocess.run(
        [sys.executable, str(JOB), "--master", "local[2]", "--num-input-partitions", "2",
         str(listing), str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    print(f"spark job: {time.monotonic() - start:.1f} s")
    assert run.returncode == 0, run.stderr[-4000:]
    assert "cc_spark: 5 text records, 1 errors" in run.stderr

    table = pq.read_table(out).to_pylist()
    assert sorted(r["url"] for r in table) == sorted(
        [f"https://news.example/{i}" for i in range(3)] + [f"https://news.example/{i}" for i in range(2)]
    )
    assert set(table[0]) == {
        "url", "warc_date", "title", "subtitle", "authors", "credits", "published",
        "updated", "section", "body", "confidence", "warnings",
    }
    for r in table:
        assert r["title"] == "Storm closes schools across the region"
        assert r["authors"] == ["Jane Doe"]
        assert r["warc_date"] == "2025-01-06T12:00:00Z"
        assert r["published"].startswith("2025-01-06T10:00:00")
        assert r["body"].startswith("Schools across the region closed on Monday")
        assert "\n\nThe closures affect" in r["body"]
        assert 0.0 < r["confidence"] <= 1.0
        assert isinstance(r["warnings"], list)
