"""Hand-made news reports for the incident tests: one analysed Document per call, one event in it.

The texts are written here for the tests (short, in Dutch or English); every item keeps exact
offsets. ``place`` names a city of :data:`PLACES`; the event's sentence is the first one.
"""

from __future__ import annotations

import re

from kroniek.model import (
    Acled,
    Document,
    Event,
    Participant,
    Place,
    Quantity,
    Sentence,
    SizeSlot,
    TimeExpr,
    Trigger,
    When,
    Where,
    document_id,
)

#: name as written -> (english name, geonames id, country, admin1, lat, lon, precision)
PLACES: dict[str, tuple[str, int, str, str | None, float, float, str]] = {
    "Amsterdam": ("Amsterdam", 2759794, "NL", "North Holland", 52.37403, 4.88969, "city"),
    "Amstelveen": ("Amstelveen", 2759661, "NL", "North Holland", 52.30083, 4.86389, "city"),
    "Rotterdam": ("Rotterdam", 2747891, "NL", "South Holland", 51.9225, 4.47917, "city"),
    "Utrecht": ("Utrecht", 2745912, "NL", "Utrecht", 52.09083, 5.12222, "city"),
    "Noord-Holland": ("North Holland", 2749879, "NL", "North Holland", 52.58333, 4.91667, "admin1"),
    "Nederland": ("Netherlands", 2750405, "NL", None, 52.25, 5.75, "country"),
    "Parijs": ("Paris", 2988507, "FR", "Île-de-France", 48.85341, 2.3488, "city"),
    "Paris": ("Paris", 2988507, "FR", "Île-de-France", 48.85341, 2.3488, "city"),
    "Nice": ("Nice", 2990440, "FR", "Provence-Alpes-Côte d'Azur", 43.70313, 7.26608, "city"),
    "Manchester": ("Manchester", 2643123, "GB", "England", 53.48095, -2.23743, "city"),
    "Leeds": ("Leeds", 2644688, "GB", "England", 53.79648, -1.54785, "city"),
}

_ACLED = {"PROTEST": ("Protests", "Peaceful protest"), "ASSAULT": ("Violence against civilians", "Attack"),
          "COERCE": ("Strategic developments", "Arrests")}


def report(text: str, *, trigger: str, published: str, event_type: str = "PROTEST", mode: str | None = "demo",
           date: str | None = None, date_text: str | None = None, place: str | None = None,
           source: str = "Het Parool", title: str = "", language: str = "nl", modality: str = "asserted",
           actors: tuple[str, ...] = (), targets: tuple[str, ...] = (),
           sizes: dict[str, tuple[str, float, float | None]] | None = None) -> Document:
    """One document whose first sentence holds one event (see the module docstring).

    ``date`` (a TIMEX3 value) with ``date_text`` (its words in the text) dates it from the text,
    else by the publication date; ``sizes`` maps a slot to (words in the text, low, high).
    """
    sentences: list[Sentence] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?]) ", text):
        sentences.append(Sentence(i=len(sentences), start=start, end=m.start()))
        start = m.end()
    sentences.append(Sentence(i=len(sentences), start=start, end=len(text)))
    ts = text.index(trigger)
    times: list[TimeExpr] = []
    if date is not None:
        assert date_text is not None
        ds = text.index(date_text)
        granularity = "week" if "W" in date else "day" if len(date) == 10 else "month" if len(date) == 7 else "year"
        times.append(TimeExpr(id="t1", text=date_text, start=ds, end=ds + len(date_text), type="DATE", value=date,
                              granularity=granularity, anchor="published"))  # type: ignore[arg-type]
        precision = granularity
        when = When(value=date, precision=precision, time="t1", source="text")  # type: ignore[arg-type]
    else:
        when = When(value=published[:10], precision="day", time=None, source="published")
    places: list[Place] = []
    where: tuple[Where, ...] = ()
    if place is not None:
        name, gid, country, admin1, lat, lon, precision = PLACES[place]
        ps = text.index(place)
        places.append(Place(id="p1", text=place, start=ps, end=ps + len(place), name=name, geonames_id=gid,
                            feature_code=None, country=country, admin1=admin1, lat=lat, lon=lon,
                            precision=precision, score=0.9))  # type: ignore[arg-type]
        where = (Where(place="p1", text=place),)
    quantities: list[Quantity] = []
    size: list[SizeSlot] = []
    for k, (slot, (words, low, high)) in enumerate((sizes or {}).items()):
        qs = text.index(words)
        quantities.append(Quantity(id=f"q{k + 1}", text=words, start=qs, end=qs + len(words), low=low, high=high,
                                   approximate=False, unit=None, counted=None, counted_lemma=None))
        size.append(SizeSlot(slot, low, high, f"q{k + 1}"))
    event = Event(
        id="ev-1", type=event_type, mode=mode, acled=Acled(*_ACLED.get(event_type, ("Strategic developments", "Other"))),
        trigger=Trigger(trigger, ts, ts + len(trigger)), sentence=0, where=where, when=when, size=tuple(size),
        actors=tuple(_party(text, a) for a in actors), targets=tuple(_party(text, a) for a in targets),
        modality=modality, confidence=0.8,  # type: ignore[arg-type]
    )
    url = f"https://{source.lower().replace(' ', '')}.example/{document_id(text)[:10]}"
    return Document(text=text, language=language, url=url,
                    source=source, title=title or None, published=published, sentences=tuple(sentences),
                    places=tuple(places), times=tuple(times), quantities=tuple(quantities), events=(event,))


def _party(text: str, name: str) -> Participant:
    start = text.find(name)
    if start < 0:
        return Participant(text=name, canonical=name)
    return Participant(text=name, start=start, end=start + len(name), canonical=name)
