"""kroniek's event store: documents, their analysis and events in SQLite or PostgreSQL.

    >>> from kroniek.store import Store, EventFilter
    >>> store = Store.open("sqlite:///kroniek.db")      # migrates to the newest schema
    >>> store.add(doc)
    >>> [row.event.type for row in store.events(EventFilter(country="NL"), limit=10)]
"""

from __future__ import annotations

from .filters import EventFilter, date_range
from .store import (
    ConflictRow,
    DocumentInfo,
    EventRow,
    PlaceInfo,
    QuoteRow,
    Store,
    event_from_json,
    event_json,
    normalize_url,
)

__all__ = [
    "Store", "EventFilter", "EventRow", "DocumentInfo", "PlaceInfo", "QuoteRow", "ConflictRow", "date_range",
    "event_json", "event_from_json", "normalize_url",
]
