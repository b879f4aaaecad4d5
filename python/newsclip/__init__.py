"""Cut clean, typed news articles out of messy scraped text.

``parse`` and ``parse_many`` turn page text into article dicts (the keys and
values of the ``extract`` tool's JSON); ``read_wet`` streams the articles of
the text records of a Common Crawl WET (or WARC) file.
"""

from ._newsclip import (
    Error,
    WetReader,
    __version__,
    clean,
    parse,
    parse_many,
    read_wet,
    rules,
)

__all__ = [
    "Error",
    "WetReader",
    "__version__",
    "clean",
    "parse",
    "parse_many",
    "read_wet",
    "rules",
]
