"""Read articles from files, stdin, HTML and JSON/JSONL records into :class:`RawArticle`.

Every failure is an :class:`InputError` naming the input and the reason, so a batch can
report one line per bad record and go on.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputError

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_FIELDS = ("text", "body", "content", "maintext")
# Less than this after boilerplate removal is navigation or a stub, not an article.
MIN_ARTICLE_CHARS = 40


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


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds."""
    if not data.strip():
        raise InputError("file is empty", source=name)
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file (contains NUL bytes), expected text, HTML or JSON", source=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
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


def html_to_article(html: str, name: str, url: str | None = None) -> RawArticle:
    """The main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    if extracted is None:
        raise InputError("HTML page has no article text that could be extracted", source=name)
    data: dict[str, Any] = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if len(text) < MIN_ARTICLE_CHARS or len(text.split()) < 5:
        raise InputError("HTML page has no article text that could be extracted "
                         f"(found {len(text)} characters of text)", source=name)
    return RawArticle(name=name, text=text, title=data.get("title") or None, published=data.get("date") or None,
                      url=data.get("url") or url, source=data.get("sitename") or data.get("hostname") or None,
                      language=None)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def record_to_article(record: Any, name: str) -> RawArticle:
    """A JSON record with text/title/published/url/source/language fields (or kroniek/1 output)."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with a 'text' field, got {type(record).__name__}", source=name)
    if isinstance(record.get("document"), dict):  # kroniek/1 output read back
        record = {**record["document"], **{k: v for k, v in record.items() if k != "document"}}
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if text is None and isinstance(record.get("html"), str):
        return replace(html_to_article(record["html"], name, record.get("url")), name=name)
    if text is None:
        raise InputError(f"JSON record has no non-empty text field ({', '.join(TEXT_FIELDS)})", source=name)
    published = record.get("published") or record.get("date") or record.get("date_publish")
    return RawArticle(
        name=str(record.get("file") or record.get("id") or name) if record.get("file") else name,
        text=text, title=_str(record.get("title")), published=_str(published), url=_str(record.get("url")),
        source=_str(record.get("source") or record.get("source_domain")), language=_str(record.get("language")),
    )


def _str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


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


def read_bytes(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError("no such file", source=name)
    if path.is_dir():
        raise InputError("is a directory (give the files, or use `kroniek ingest` for directories)", source=name)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (raise KRONIEK_MAX_BYTES / --max-bytes "
            "if this really is one article)", source=name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=name) from None


def parse_bytes(data: bytes, name: str, suffix: str = "", max_bytes: int | None = None) -> Iterator[RawArticle]:
    """Articles in ``data``; JSONL yields one per line (a bad line raises for that line only)."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}", source=name)
    text = decode(data, name)
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(text, name)
        return
    if suffix in JSON_SUFFIXES or (not suffix and text.lstrip().startswith(("{", "["))):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if not suffix:
                yield from _jsonl(text, name)
                return
            raise InputError(f"invalid JSON: {exc.msg} at line {exc.lineno}", source=name) from None
        records = value if isinstance(value, list) else [value]
        for k, record in enumerate(records):
            yield record_to_article(record, f"{name}[{k}]" if isinstance(value, list) else name)
        return
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        yield html_to_article(text, name)
        return
    yield RawArticle(name=name, text=text, title=headline(text))


def headline(text: str) -> str | None:
    """The first line as a title when it looks like one: short, alone in its paragraph, no final stop."""
    first, sep, _ = text.strip().partition("\n")
    first = first.strip()
    if not sep or not text.strip()[len(first):].lstrip(" \t").startswith(("\n", "\r\n")):
        return None
    if 0 < len(first) <= 150 and not first.endswith((".", "?", "!", ":", ",")) and len(first.split()) >= 2:
        return first
    return None


def _jsonl(text: str, name: str) -> Iterator[RawArticle]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Bad(InputError(f"invalid JSON: {exc.msg}", source=f"{name}:{n}"))  # type: ignore[misc]
            continue
        try:
            yield record_to_article(record, f"{name}:{n}")
        except InputError as exc:
            yield _Bad(exc)  # type: ignore[misc]


class _Bad:
    """A record that failed inside a multi-record input; :func:`read` raises it in order."""

    def __init__(self, error: InputError) -> None:
        self.error = error


def read(path: str, *, max_bytes: int, stdin: Any = None) -> Iterator[RawArticle | InputError]:
    """Articles from a path (or ``-`` for stdin). Yields InputError items for bad records.

    Errors of the input as a whole (missing, empty, binary) are yielded as a single error,
    so callers handle one stream of results.
    """
    try:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if isinstance(data, str):
                data = data.encode("utf-8")
            if len(data) > max_bytes:
                raise InputError(f"input is over the limit of {max_bytes:,} bytes", source="<stdin>")
            items = list(parse_bytes(data, "<stdin>"))
            meta: dict[str, Any] = {}
        else:
            p = Path(path)
            data = read_bytes(p, max_bytes)
            meta = read_sidecar(p)
            items = list(parse_bytes(data, path, p.suffix))
    except InputError as exc:
        yield exc
        return
    for item in items:
        if isinstance(item, _Bad):
            yield item.error
            continue
        if meta:
            item = replace(
                item,
                published=item.published or _str(meta.get("published")),
                language=item.language or _str(meta.get("language")),
                source=item.source or _str(meta.get("source")),
                url=item.url or _str(meta.get("url")),
                title=item.title or _str(meta.get("title")),
            )
        yield item
