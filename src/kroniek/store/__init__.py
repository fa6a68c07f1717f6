"""kroniek's event store: documents, their analysis and events in SQLite or PostgreSQL.

    >>> from kroniek.store import Store, EventFilter
    >>> store = Store.open("sqlite:///kroniek.db")      # migrates to the newest schema
    >>> store.add(doc)
    >>> [row.event.type for row in store.events(EventFilter(country="NL"), limit=10)]
"""

from __future__ import annotations

from .actor_list import ActorFilter
from .engine import normalize_url
from .filters import EventFilter, date_range
from .items import ItemFilter
from .rows import ActorInfo, ConflictRow, DocumentInfo, EventRow, MapPoint, PlaceInfo, QuoteRow
from .store import Store

__all__ = [
    "Store", "EventFilter", "ItemFilter", "EventRow", "DocumentInfo", "PlaceInfo", "QuoteRow", "ConflictRow", "MapPoint",
    "ActorFilter", "ActorInfo", "date_range", "normalize_url",
]
