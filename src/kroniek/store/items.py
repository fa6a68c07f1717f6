"""Which quotes and conflicts to list (:class:`ItemFilter`) and the SQL conditions it becomes.

Quotes and conflicts are filtered by the article they are from, as events are: its language,
source, publication date and (for conflicts) words in its title or text; quotes also by speaker
and by words of the quote. Every value reaches the database as a bound parameter.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, func, or_

from ..errors import ConfigError
from . import schema as t
from .filters import contains, date_range
from .search import document_match


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Which quotes or conflicts to list. Every field is optional; set fields are ANDed.

    ``document`` is one document id; ``language`` a language code; ``source`` part of the
    source's name; ``date_from`` / ``date_to`` ISO dates (``2022``, ``2022-09``, ``2022-09-25``,
    inclusive) of the article's publication; ``speaker`` part of a quote's speaker (as written or
    canonical). ``text`` is part of the quote for quotes, and a full-text query over the article
    (title and text) for conflicts.
    """

    document: str | None = None
    text: str | None = None
    language: str | None = None
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    speaker: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and not value.strip():
                object.__setattr__(self, f.name, None)  # empty query parameters mean "any"
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and date_range(str(value)) is None:
                raise ConfigError(f"{name} must be an ISO date like 2022, 2022-09 or 2022-09-25, got {value!r}")
        if self.date_from and self.date_to:
            first, last = date_range(self.date_from), date_range(self.date_to)
            if first and last and first[0] > last[1]:
                raise ConfigError(f"date_from {self.date_from} is after date_to {self.date_to}; swap them")

    def with_(self, **values: str | None) -> ItemFilter:
        """This filter with the given fields set (``None`` values leave a field as it is)."""
        return dataclasses.replace(self, **{k: v for k, v in values.items() if v is not None})


def _article_conditions(f: ItemFilter) -> list[ColumnElement[bool]]:
    """Conditions on the ``documents`` row an item is from (the query joins it)."""
    d = t.documents
    out: list[ColumnElement[bool]] = []
    if f.language:
        out.append(d.c.language == f.language.lower())
    if f.source:
        out.append(contains(func.coalesce(d.c.source, ""), f.source))
    if f.date_from:
        first = date_range(f.date_from)
        assert first is not None  # checked in __post_init__
        out.append(d.c.published_date >= first[0])
    if f.date_to:
        last = date_range(f.date_to)
        assert last is not None
        out.append(d.c.published_date <= last[1])
    return out


def quote_conditions(f: ItemFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``quotes`` joined with ``documents``."""
    qt = t.quotes
    out = _article_conditions(f)
    if f.document:
        out.append(qt.c.doc_id == f.document)
    if f.speaker:
        out.append(or_(contains(func.coalesce(qt.c.speaker_text, ""), f.speaker),
                       contains(func.coalesce(qt.c.speaker_canonical, ""), f.speaker)))
    if f.text:
        out.append(contains(qt.c.text, f.text))
    return out


def conflict_conditions(f: ItemFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``conflicts`` joined with ``documents``."""
    out = _article_conditions(f)
    if f.document:
        out.append(t.conflicts.c.doc_id == f.document)
    if f.text:
        out.append(document_match(f.text, dialect))
    return out
