"""What a source yields: an article read (:class:`RawArticle`) or a web page still to extract
(:class:`HtmlRecord`), and the one minimum-length rule every article meets before analysis."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..settings import Settings


@dataclass(frozen=True)
class RawArticle:
    """An article as read, before analysis. ``name`` identifies it in messages and outputs."""

    name: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class HtmlRecord:
    """A web page still to be extracted (from a feed or a WARC); metadata from the feed/WARC fills gaps.

    Extraction (trafilatura) is the slow part of reading a page, so it is left to whoever
    analyses the record (a worker process), not done while the inputs are listed.
    """

    name: str
    html: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    fallback_published: str | None = None  # e.g. the WARC crawl date, used only if the page has none


#: What sources yield: an article, a page to extract, or why a record cannot be read.
Record = RawArticle | HtmlRecord | InputError


def check_length(text: str, settings: Settings, *, source: str | None = None) -> None:
    """The one minimum-length rule (setting ``min_chars``), applied to the text of every article
    after extraction, whatever its format: less is navigation, a stub or a teaser."""
    min_chars = settings.min_chars
    n = len(text.strip())
    if n < min_chars:
        raise InputError(f"text has {n} characters; at least {min_chars} are needed for an article", source=source)


def opt_str(value: Any) -> str | None:
    """A metadata value as text, or None for a missing or empty one."""
    return str(value) if value not in (None, "") else None
