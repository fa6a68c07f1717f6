"""JSON and JSON-lines records: one object per article (``text``/``body``/``content``/``maintext``
or ``html``, plus ``title``, ``published``, ``url``, ``source``, ``language``), or kroniek/1 output."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from ..errors import InputError
from .article import RawArticle, opt_str
from .text import html_to_article

TEXT_FIELDS = ("text", "body", "content", "maintext")


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
        text=text, title=opt_str(record.get("title")), published=opt_str(published),
        url=opt_str(record.get("url")), source=opt_str(record.get("source") or record.get("source_domain")),
        language=opt_str(record.get("language")),
    )


def jsonl_name(input_name: str, line: int) -> str:
    """How a JSON-lines record is named in messages and outputs: ``INPUT:LINE`` (1-based)."""
    return f"{input_name}:{line}"


def jsonl_record(line: bytes | str, name: str, max_bytes: int | None = None) -> RawArticle | InputError:
    """One line of a JSON-lines input: its article, or why it has none (never raises)."""
    try:
        if max_bytes is not None and len(line) > max_bytes:
            raise InputError(f"record is {len(line):,} bytes, over the limit of {max_bytes:,}", source=name)
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"invalid JSON: {getattr(exc, 'msg', exc)}", source=name) from None
        return record_to_article(value, name)
    except InputError as exc:
        return exc


def jsonl_records(lines: Iterable[bytes | str], input_name: str, max_bytes: int | None = None,
                  first_line: int = 1) -> Iterator[RawArticle | InputError]:
    """The records of JSON lines (blank lines skipped, numbered as an editor numbers them)."""
    for n, line in enumerate(lines, first_line):
        if line.strip():
            yield jsonl_record(line, jsonl_name(input_name, n), max_bytes)


def json_records(text: str, name: str) -> Iterator[RawArticle | InputError]:
    """The records of a JSON document: one object, or a list of them (``NAME[k]``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} at line {exc.lineno}", source=name) from None
    records = value if isinstance(value, list) else [value]
    for k, record in enumerate(records):
        try:
            yield record_to_article(record, f"{name}[{k}]" if isinstance(value, list) else name)
        except InputError as exc:
            yield exc
