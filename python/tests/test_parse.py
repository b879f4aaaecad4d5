from datetime import datetime, timezone

import pytest

import newsclip
from conftest import STORY

CONTRACT_KEYS = [
    "title", "subtitle", "authors", "credits", "published", "updated", "dateline",
    "section", "reading_time_minutes", "key_points", "captions", "body", "related",
]
AUDIT_KEYS = {"spans", "lines", "removed"}


def test_version_and_error_type():
    assert newsclip.__version__.count(".") == 2
    assert issubclass(newsclip.Error, ValueError)


def test_parse_fields():
    arts = newsclip.parse(STORY)
    main = arts[0]
    assert main["title"] == "Storm closes schools across the region"
    assert main["authors"] == ["Jane Doe"]
    assert [b["kind"] for b in main["body"]] == ["paragraph", "paragraph"]
    assert main["body"][0]["text"].startswith("Schools across the region closed on Monday")
    assert 0.0 < main["confidence"] <= 1.0


def test_keys_match_the_json_output():
    main = newsclip.parse(STORY)[0]
    assert list(main)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert not AUDIT_KEYS & set(main)
    full = newsclip.parse(STORY, audit=True)[0]
    assert AUDIT_KEYS <= set(full)
    assert {k: v for k, v in full.items() if k not in AUDIT_KEYS} == main
    assert all(isinstance(line["span"], list) for line in full["lines"])


def test_reference_time_resolves_relative_dates():
    assert newsclip.parse(STORY)[0]["published"] is None
    when = datetime(2025, 1, 6, 12, 0, tzinfo=timezone.utc)
    for ref in (when, "2025-01-06T12:00:00Z"):
        got = newsclip.parse(STORY, reference_time=ref)[0]["published"]
        assert got is not None and got.startswith("2025-01-06T10:00:00")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"reference_time": "yesterday"},
        {"reference_time": datetime(2025, 1, 6)},  # no tzinfo
        {"reference_time": 12},
        {"preference": "most"},
    ],
)
def test_bad_options_raise_error(kwargs):
    with pytest.raises(newsclip.Error):
        newsclip.parse(STORY, **kwargs)


def test_bytes_are_decoded_lossily_with_a_warning():
    arts = newsclip.parse(STORY.encode() + b"\n\nCaf\xe9 owners said the storm hurt business this week.\n")
    assert {"kind": "invalid_utf8"} in arts[0]["warnings"]
    assert {"kind": "invalid_utf8"} not in newsclip.parse(STORY.encode())[0]["warnings"]
    with pytest.raises(newsclip.Error):
        newsclip.parse(42)


def test_parse_many_keeps_order_and_matches_parse():
    texts = [STORY.replace("40", str(n)) for n in range(30)] + [b"", "Headline only\n"]
    for jobs in (None, 1, 2, 7):
        got = newsclip.parse_many(texts, jobs=jobs)
        assert got == [newsclip.parse(t) for t in texts]
    assert newsclip.parse_many([]) == []
    assert newsclip.parse_many(iter([STORY]), audit=True)[0][0]["lines"]
    with pytest.raises(newsclip.Error):
        newsclip.parse_many([STORY], jobs=0)
    with pytest.raises(newsclip.Error):
        newsclip.parse_many([STORY, None])


def test_clean_and_rules():
    assert newsclip.clean("Caf&eacute;  It\u00e2\u20ac\u2122s\u200b here ") == "Caf\u00e9 It\u2019s here"
    names = [r["name"] for r in newsclip.rules()]
    assert "decode_entities" in names and "ascii_quotes" in names
    assert newsclip.clean("it\u2019s", rules=["ascii_quotes"]) == "it's"
    with pytest.raises(newsclip.Error):
        newsclip.clean("x", rules=["no_such_rule"])


def test_same_json_as_the_cli():
    """parse(audit=True) gives exactly the JSON of `newsclip extract --audit`
    on the repository's seed pages, and parse() that of `newsclip extract`
    (NEWSCLIP_BIN names the binary; .ci/run sets it)."""
    import json
    import os
    import subprocess
    from pathlib import Path

    binary = os.environ.get("NEWSCLIP_BIN")
    if not binary:
        pytest.skip("NEWSCLIP_BIN is not set")
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        cmd = [binary, "extract", "--quiet", "--format", "jsonl", "--audit", str(seed)]
        run = subprocess.run(cmd, capture_output=True, check=True)
        want = json.loads(run.stdout)["articles"]
        assert newsclip.parse(seed.read_bytes(), audit=True) == want, seed.name
        slim = [{k: v for k, v in a.items() if k not in AUDIT_KEYS} for a in want]
        assert newsclip.parse(seed.read_text(encoding="utf-8")) == slim, seed.name
        cmd.remove("--audit")
        run = subprocess.run(cmd, capture_output=True, check=True)
        assert json.loads(run.stdout)["articles"] == slim, seed.name


def test_rules_and_model_choose_who_labels_the_lines(tmp_path):
    by_rules = newsclip.parse(STORY, rules=True)
    assert by_rules[0]["title"] == newsclip.parse(STORY)[0]["title"]
    assert newsclip.parse_many([STORY], rules=True, jobs=1) == [by_rules]
    bad = tmp_path / "bad.weights"
    bad.write_bytes(b"not weights at all")
    with pytest.raises(newsclip.Error, match="bad.weights"):
        newsclip.parse(STORY, model=bad)
    with pytest.raises(newsclip.Error, match="missing.weights"):
        newsclip.parse(STORY, model=str(tmp_path / "missing.weights"))
    with pytest.raises(newsclip.Error, match="not both"):
        newsclip.parse(STORY, model=bad, rules=True)


# Three different paragraphs (a paragraph printed again is a pull quote).
WRAPPED = "Bridge to close for repairs\n\n" + "".join(
    f"   The council voted on {day} to close the old bridge to traffic for\n"
    f"   repairs that engineers say are {n} years overdue, after an inspection found deep\n"
    f"   cracks in {n} of its supports and rust along the whole of its deck.\n\n"
    for day, n in (("Tuesday", "two"), ("Wednesday", "three"), ("Thursday", "four"))
)


def test_wrapped_text_is_joined_unless_kept_apart():
    joined = newsclip.parse(WRAPPED)[0]["body"]
    assert len(joined) == 3
    assert joined[0]["text"].startswith("The council voted on Tuesday to close the old bridge to traffic for repairs")
    apart = newsclip.parse(WRAPPED, unwrap=False)[0]["body"]
    assert len(apart) > 3
    assert [len(a[0]["body"]) for a in newsclip.parse_many([WRAPPED], unwrap=False, jobs=1)] == [len(apart)]


def test_markdown_marks_are_stripped():
    assert newsclip.clean("## By **Jane Doe**") == "By Jane Doe"
    assert "strip_markup" in [r["name"] for r in newsclip.rules()]
