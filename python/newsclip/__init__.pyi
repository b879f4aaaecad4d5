"""Type stubs of the newsclip package."""

import os
from datetime import datetime
from typing import Any, Dict, Iterable, Iterator, List, Literal, Optional, Tuple, Union

__version__: str

Text = Union[str, bytes]
Article = Dict[str, Any]
Preference = Literal["precision", "balanced", "recall"]

class Error(ValueError):
    """Bad options, unreadable files, unreadable WARC records."""

def parse(
    text: Text,
    *,
    reference_time: Union[datetime, str, None] = None,
    audit: bool = False,
    preference: Preference = "balanced",
    model: Union[str, "os.PathLike[str]", None] = None,
    rules: bool = False,
    unwrap: bool = True,
) -> List[Article]:
    """The articles of ``text``, main story first (``bytes`` are decoded
    lossily, with the ``invalid_utf8`` warning). ``audit=True`` keeps the
    ``spans``, ``lines`` and ``removed`` keys. ``model`` is a weights file
    trained with the crate's ``train`` example (default: the shipped
    weights); ``rules=True`` runs the hand-written rules alone.
    ``unwrap=False`` keeps the lines of a hard-wrapped text (a ``lynx -dump``
    page, an e-mail) apart instead of joining them into paragraphs."""

def parse_many(
    texts: Iterable[Text],
    *,
    jobs: Optional[int] = None,
    reference_time: Union[datetime, str, None] = None,
    audit: bool = False,
    preference: Preference = "balanced",
    model: Union[str, "os.PathLike[str]", None] = None,
    rules: bool = False,
    unwrap: bool = True,
) -> List[List[Article]]:
    """One list of articles per text, in order, parsed on ``jobs`` threads
    (default: the number of cores) with the GIL released."""

def clean(text: str, rules: Optional[List[str]] = None) -> str:
    """``text`` cleaned by the default rules, or by the named ``rules``."""

def rules() -> List[Dict[str, Any]]:
    """The built-in cleaning rules: ``name``, ``description``, ``default``."""

class WetReader(Iterator[Tuple[str, Optional[str], List[Article]]]):
    """Iterator of ``(url, warc_date, articles)`` over a WET/WARC file."""

    def __iter__(self) -> "WetReader": ...
    def __next__(self) -> Tuple[str, Optional[str], List[Article]]: ...
    @property
    def errors(self) -> List[str]:
        """Messages of the records that could not be read so far."""
    @property
    def counts(self) -> Dict[str, Any]:
        """``{"text": n, "skipped": {type: n}, "errors": n}`` so far."""
    def summary(self) -> str:
        """A one-line summary of the counts."""

def read_wet(
    path: Union[str, "os.PathLike[str]"],
    *,
    audit: bool = False,
    preference: Preference = "balanced",
    errors: Literal["raise", "warn", "skip"] = "raise",
    model: Union[str, "os.PathLike[str]", None] = None,
    rules: bool = False,
) -> WetReader:
    """Streams the text records (``conversion``, text ``resource``) of a
    plain or gzip WET/WARC file; each record's ``WARC-Date`` is the reference
    time for relative dates. A record that cannot be read raises
    ``newsclip.Error`` naming the file and byte offset (``errors="raise"``;
    the iterator can be resumed), warns, or is skipped."""
