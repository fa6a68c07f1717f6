"""WARC archives: a truncated or corrupt archive is one error naming the file, after the records before the damage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kroniek.errors import InputError
from kroniek.sources import HtmlRecord, records

PAGES = 9
TEXT = ("Duizenden boeren demonstreerden dinsdag in Den Haag tegen de nieuwe stikstofregels. "
        "De politie hield veertien betogers aan. Volgens de organisatie waren er 5000 deelnemers.")


def write_warc(path: Path, n: int = PAGES) -> list[str]:
    """n HTML responses (gzipped per record if the name ends .gz); their URLs."""
    urls = [f"https://news.example/{k}" for k in range(n)]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for k, url in enumerate(urls):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            body = f"<html><body><article><h1>Bericht {k}</h1><p>{TEXT}</p></article></body></html>".encode()
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
    return urls


def cut_inside_record(path: Path, k: int, at: float) -> None:
    """Truncate the file inside its k-th record (from 0), ``at`` its length, as an interrupted download does."""
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        spans = [(it.get_record_offset(), it.get_record_length()) for _ in it]
    start, length = spans[k]
    path.write_bytes(path.read_bytes()[: start + int(length * at)])


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"])
@pytest.mark.parametrize("at", [0.05, 0.5, 0.95], ids=["in-headers", "in-payload", "near-end"])
def test_truncated_warc_gives_the_records_before_the_damage_then_one_error(tmp_path: Path, name: str,
                                                                           at: float) -> None:
    path = tmp_path / name
    urls = write_warc(path)
    cut_inside_record(path, 5, at)
    items = list(records([str(path)], max_bytes=1_000_000))
    assert [r.name for r in items[:-1] if isinstance(r, HtmlRecord)] == urls[:5]
    assert len(items) == 6
    error = items[-1]
    assert isinstance(error, InputError) and error.source == str(path)
    assert "truncated or corrupt" in error.message and "5 records" in error.message


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"])
def test_a_whole_warc_has_no_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    urls = write_warc(path)
    items = list(records([str(path)], max_bytes=1_000_000))
    assert [r.name for r in items if isinstance(r, HtmlRecord)] == urls and len(items) == PAGES
