"""Bytes to text, and web pages to article text: decoding, HTML sniffing, extraction, headlines."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from ..errors import InputError
from .article import HtmlRecord, RawArticle

log = logging.getLogger(__name__)


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the declared ``charset`` (an HTTP header's),
    else the encoding charset-normalizer finds.

    UTF-8 goes first because text in another encoding is almost never valid UTF-8, while pages
    that declare ISO-8859-1 but are UTF-8 are common.
    """
    if not data.strip():
        raise InputError("file is empty", source=name)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file (contains NUL bytes), expected text, HTML or JSON", source=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            log.info("%s: not %s as declared", name, charset)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot decode the bytes as text in any known encoding (binary?)", source=name)
    text = str(best)
    if _mostly_unprintable(text):
        raise InputError(f"binary file (decodes as {best.encoding} to unprintable characters)", source=name)
    log.info("%s: decoded as %s", name, best.encoding)
    return text


def _mostly_unprintable(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for c in sample if not (c.isprintable() or c.isspace()))
    return bad > 0.05 * max(1, len(sample))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def html_to_article(html: str, name: str, url: str | None = None) -> RawArticle:
    """The main text and metadata of an HTML page (trafilatura).

    Only a page with no text at all is refused here; how much text an article needs is the
    one minimum-length rule (:func:`~kroniek.sources.article.check_length`), applied later.
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    data: dict[str, Any] = {}
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("HTML page has no article text that could be extracted", source=name)
    return RawArticle(name=name, text=text, title=data.get("title") or None, published=data.get("date") or None,
                      url=data.get("url") or url, source=data.get("sitename") or data.get("hostname") or None,
                      language=None)


def page_to_article(rec: HtmlRecord) -> RawArticle:
    """The article of a page from a feed or WARC: the page's own metadata, the record's filling gaps
    (the feed's title wins: the page title often carries the site name)."""
    art = html_to_article(rec.html, rec.name, rec.url)
    return replace(art, name=rec.name, url=rec.url or art.url, title=rec.title or art.title,
                   published=rec.published or art.published or rec.fallback_published,
                   source=art.source or rec.source)


def headline(text: str) -> str | None:
    """The first line as a title when it looks like one: short, alone in its paragraph, no final stop."""
    first, sep, _ = text.strip().partition("\n")
    first = first.strip()
    if not sep or not text.strip()[len(first):].lstrip(" \t").startswith(("\n", "\r\n")):
        return None
    if 0 < len(first) <= 150 and not first.endswith((".", "?", "!", ":", ",")) and len(first.split()) >= 2:
        return first
    return None
