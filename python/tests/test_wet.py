import gzip
import warnings

import pytest

import newsclip
from conftest import record, wet_records, write_wet


def test_read_wet_yields_text_records(wet_file):
    reader = newsclip.read_wet(wet_file)
    got = list(reader)
    assert [url for url, _, _ in got] == [f"https://news.example/{i}" for i in range(3)]
    url, date, articles = got[0]
    assert date == "2025-01-06T12:00:00Z"
    assert articles[0]["title"] == "Storm closes schools across the region"
    # "2 hours ago" is resolved against the record's WARC-Date.
    assert articles[0]["published"].startswith("2025-01-06T10:00:00")
    assert reader.counts == {"text": 3, "skipped": {"response": 1, "warcinfo": 1}, "errors": 0}
    assert reader.summary() == "3 text records; skipped 1 response, 1 warcinfo"


def test_plain_and_gzip_files_read_alike(tmp_path):
    a = list(newsclip.read_wet(write_wet(tmp_path / "a.wet", wet_records(), gzipped=False)))
    b = list(newsclip.read_wet(write_wet(tmp_path / "b.wet.gz", wet_records())))
    assert a == b and len(a) == 3


def test_text_resource_records_count_and_html_ones_do_not(tmp_path):
    recs = [
        record("resource", "https://a.example/", "Plain page\n\nSome text of the page.\n"),
        record("resource", "https://b.example/", "<html></html>", content_type="text/html"),
    ]
    got = list(newsclip.read_wet(write_wet(tmp_path / "r.warc", recs, gzipped=False)))
    assert [u for u, _, _ in got] == ["https://a.example/"]


def test_truncated_member_raises_with_offset_and_reading_goes_on(tmp_path):
    members = [gzip.compress(r) for r in wet_records()]
    bad_at = len(members[0]) + len(members[1])
    members[2] = members[2][: len(members[2]) // 2]
    path = tmp_path / "cut.wet.gz"
    path.write_bytes(b"".join(members))
    reader = newsclip.read_wet(path)
    first = next(reader)
    assert first[0] == "https://news.example/0"
    with pytest.raises(newsclip.Error) as err:
        next(reader)
    assert str(path) in str(err.value) and f"byte {bad_at}" in str(err.value)
    rest = list(reader)
    assert [u for u, _, _ in rest] == ["https://news.example/2"]
    assert reader.counts["errors"] == 1


def test_error_modes(tmp_path):
    recs = wet_records()
    data = recs[0] + b"garbage between records\r\n" + b"".join(recs[1:])
    path = tmp_path / "junk.warc"
    path.write_bytes(data)
    skipped = newsclip.read_wet(path, errors="skip")
    assert len(list(skipped)) == 3
    assert skipped.errors == [f"{path}: byte {len(recs[0])}: 25 bytes that are not a WARC record"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(list(newsclip.read_wet(path, errors="warn"))) == 3
    assert [w.category for w in caught] == [RuntimeWarning]
    with pytest.raises(newsclip.Error):
        newsclip.read_wet(path, errors="ignore")


def test_content_length_past_the_end(tmp_path):
    data = b"".join(wet_records())[:-10]  # inside the last block
    path = tmp_path / "short.wet"
    path.write_bytes(data)
    reader = newsclip.read_wet(path, errors="skip")
    assert len(list(reader)) == 3
    assert "Content-Length" in reader.errors[0] and "runs past the end of the file" in reader.errors[0]


def test_invalid_utf8_record_is_decoded_lossily(tmp_path):
    body = "Caf\u00e9 reopens after the storm\n\nThe caf\u00e9 on Main Street reopened on Tuesday after the storm.\n"
    rec = record("conversion", "https://c.example/", body.encode().replace(b"\xc3\xa9", b"\xe9"))
    (_, _, articles), = newsclip.read_wet(write_wet(tmp_path / "l1.wet.gz", [rec]))
    assert {"kind": "invalid_utf8"} in articles[0]["warnings"]
    # U+FFFD stands for the bad byte (or is dropped by the cleaning rules).
    assert articles[0]["title"].replace("\ufffd", "") == "Caf reopens after the storm"


def test_unreadable_file_is_an_error(tmp_path):
    with pytest.raises(newsclip.Error):
        newsclip.read_wet(tmp_path / "missing.wet.gz")
    with pytest.raises(newsclip.Error):
        newsclip.read_wet(tmp_path)  # a directory
