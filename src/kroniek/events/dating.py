"""When an event happened: the governing calendar time expression, else the publication date.

Rule: among ``doc.times`` of type DATE whose value starts with four digits (calendar times), and of
type TIME whose value starts with a calendar day ("zaterdagavond" -> ``2021-01-23TEV``: its day,
``value[:10]``, at day precision), take
the one in the trigger's clause (a coordinated conjunct's own words first), else the nearest one
in the trigger's sentence; for a trigger inside a quote whose attribution ("zo luidde ...",
"zegt X") sits in another sentence, that sentence is searched too. Granularity maps day -> day,
week -> week, month -> month, year -> year; quarter, season and half -> year precision with the
finer value kept ("2022-Q3"); decades, centuries and non-calendar values (PAST_REF, durations,
sets) are not used. With none: the published date (its YYYY-MM-DD part) at day precision,
``source: "published"``; with no published date ``when`` is null.
"""

from __future__ import annotations

import re

from ..model import Document, TimeExpr, When
from .detect import Candidate
from .text import QuoteSpan, SentenceView

_CALENDAR = re.compile(r"^\d{4}")
_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "quarter": "year"}


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _usable(t: TimeExpr) -> str | None:
    if t.type == "TIME":
        return "day" if _DAY.match(t.value) else None
    if t.type != "DATE" or not _CALENDAR.match(t.value):
        return None
    if t.granularity in _PRECISION:
        return _PRECISION[t.granularity]
    if t.granularity == "none" and re.match(r"^\d{4}-(SP|SU|FA|WI|H[12])$", t.value):
        return "year"
    return None


def _nearest(times: list[TimeExpr], pos: int) -> TimeExpr | None:
    return min(times, key=lambda t: min(abs(t.start - pos), abs(t.end - pos))) if times else None


def when_for(view: SentenceView, c: Candidate, quotes: list[QuoteSpan],
             sentence_of: dict[int, SentenceView]) -> When | None:
    doc: Document = view.doc
    usable = [t for t in doc.times if _usable(t)]
    scopes: list[tuple[int, int]] = []
    if c.scope is not None:
        scopes.append(c.scope)
    if view.tokens:
        clause = view.clause_of(c.head)
        scopes.append((view.tokens[clause.start].start, view.tokens[clause.end - 1].end))
    scopes.append((view.start, view.end))
    quote = next((q for q in quotes if q.start <= c.start < q.end), None)
    if quote is not None and quote.cue_start is not None:
        other = doc.sentence_at(quote.cue_start)
        if other is not None and other.i != view.i:
            scopes.append((other.start, other.end))
    elif quote is not None and quote.end < view.end + 3:  # attribution right after the quote's end
        nxt = sentence_of.get(view.i + 1)
        if nxt is not None and nxt.start - quote.end <= 3:
            scopes.append((nxt.start, nxt.end))
    usable = [t for t in usable if not any(x <= t.start < y for x, y in c.excluded)]
    for a, b in scopes:
        inside = [t for t in usable if a <= t.start and t.end <= b]
        best = _nearest(inside, c.start)
        if best is not None:
            value = best.value[:10] if best.type == "TIME" else best.value
            return When(value=value, precision=_usable(best), time=best.id, source="text")  # type: ignore[arg-type]
    if doc.published and re.match(r"^\d{4}-\d{2}-\d{2}", doc.published):
        return When(value=doc.published[:10], precision="day", time=None, source="published")
    return None
