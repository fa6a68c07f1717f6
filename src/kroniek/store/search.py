"""Full-text search: SQLite FTS5 tables or PostgreSQL ``tsvector`` columns (made by the migrations).

A user's query is reduced to its words (letters and digits); each word must occur, as a
word or the start of one ("protest" finds "protesters"). Quotes, ``%``, ``;--`` and FTS
operators in the query are dropped, and the words travel as one bound parameter, so a
query can never change the SQL or the FTS syntax.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, false, func, literal_column, select, table

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16


def words(query: str) -> list[str]:
    """The words of ``query``, lowercased, at most :data:`MAX_WORDS`."""
    return [w.lower() for w in _WORD.findall(query or "")][:MAX_WORDS]


def fts5_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word quoted (so it is never an operator), as a prefix."""
    ws = words(query)
    return " ".join(f'"{w}"*' for w in ws) if ws else None


def tsquery(query: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` expression: words as prefixes joined by AND."""
    ws = words(query)
    return " & ".join(f"{w}:*" for w in ws) if ws else None


def _match(kind: str, query: str, dialect: str) -> ColumnElement[bool]:
    """``<kind>.rowid IN (FTS match)`` (SQLite) or ``<kind>.tsv @@ tsquery`` (PostgreSQL)."""
    if dialect == "sqlite":
        q = fts5_query(query)
        if q is None:
            return false()
        fts = f"{kind}_fts"
        sub: Select[Any] = select(literal_column("rowid")).select_from(table(fts)).where(
            literal_column(fts).op("MATCH")(bindparam(None, q, unique=True)))
        return literal_column(f"{kind}.rowid").in_(sub)
    if dialect == "postgresql":
        q = tsquery(query)
        if q is None:
            return false()
        return literal_column(f"{kind}.tsv").op("@@")(func.to_tsquery("simple", bindparam(None, q, unique=True)))
    # Any other database: a case-insensitive substring match of every word.
    from .filters import contains
    from .schema import documents, events

    column = events.c.search_text if kind == "events" else documents.c.text
    ws = words(query)
    if not ws:
        return false()
    cond = contains(column, ws[0])
    for w in ws[1:]:
        cond = cond & contains(column, w)
    return cond


def event_match(query: str, dialect: str) -> ColumnElement[bool]:
    """Events whose evidence sentence, participants, places or article title match ``query``."""
    return _match("events", query, dialect)


def document_match(query: str, dialect: str) -> ColumnElement[bool]:
    """Documents whose title or text match ``query``."""
    return _match("documents", query, dialect)
