"""Local files: the one suffix table, finding inputs (directories, globs), reading one file.

A file's kind comes from its name (:data:`SUFFIXES`): ``.warc`` and ``.jsonl`` inputs may also
be compressed (``.gz``, ``.bz2``, ``.xz``, ``.zst``); sidecars (``NAME.meta.json`` beside
``NAME.txt``) and gold files are never inputs. In a directory, a ``.xml`` file is read only
when it is an RSS/Atom feed.

Limits: a single-article file is refused whole above ``max_bytes``; a JSON-lines file is
read line by line and each record is held to ``max_bytes`` (a dump may be any size).
"""

from __future__ import annotations

import glob
import gzip
import json
import lzma
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError
from .article import RawArticle, opt_str
from .json_records import json_records, jsonl_records
from .text import decode, headline, html_to_article, looks_like_html

Kind = Literal["text", "html", "json", "jsonl", "feed", "warc"]

#: The one suffix table: what a file holds, by the end of its name.
SUFFIXES: dict[str, Kind] = {
    ".txt": "text", ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".arc": "warc",
}
COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")
COMPRESSIBLE: frozenset[Kind] = frozenset({"jsonl", "warc"})  # streams: read record by record
SIDECAR_SUFFIXES = (".meta.json", ".gold.json")
#: The kinds that are articles by themselves or records of articles (no fetching, no archive).
ARTICLE_KINDS: frozenset[Kind] = frozenset({"text", "html", "json", "jsonl"})
ALL_KINDS: frozenset[Kind] = frozenset(SUFFIXES.values())
#: Kinds that hold many pages, read by their own readers (``records``), not as one article file.
ELSEWHERE: dict[Kind, str] = {
    "warc": "a WARC archive holds many pages: read it with `kroniek ingest` or `kroniek batch`",
    "feed": "an RSS/Atom feed links to pages to fetch: read it with `kroniek ingest`",
}
#: Errors that mean the bytes of a stream are bad (not that the storage is unreachable).
CORRUPT = (InputError, gzip.BadGzipFile, EOFError, ValueError, zlib.error, lzma.LZMAError)


def kind_of(name: str) -> Kind | None:
    """What a file holds, from its name; None for files kroniek does not read (sidecars, images, ...)."""
    lower = name.lower()
    if lower.endswith(SIDECAR_SUFFIXES):
        return None
    base = next((lower[: -len(c)] for c in COMPRESSIONS if lower.endswith(c)), lower)
    kind = SUFFIXES.get(Path(base).suffix)
    if kind is None or (base != lower and kind not in COMPRESSIBLE):
        return None
    return kind


def compressed(name: str) -> bool:
    return name.lower().endswith(COMPRESSIONS)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand(inputs: Iterable[str], kinds: frozenset[Kind] = ALL_KINDS) -> Iterator[str]:
    """Paths and URLs to read: directories walked recursively for files of ``kinds`` (hidden files
    and sidecars skipped), globs expanded (``**`` too), sorted; other paths as given."""
    for value in inputs:
        if value == "-" or is_url(value):
            yield value
            continue
        if any(ch in value for ch in "*?[") and not Path(value).exists():
            matches = sorted(glob.glob(value, recursive=True))
            if not matches:
                yield value  # reported as "no such file" by the reader
            for m in matches:
                yield from expand([m], kinds) if Path(m).is_dir() else [m]
            continue
        path = Path(value)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and _wanted(f, kinds):
                    yield str(f)
            continue
        yield value


def _wanted(path: Path, kinds: frozenset[Kind]) -> bool:
    kind = kind_of(path.name)
    if kind is None or kind not in kinds:
        return False
    if kind == "feed" and path.suffix.lower() == ".xml":  # other XML in a folder is not ours
        from .feeds import looks_like_feed

        try:
            with path.open("rb") as fh:
                return looks_like_feed(fh.read(1000), "")
        except OSError:
            return False
    return True


def read_sidecar(path: Path) -> dict[str, Any]:
    """``NAME.meta.json`` beside ``NAME.txt`` (published, language, source, url, title)."""
    meta = path.with_name(path.stem + ".meta.json") if path.suffix else path.with_name(path.name + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"sidecar {meta.name} is not valid JSON: {exc}", source=str(path)) from None
    if not isinstance(data, dict):
        raise InputError(f"sidecar {meta.name} must hold a JSON object", source=str(path))
    return data


def with_sidecar(article: RawArticle, meta: dict[str, Any]) -> RawArticle:
    """The article's own metadata, the sidecar's filling the gaps."""
    if not meta:
        return article
    return replace(article, published=article.published or opt_str(meta.get("published")),
                   language=article.language or opt_str(meta.get("language")),
                   source=article.source or opt_str(meta.get("source")), url=article.url or opt_str(meta.get("url")),
                   title=article.title or opt_str(meta.get("title")))


def check_size(size: int | None, max_bytes: int, name: str) -> None:
    if size is not None and size > max_bytes:
        raise InputError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise KRONIEK_MAX_BYTES / --max-bytes "
            "if this really is one article)", source=name)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError("no such file", source=name)
    if path.is_dir():
        raise InputError("is a directory (give the files, or use `kroniek ingest` for directories)", source=name)
    check_size(path.stat().st_size, max_bytes, name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=name) from None


def parse_bytes(data: bytes, name: str, suffix: str = "", max_bytes: int | None = None) -> list[RawArticle | InputError]:
    """The articles in ``data`` (the whole input), a bad record of a multi-record input as an error in
    its place; an error of the input as a whole (empty, binary, invalid JSON) raises."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}", source=name)
    text = decode(data, name)
    kind = SUFFIXES.get(suffix.lower())
    if kind == "jsonl":
        return list(jsonl_records(text.splitlines(), name))
    if kind == "json" or (not suffix and text.lstrip().startswith(("{", "["))):
        try:
            return list(json_records(text, name))
        except InputError:
            if suffix:
                raise
            return list(jsonl_records(text.splitlines(), name))
    if kind == "html" or looks_like_html(text):
        return [html_to_article(text, name)]
    return [RawArticle(name=name, text=text, title=headline(text))]


def read(path: str, *, max_bytes: int, stdin: Any = None) -> Iterator[RawArticle | InputError]:
    """Articles from a local file (or ``-`` for stdin), each bad record as an InputError in its place.

    An error of the input as a whole (missing, empty, binary) is a single InputError, so callers
    handle one stream of results.
    """
    try:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if isinstance(data, str):
                data = data.encode("utf-8")
            if len(data) > max_bytes:
                raise InputError(f"input is over the limit of {max_bytes:,} bytes", source="<stdin>")
            yield from parse_bytes(data, "<stdin>")
            return
        p = Path(path)
        kind = kind_of(p.name)
        if kind in ELSEWHERE and _wanted(p, frozenset({kind})):  # other XML than a feed is read as before
            raise InputError(ELSEWHERE[kind], source=path)
        meta = read_sidecar(p)
        if kind == "jsonl":
            items: Iterable[RawArticle | InputError] = _jsonl_file(p, max_bytes)
        else:
            items = parse_bytes(read_bytes(p, max_bytes), path, p.suffix)
        for item in items:
            yield with_sidecar(item, meta) if isinstance(item, RawArticle) else item
    except InputError as exc:
        yield exc


def _jsonl_file(path: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """A JSON-lines file (compressed or not), record by record."""
    import fsspec

    name = str(path)
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "is a directory", source=name)
    found = False
    try:
        with fsspec.open(name, "rb", compression="infer") as f:
            for item in jsonl_records(f, name, max_bytes):
                found = True
                yield item
    except CORRUPT as exc:
        raise InputError(f"corrupt input: {type(exc).__name__}: {exc}", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if not found:
        raise InputError("file is empty", source=name)
