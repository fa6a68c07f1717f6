"""RSS/Atom feeds and pages over HTTP(S): the fetcher, feed entries, single URLs.

A feed entry's linked page is fetched and left for extraction (:class:`HtmlRecord`); an entry
without a link, or whose page cannot be fetched, falls back to the entry's own content when it
has any. Links already stored (``known_url``) are not fetched again.
"""

from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from .article import HtmlRecord, RawArticle, Record
from .files import parse_bytes
from .text import decode, looks_like_html

USER_AGENT = "kroniek/0.1 (news event extraction)"
FETCH_TIMEOUT = 30.0
FETCH_THREADS = 8


class Fetcher:
    """HTTP(S) client for feeds and the pages they link (httpx; redirects followed; timeouts)."""

    def __init__(self, timeout: float = FETCH_TIMEOUT) -> None:
        import httpx

        self._httpx = httpx
        self.client = httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})

    def get(self, url: str, max_bytes: int) -> tuple[bytes, str]:
        """(body, content type); InputError naming the URL for any network or HTTP failure."""
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise InputError(f"HTTP {resp.status_code} {resp.reason_phrase} (expected 200)", source=url)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(f"response is over the limit of {max_bytes:,} bytes", source=url)
                    chunks.append(chunk)
                return b"".join(chunks), resp.headers.get("content-type", "")
        except self._httpx.HTTPError as exc:
            raise InputError(f"cannot fetch: {type(exc).__name__}: {exc}".rstrip(": "), source=url) from None

    def close(self) -> None:
        self.client.close()


def looks_like_feed(data: bytes, content_type: str) -> bool:
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom", "/xml", "+xml")) and "xhtml" not in ct:
        return True
    head = data.lstrip()[:500].lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith((b"<rss", b"<feed"))


def _struct_iso(value: Any) -> str | None:
    if not value:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", value)
    except (TypeError, ValueError):
        return None


def feed_records(data: bytes, name: str, *, fetcher: Fetcher, max_bytes: int,
                 known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """The articles of an RSS/Atom feed: each entry's linked page fetched (see the module docstring)."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield InputError(f"not an RSS/Atom feed with entries{reason}".strip(), source=name)
        return
    feed_title = (parsed.get("feed") or {}).get("title") or None

    def one(k_entry: tuple[int, Any]) -> Record | None:
        k, entry = k_entry
        link = entry.get("link") or None
        entry_name = link or f"{name}#{k + 1}"
        published = _struct_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        meta = {"title": entry.get("title") or None, "published": published, "source": feed_title}
        if link and known_url is not None and known_url(link):
            return None
        error: InputError | None = None
        if link:
            try:
                body, _ctype = fetcher.get(link, max_bytes)
                return HtmlRecord(name=link, html=decode(body, link), url=link, **meta)
            except InputError as exc:
                error = exc
        content = entry.get("content") or []
        html = (content[0].get("value") if content else None) or entry.get("summary") or ""
        if html.strip():
            return HtmlRecord(name=entry_name, html=f"<html><body><article>{html}</article></body></html>",
                              url=link, **meta)
        return error or InputError("feed entry has neither a link nor any content", source=entry_name)

    with cf.ThreadPoolExecutor(FETCH_THREADS) as pool:
        for rec in pool.map(one, enumerate(entries)):
            if rec is not None:
                yield rec


def url_records(url: str, body: bytes, content_type: str) -> Iterator[Record]:
    """A fetched page (HTML), or text / JSON / JSONL served over HTTP."""
    from urllib.parse import urlsplit

    try:
        text = decode(body, url)
        if "html" in content_type.lower() or looks_like_html(text):
            yield HtmlRecord(name=url, html=text, url=url)
            return
        for item in parse_bytes(body, url, Path(urlsplit(url).path).suffix):
            yield item if not isinstance(item, RawArticle) or item.url else replace(item, url=url)
    except InputError as exc:
        yield exc
