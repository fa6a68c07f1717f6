"""An incident's own fields, reconciled from its members' reports.

* ``type`` is shared by every member (linking keeps types apart); ``mode``, the ACLED types
  and ``modality`` are the most frequent among the members (ties: the earliest report's).
* The date is the narrowest span a member's text gives (the most frequent of the narrowest),
  so "Saturday" beats "last week"; only when no text dates it is the incident dated by the
  earliest publication (``when_source`` ``published``).
* The place is the most precise one that agrees with every other member's place (no veto of
  :func:`~kroniek.incidents.features.place_feature`), the most frequent of equals.
* Sizes: every claim per slot with its report, and the range across them (``high`` None when
  a claim is open upward). Two reports from different documents whose figures do not overlap
  are a :class:`SizeConflict` between outlets: flagged, never averaged away.
* First and last report (publication), the distinct sources (outlet, else the URL's host,
  else the document), the actors and targets named by any member, most often named first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..model import SIZE_SLOTS
from .features import VETO, figure_agreement, place_feature
from .records import MentionRecord, Party, PlaceRef
from .window import width_days


@dataclass(frozen=True, slots=True)
class SizeReport:
    """One claim of a size slot: the figure and the report it comes from."""

    low: float | None
    high: float | None
    doc_id: str
    event_id: str
    source: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "document": self.doc_id, "event": self.event_id,
                "source": self.source}


@dataclass(frozen=True, slots=True)
class SizeRange:
    slot: str
    low: float | None
    high: float | None
    claims: tuple[SizeReport, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "claims": [c.as_dict() for c in self.claims]}


@dataclass(frozen=True, slots=True)
class SizeConflict:
    """Reports from different documents giving figures for ``slot`` that do not overlap."""

    slot: str
    values: tuple[SizeReport, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"what": f"size.{self.slot}", "values": [v.as_dict() for v in self.values]}


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    type: str
    mode: str | None
    modality: str
    acled_event_type: str
    acled_sub_event_type: str
    when_value: str | None
    when_precision: str | None
    when_source: str | None
    day_start: str | None
    day_end: str | None
    place: PlaceRef | None
    sizes: tuple[SizeRange, ...]
    conflicts: tuple[SizeConflict, ...]
    actors: tuple[Party, ...]
    targets: tuple[Party, ...]
    first_report: str | None
    last_report: str | None
    n_reports: int
    sources: tuple[str, ...]
    members: tuple[MentionRecord, ...]

    @property
    def n_sources(self) -> int:
        return len(self.sources)

    def size_of(self, slot: str) -> SizeRange | None:
        return next((s for s in self.sizes if s.slot == slot), None)

    def summary(self) -> dict[str, Any]:
        """The reconciled fields as JSON (members are listed apart, with their links)."""
        place = self.place
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "modality": self.modality,
            "acled": {"event_type": self.acled_event_type, "sub_event_type": self.acled_sub_event_type},
            "when": ({"value": self.when_value, "precision": self.when_precision, "source": self.when_source,
                      "start": self.day_start, "end": self.day_end} if self.when_value else None),
            "place": ({"name": place.name, "geonames_id": place.geonames_id, "country": place.country,
                       "admin1": place.admin1, "lat": place.lat, "lon": place.lon, "precision": place.precision}
                      if place else None),
            "size": {s.slot: s.as_dict() for s in self.sizes},
            "conflicts": [c.as_dict() for c in self.conflicts],
            "actors": [{"name": p.name, "type": p.type} for p in self.actors],
            "targets": [{"name": p.name, "type": p.type} for p in self.targets],
            "trigger": self.members[0].trigger_text, "title": self.members[0].title,
            "confidence": max(m.confidence for m in self.members),
            "first_report": self.first_report, "last_report": self.last_report,
            "n_reports": self.n_reports, "n_sources": self.n_sources, "sources": list(self.sources),
        }


def source_of(m: MentionRecord) -> str:
    """Who published a report: the outlet, else the URL's host, else the document."""
    if m.source:
        return m.source
    if m.url:
        host = urlsplit(m.url).hostname
        if host:
            return host.removeprefix("www.")
    return m.doc_id[:12]


def _most(values: Sequence[Any]) -> Any:
    """The most frequent value (ties: the earliest)."""
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v))) if values else None


def reconcile(incident: str, members: Sequence[MentionRecord]) -> Incident:
    """The :class:`Incident` ``incident`` of ``members`` (see the module docstring)."""
    ms = sorted(members, key=lambda r: r.order)
    if not ms:
        raise ValueError(f"incident {incident} has no members")
    mode = _most([m.mode for m in ms if m.mode]) or None
    acled = _most([(m.acled_event_type, m.acled_sub_event_type) for m in ms if (m.mode or None) == mode]
                  or [(m.acled_event_type, m.acled_sub_event_type) for m in ms])
    asserted = [m for m in ms if m.modality == "asserted"]
    modality = "asserted" if asserted else _most([m.modality for m in ms])
    dated = _date(ms)
    published = [m.published for m in ms if m.published]
    return Incident(
        id=incident, type=ms[0].type, mode=mode, modality=modality, acled_event_type=acled[0],
        acled_sub_event_type=acled[1],
        when_value=dated.when_value if dated else None, when_precision=dated.when_precision if dated else None,
        when_source=dated.when_source if dated else None, day_start=dated.day_start if dated else None,
        day_end=dated.day_end if dated else None, place=_place(ms),
        sizes=_sizes(ms), conflicts=_conflicts(ms), actors=_parties([m.actors for m in ms]),
        targets=_parties([m.targets for m in ms]),
        first_report=min(published) if published else None, last_report=max(published) if published else None,
        n_reports=len(ms), sources=tuple(dict.fromkeys(source_of(m) for m in ms)), members=tuple(ms),
    )


def _date(ms: Sequence[MentionRecord]) -> MentionRecord | None:
    spans = [m for m in ms if m.day_start and m.day_end and m.when_value]
    texts = [m for m in spans if m.when_source == "text"]
    if texts:
        narrowest = min(width_days((m.day_start or "", m.day_end or "")) for m in texts)
        best = [m for m in texts if width_days((m.day_start or "", m.day_end or "")) == narrowest]
        value = _most([m.when_value for m in best])
        return next(m for m in best if m.when_value == value)
    return spans[0] if spans else None


def _place(ms: Sequence[MentionRecord]) -> PlaceRef | None:
    places = [m.place for m in ms if m.place is not None]
    if not places:
        return None
    votes = Counter(p.geonames_id if p.geonames_id is not None else p.name for p in places)
    ranked = sorted(places, key=lambda p: (p.rank, -votes[p.geonames_id if p.geonames_id is not None else p.name]))
    for p in ranked:
        if all(place_feature(p, q) > VETO for q in places):
            return p
    return ranked[0]


def _reports(ms: Sequence[MentionRecord], slot: str) -> list[SizeReport]:
    return [SizeReport(s.low, s.high, m.doc_id, m.event_id, source_of(m))
            for m in ms for s in m.sizes if s.slot == slot]


def _sizes(ms: Sequence[MentionRecord]) -> tuple[SizeRange, ...]:
    out = []
    for slot in SIZE_SLOTS:
        claims = _reports(ms, slot)
        if not claims:
            continue
        lows = [c.low if c.low is not None else c.high for c in claims]
        known = [v for v in lows if v is not None]
        open_up = any(c.high is None for c in claims)
        highs = [c.high for c in claims if c.high is not None]
        out.append(SizeRange(slot, min(known) if known else None, None if open_up or not highs else max(highs),
                             tuple(claims)))
    return tuple(out)


def _conflicts(ms: Sequence[MentionRecord]) -> tuple[SizeConflict, ...]:
    out = []
    for slot in SIZE_SLOTS:
        claims = _reports(ms, slot)
        disputed: list[SizeReport] = []
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                if a.doc_id != b.doc_id and figure_agreement(a.low, a.high, b.low, b.high) < 1:
                    disputed.extend(c for c in (a, b) if c not in disputed)
        if disputed:
            out.append(SizeConflict(slot, tuple(disputed)))
    return tuple(out)


def _parties(lists: Sequence[tuple[Party, ...]]) -> tuple[Party, ...]:
    seen: dict[str, Party] = {}
    counts: Counter[str] = Counter()
    for parties in lists:
        for p in parties:
            key = p.name.casefold()
            counts[key] += 1
            if key not in seen or (seen[key].type is None and p.type):
                seen[key] = p
    return tuple(seen[k] for k in sorted(seen, key=lambda k: (-counts[k], list(seen).index(k))))
