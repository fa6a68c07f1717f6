"""What linking knows about one event mention: a :class:`MentionRecord` read from a document.

A record is everything the linker compares and the incident shows, flattened from the
document (its place resolved, its participants named, its date turned into a span of days),
so that the store can keep it beside the membership and link a new article without reading
the old documents back. Records travel as plain JSON (:meth:`MentionRecord.to_dict`).

Actors and targets are named by ``Participant.canonical`` (and typed by ``Participant.type``)
when the events stage filled them, else by the canonical name of the linked entity, else by
the words of the text.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import Document, Event, Participant, Place
from ..periods import period
from .window import days_of

#: Place precisions from the most to the least precise (a place is "more precise" when earlier).
PRECISIONS: tuple[str, ...] = ("point", "city", "admin2", "admin1", "country", "region")


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """The place of a mention as the gazetteer resolved it."""

    name: str
    geonames_id: int | None
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    precision: str

    @property
    def rank(self) -> int:
        """0 for a point, 1 for a city ... (lower is more precise)."""
        return PRECISIONS.index(self.precision) if self.precision in PRECISIONS else len(PRECISIONS)


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or target: the name linking compares and, when known, its ACLED category.

    ``named`` when the words refer to an entity (a person, an organisation): only such names say
    who took part; "700 demonstranten" or "a man" may be anyone.
    """

    name: str
    type: str | None = None
    named: bool = False


@dataclass(frozen=True, slots=True)
class SizeClaim:
    """One figure of a size slot as one report gives it (``high`` None: open upward)."""

    slot: str
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One event of one document, as incidents see it (see the module docstring)."""

    doc_id: str
    event_id: str
    n: int  # the event's position in its document
    type: str
    mode: str | None
    modality: str
    acled_event_type: str
    acled_sub_event_type: str
    when_value: str | None
    when_precision: str | None
    when_source: str | None
    day_start: str | None  # the days the mention can mean (publication-dated: the days before publication)
    day_end: str | None
    place: PlaceRef | None
    trigger_text: str
    trigger_start: int
    trigger_end: int
    trigger_lemma: str
    sentence_i: int
    sentence_start: int
    sentence_end: int
    sentence_text: str
    #: The sentences of every mention of the event in its article (the trigger's first), for content
    #: similarity: a headline names the event, the body the street, the victim, the organisers.
    context: str = ""
    actors: tuple[Party, ...] = ()
    targets: tuple[Party, ...] = ()
    sizes: tuple[SizeClaim, ...] = ()
    url: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    language: str = ""
    confidence: float = 0.5

    @property
    def key(self) -> str:
        """``doc_id:event_id``, the mention's key everywhere (store, API, decisions)."""
        return f"{self.doc_id}:{self.event_id}"

    @property
    def order(self) -> tuple[str, str, int]:
        """The order mentions are linked in: publication day, then document and position."""
        return (self.published or self.day_start or "9999", self.doc_id, self.n)

    def to_dict(self) -> dict[str, Any]:
        # By hand: dataclasses.asdict deep-copies every value, the better part of storing a document.
        out = {name: getattr(self, name) for name in _FIELDS}
        out["place"] = _plain(self.place) if self.place is not None else None
        for name in ("actors", "targets", "sizes"):
            out[name] = [_plain(x) for x in out[name]]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MentionRecord:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # a record stored by another kroniek version
        place = values.get("place")
        values["place"] = PlaceRef(**place) if place else None
        values["actors"] = tuple(Party(**p) for p in values.get("actors") or ())
        values["targets"] = tuple(Party(**p) for p in values.get("targets") or ())
        values["sizes"] = tuple(SizeClaim(**s) for s in values.get("sizes") or ())
        return cls(**values)


_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(MentionRecord))


def _plain(item: Any) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}


def mentions_of(doc: Document) -> list[MentionRecord]:
    """One record per event of ``doc``, in the document's order."""
    places = {p.id: p for p in doc.places}
    entities = {e.id: e for e in doc.entities}
    sentences = {s.i: s for s in doc.sentences}
    starts = [t.start for t in doc.tokens]
    countries = _countries(places)
    out = []
    for n, ev in enumerate(doc.events):
        sentence = sentences.get(ev.sentence)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (ev.trigger.start, ev.trigger.end)
        when = ev.when
        days = days_of(when.value, when.source, doc.published, happened=ev.modality == "asserted") if when else None
        weak = days is not None and when is not None and when.source == "text" and not _within(days, when.value)
        out.append(MentionRecord(
            doc_id=doc.id, event_id=ev.id, n=n, type=ev.type, mode=ev.mode, modality=ev.modality,
            acled_event_type=ev.acled.event_type, acled_sub_event_type=ev.acled.sub_event_type,
            when_value=when.value if when else None, when_precision=when.precision if when else None,
            when_source=("published" if weak else when.source) if when else None,
            day_start=days[0] if days else None, day_end=days[1] if days else None,
            place=_place(ev, places, countries),
            trigger_text=ev.trigger.text, trigger_start=ev.trigger.start, trigger_end=ev.trigger.end,
            trigger_lemma=_lemma(doc, starts, ev),
            sentence_i=ev.sentence, sentence_start=s_start, sentence_end=s_end, sentence_text=doc.text[s_start:s_end],
            context=_context(doc, ev, sentences),
            actors=_parties(ev.actors, entities), targets=_parties(ev.targets, entities),
            sizes=tuple(SizeClaim(s.slot, s.low, s.high) for s in ev.size if s.low is not None or s.high is not None),
            url=doc.url, source=doc.source, published=doc.published, title=doc.title, language=doc.language,
            confidence=ev.confidence,
        ))
    return out


def _within(days: tuple[str, str], value: str) -> bool:
    """Whether the text date ``value`` gave the ``days`` (else the publication date replaced it)."""
    span = period(value)
    return span is not None and (span[0].isoformat(), span[1].isoformat()) == days


def _countries(places: dict[str, Place]) -> Counter[str]:
    """How many differently named places of the document lie in each country."""
    return Counter(c for _, c in {(p.name, p.country) for p in places.values() if p.country})


def _place(ev: Event, places: dict[str, Place], countries: Counter[str]) -> PlaceRef | None:
    """The most precise resolved place among the event's ``where`` (the first of equals).

    A place alone in its country while the article's other places agree on another one (a live
    blog's "Police" read as Police, Poland, among London boroughs) is doubtful: the mention is
    taken to have no place rather than let a misreading veto every report of the same happening.
    """
    found = [places[w.place] for w in ev.where if w.place and w.place in places]
    if not found:
        return None
    best = min(found, key=lambda p: PRECISIONS.index(p.precision) if p.precision in PRECISIONS else len(PRECISIONS))
    if best.country and countries[best.country] == 1 and any(n >= 2 for c, n in countries.items() if c != best.country):
        return None
    return PlaceRef(name=best.name, geonames_id=best.geonames_id, country=best.country, admin1=best.admin1,
                    lat=best.lat, lon=best.lon, precision=best.precision)


def _parties(parts: tuple[Participant, ...], entities: dict[str, Any]) -> tuple[Party, ...]:
    out: list[Party] = []
    for p in parts:
        entity = entities.get(p.entity) if p.entity else None
        name = p.canonical or (entity.canonical if entity is not None else None) or p.text
        party = Party(name=" ".join(name.split()), type=p.type, named=entity is not None)
        if party.name and party not in out:
            out.append(party)
    return tuple(out)


#: At most this many characters of context per mention (a long live blog repeats itself).
CONTEXT_CHARS = 1500


def _context(doc: Document, ev: Event, sentences: dict[int, Any]) -> str:
    parts = []
    for i in dict.fromkeys((ev.sentence, *(m.sentence for m in ev.mentions))):
        s = sentences.get(i)
        if s is not None:
            parts.append(doc.text[s.start:s.end])
    return " ".join(parts)[:CONTEXT_CHARS]


def _lemma(doc: Document, starts: list[int], ev: Event) -> str:
    """The trigger's lemma when the document has tokens (stored documents do not), else its lower-cased text."""
    k = bisect.bisect_left(starts, ev.trigger.start)
    lemmas = []
    while k < len(starts) and starts[k] < ev.trigger.end:
        if doc.tokens[k].lemma:
            lemmas.append(doc.tokens[k].lemma)
        k += 1
    return " ".join(lemmas).lower() if lemmas else ev.trigger.text.lower()
