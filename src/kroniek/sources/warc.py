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
  naming the file; the whole records before the damage are kept. A truncated file (a download
  cut short) is damage too: warcio reads a cut record's short payload, or a gzip member without
  its end, without a word, so every record is checked to end where its headers say it does.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ArchiveRecord:
    """One record of an open archive: the warcio record, its position in the file (from 1) and the
    iterator that read it (which knows where the record lies and whether it ended where it should)."""

    record: Any
    number: int
    iterator: Any
    source: str

    def ensure_whole(self) -> None:
        """Read the rest of the record; InputError naming the file when the record is cut short (a
        payload shorter than its Content-Length, or a gzip member that ends before its trailer)."""
        it = self.iterator
        it.read_to_end()
        short = getattr(self.record.raw_stream, "limit", 0) > 0
        decompressor = it.reader.decompressor if it.reader is not None else None
        unfinished = it.next_line is None and decompressor is not None and not getattr(decompressor, "eof", True)
        if short or unfinished:
            raise damaged(self.source, self.number - 1, f"record {self.number} is cut short")

    @property
    def span(self) -> tuple[int, int]:
        """Where the record lies in the file: (first byte, end byte)."""
        start = self.iterator.get_record_offset()
        return start, start + self.iterator.get_record_length()


def damaged(source: str, whole: int, why: str) -> InputError:
    """The error of an archive that cannot be read past its first ``whole`` records."""
    if whole == 0:
        return InputError(f"not a readable WARC file: {why}", source=source)
    return InputError(f"WARC file is truncated or corrupt after {whole} records: {why}", source=source)


def archive_records(stream: IO[bytes] | RawIOBase, name: str, *, whole_file: bool = True) -> Iterator[ArchiveRecord]:
    """Every record of an open WARC stream, each checked to be whole once the caller is done with it.

    InputError naming ``name`` when the stream is not a WARC file (``whole_file``: also when it holds
    no records at all), or when it is truncated or corrupt (after the whole records before the damage).
    """
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(stream)
    n = 0
    while True:
        # warcio ends quietly when what follows a record is not a whole one: notice that bytes were left.
        left = n > 0 and _bytes_left(it)
        record = _next_record(it, name, n)
        if record is None:
            if left:
                raise damaged(name, n, f"record {n + 1} is cut short")
            break
        # warcio reads anything without a WARC header as ARC: an ARC record must name a web page.
        if record.format.startswith("arc") and not (record.rec_headers.get_header("uri") or "").startswith(
                ("http://", "https://")):
            raise InputError(f"not a WARC file: record {n + 1} has no WARC/1.x header", source=name)
        # Every record says its length; a header block cut short (or garbled) does not.
        length = record.rec_headers.get_header("length" if record.format.startswith("arc") else "Content-Length")
        if not (length or "").strip().isdigit():
            raise damaged(name, n, f"record {n + 1} is cut short or has no valid length")
        entry = ArchiveRecord(record, n + 1, it, name)
        yield entry
        entry.ensure_whole()  # also a record the caller passed over without reading it
        n += 1
    if whole_file and n == 0:
        raise InputError("not a readable WARC file: no WARC records found", source=name)


def _bytes_left(it: Any) -> bool:
    """Whether the stream goes on after the record just read (a next header line, or a next gzip member)."""
    if it.next_line is not None:
        return True
    decompressor = it.reader.decompressor if it.reader is not None else None
    return bool(decompressor is not None and decompressor.unused_data)


def _next_record(it: Any, name: str, whole: int) -> Any:
    """The next record of ``it`` (None at the end); warcio's errors on a damaged stream as one InputError."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        return next(it, None)
    except ArchiveLoadFailed as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable record"
        # warcio quotes the bad bytes: keep the error one short printable line
        first = "".join(ch if ch.isprintable() else "?" for ch in first)
        raise damaged(name, whole, first if len(first) <= 80 else first[:80] + "...") from None
    except AttributeError:  # warcio parsing the HTTP headers of a record whose WARC headers were cut short
        raise damaged(name, whole, f"record {whole + 1} is cut short or garbled") from None
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        raise damaged(name, whole, f"{type(exc).__name__}: {exc}") from None


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
            for entry in archive_records(stream, path):
                content = warc_content(entry.record)
                if content is None:
                    continue
                number += 1
                uri = target_uri(entry.record)
                if uri and known_url is not None and known_url(uri):
                    continue
                item = warc_record(entry.record, content, record_name(entry.record, path, number), max_bytes)
                entry.ensure_whole()  # a record cut short is the file's error, not an article
                yield item
        except InputError as exc:
            yield exc
