"""Every record of a list of inputs (paths, directories, globs, URLs, ``-``), whatever their kind, in order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from .article import Record
from .feeds import Fetcher, feed_records, looks_like_feed, url_records
from .files import ALL_KINDS, Kind, expand, is_url, kind_of, read
from .warc import warc_records


def records(inputs: Iterable[str], *, max_bytes: int, kinds: frozenset[Kind] = ALL_KINDS,
            fetcher: Fetcher | None = None, known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """Every record of ``inputs`` (directories searched for files of ``kinds``), errors included.

    URLs are fetched (a feed's pages too); ``known_url``: pages already stored, not fetched or read again.
    """
    own = fetcher is None
    fetch: Fetcher | None = fetcher
    try:
        for item in expand(inputs, kinds):
            kind = kind_of(item)
            if is_url(item):
                if fetch is None:
                    fetch = Fetcher()
                try:
                    body, ctype = fetch.get(item, max_bytes)
                except InputError as exc:
                    yield exc
                    continue
                if looks_like_feed(body, ctype):
                    yield from feed_records(body, item, fetcher=fetch, max_bytes=max_bytes, known_url=known_url)
                else:
                    yield from url_records(item, body, ctype)
            elif kind == "warc":
                yield from warc_records(item, max_bytes=max_bytes, known_url=known_url)
            elif kind == "feed":
                try:
                    data = Path(item).read_bytes()
                except OSError as exc:
                    yield InputError(f"cannot read: {exc.strerror}", source=item)
                    continue
                if fetch is None:
                    fetch = Fetcher()
                yield from feed_records(data, item, fetcher=fetch, max_bytes=max_bytes, known_url=known_url)
            else:
                yield from read(item, max_bytes=max_bytes)
    finally:
        if own and fetch is not None:
            fetch.close()
