"""Helpers: WET/WARC files written by the tests themselves."""

import gzip

import pytest

STORY = (
    "Storm closes schools across the region\n\n"
    "By Jane Doe\n\n"
    "Published 2 hours ago\n\n"
    "Schools across the region closed on Monday as a storm brought heavy snow "
    "and strong winds to the valley, officials said.\n\n"
    "The closures affect more than 40 schools, the district said in a statement.\n"
)


def record(warc_type, uri, body, date="2025-01-06T12:00:00Z", content_type="text/plain"):
    """The bytes of one WARC record."""
    if isinstance(body, str):
        body = body.encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


def wet_records(n=3):
    """A warcinfo record, `n` conversion records and one HTML response."""
    recs = [record("warcinfo", "", "software: test\r\n", content_type="application/warc-fields")]
    for i in range(n):
        recs.append(record("conversion", f"https://news.example/{i}", STORY.replace("40", str(40 + i))))
    recs.append(record("response", "https://news.example/html", "HTTP/1.1 200 OK\r\n\r\n<html>", content_type="application/http"))
    return recs


def write_wet(path, recs, gzipped=True):
    """Writes `recs`, one gzip member per record (as Common Crawl does)."""
    data = b"".join(gzip.compress(r) for r in recs) if gzipped else b"".join(recs)
    path.write_bytes(data)
    return path


@pytest.fixture
def wet_file(tmp_path):
    return write_wet(tmp_path / "sample.warc.wet.gz", wet_records())
