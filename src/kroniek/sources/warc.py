"""WARC (and ARC) archives, plain or gzipped: which records are articles, and how they are read.

The rules, the same for ``kroniek ingest`` and ``kroniek batch``:

* a ``response`` record with any 2xx HTTP status is an article candidate when its payload is
  HTML (also when it declares no Content-Type) or plain text; redirects, errors, images,
  scripts and the like are passed over silently;
* a ``resource`` or ``conversion`` record (WET: the text Common Crawl extracted from a page) is
  read as HTML when its Content-Type says HTML, else as plain text when it is ``text/plain``
  (the default for these records);
* requests, metadata, warcinfo and revisits are never articles;
* the payload is decoded as UTF-8, else in the charset its headers declare, else as detected;
* a record is named by its ``WARC-Target-URI`` (else ``INPUT#N``, N counting the article
  records from 1); ``published`` is the page's own date, else the crawl's ``WARC-Date``
  (a news crawl fetches pages within hours of publication);
* a file whose records cannot be read, or that holds no WARC records at all, is one error
  naming the file; records read before the damage are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from io import RawIOBase
from typing import IO, Any, Literal

from ..errors import InputError
from .article import HtmlRecord, RawArticle, Record
from .text import decode

Content = Literal["html", "text"]


def warc_content(record: Any) -> Content | None:
    """``"html"`` or ``"text"`` for a record holding an article (see the module docstring), else None."""
    kind = record.rec_type
    if kind == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None
        ctype = (http.get_header("Content-Type") or "text/html").lower()
    elif kind in ("resource", "conversion"):
        ctype = (record.rec_headers.get_header("Content-Type") or "text/plain").lower()
    else:
        return None
    if "html" in ctype:
        return "html"
    return "text" if "text/plain" in ctype else None


def archive_records(stream: IO[bytes] | RawIOBase, name: str, *, whole_file: bool = True) -> Iterator[tuple[Any, Any]]:
    """(iterator, record) for every record of an open WARC stream; InputError naming ``name`` when the
    stream is not a WARC file (``whole_file``: also when it holds no records at all) or is damaged."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        it = ArchiveIterator(stream)
        for record in it:
            # warcio reads anything without a WARC header as ARC: an ARC record must name a web page.
            if record.format.startswith("arc") and not (record.rec_headers.get_header("uri") or "").startswith(
                    ("http://", "https://")):
                raise InputError(f"not a WARC file: record {n + 1} has no WARC/1.x header", source=name)
            n += 1
            yield it, record
    except ArchiveLoadFailed as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable record"
        raise InputError(f"not a readable WARC file after {n} records: {msg}", source=name) from None
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(f"WARC file is truncated or corrupt after {n} records: {exc}", source=name) from None
    if whole_file and n == 0:
        raise InputError("not a readable WARC file: no WARC records found", source=name)


def target_uri(record: Any) -> str | None:
    header = "uri" if record.format.startswith("arc") else "WARC-Target-URI"
    return record.rec_headers.get_header(header) or None


def record_name(record: Any, input_name: str, number: int) -> str:
    """How a WARC record is named: its target URI, else ``INPUT#N`` (N from 1)."""
    return target_uri(record) or f"{input_name}#{number}"


def _charset(record: Any) -> str | None:
    headers = record.http_headers or record.rec_headers
    m = re.search(r"charset=[\"']?([\w.:-]+)", headers.get_header("Content-Type") or "", re.I)
    return m.group(1) if m else None


def warc_record(record: Any, content: Content, name: str, max_bytes: int) -> Record:
    """The article (text) or page to extract (HTML) of one WARC record, or why it cannot be read."""
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return InputError(f"record is over the limit of {max_bytes:,} bytes", source=name)
    try:
        text = decode(body, name, _charset(record))
    except InputError as exc:
        return exc
    uri, crawled = target_uri(record), record.rec_headers.get_header("WARC-Date") or None
    if content == "text":
        return RawArticle(name=name, text=text.strip(), url=uri, published=crawled)
    return HtmlRecord(name=name, html=text, url=uri, fallback_published=crawled)


def warc_records(path: str, *, max_bytes: int, known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """The article records of a WARC file, in order (``known_url``: pages already stored, passed over)."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", source=path)
        return
    number = 0
    with stream:
        try:
            for _, record in archive_records(stream, path):
                content = warc_content(record)
                if content is None:
                    continue
                number += 1
                uri = target_uri(record)
                if uri and known_url is not None and known_url(uri):
                    continue
                yield warc_record(record, content, record_name(record, path, number), max_bytes)
        except InputError as exc:
            yield exc
