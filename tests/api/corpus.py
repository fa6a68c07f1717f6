"""Test articles for the REST API and the web page, built with exact offsets (nothing is mocked).

:func:`corpus` holds Dutch and English articles with events of several types, places, dates,
modalities, a quote, and payloads (<script>, <img onerror>) in a title, a text and a URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from kroniek.model import (
    Acled,
    Document,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    Sentence,
    TimeExpr,
    Trigger,
    When,
    Where,
)


# --------------------------------------------------------------------------- building documents
@dataclass(frozen=True)
class Ev:
    """One event to put in an article: every text is a needle found in its sentence."""

    type: str
    sentence: int
    trigger: str
    actor: str | None = None
    target: str | None = None
    place: tuple[str, str, str, float, float] | None = None  # needle, country, admin1, lat, lon
    date: str | None = None  # when.value
    time: str | None = None  # needle of the time expression
    modality: str = "asserted"
    confidence: float = 0.8
    mode: str | None = None


def _find(text: str, needle: str, lo: int, hi: int) -> tuple[int, int]:
    i = text.find(needle, lo, hi)
    assert i >= 0, f"{needle!r} not in sentence {text[lo:hi]!r}"
    return i, i + len(needle)


def article(sentences: list[str], events: list[Ev], *, language: str, title: str, published: str,
            url: str | None = None, quote: tuple[str, str] | None = None) -> Document:
    """A kroniek/1 Document with sentences, entities, places, times, events (and a quote), offsets exact."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    sents = tuple(Sentence(i=i, start=a, end=b) for i, (a, b) in enumerate(spans))
    entities: list[Entity] = []
    places: list[Place] = []
    times: list[TimeExpr] = []
    out: list[Event] = []
    for n, e in enumerate(events, 1):
        lo, hi = spans[e.sentence]
        ts, te = _find(text, e.trigger, lo, hi)

        def part(needle: str | None, label: str, lo: int = lo, hi: int = hi) -> tuple[Participant, ...]:
            if not needle:
                return ()
            a, b = _find(text, needle, lo, hi)
            kind = KINDS.get(needle)
            if kind is not None and not kind.named:  # a crowd: typed, but no entity and no actor of its own
                return (Participant(text=needle, entity=None, start=a, end=b, canonical=needle, type=kind.type,
                                    sector=kind.sector, country=kind.country),)
            eid = f"e{len(entities) + 1}"
            entities.append(Entity(id=eid, text=needle, start=a, end=b, label=label,  # type: ignore[arg-type]
                                   canonical=needle.strip()))
            if kind is None:
                return (Participant(text=needle, entity=eid, start=a, end=b),)
            return (Participant(text=needle, entity=eid, start=a, end=b, canonical=kind.canonical or needle,
                                type=kind.type, sector=kind.sector, country=kind.country),)

        where: tuple[Where, ...] = ()
        if e.place:
            needle, country, admin1, lat, lon = e.place
            a, b = _find(text, needle, lo, hi)
            pid = f"p{len(places) + 1}"
            places.append(Place(id=pid, text=needle, start=a, end=b, name=needle, geonames_id=GEONAMES[needle],
                                feature_code="PPLA", country=country, admin1=admin1, lat=lat, lon=lon,
                                precision="city", score=0.9))
            where = (Where(place=pid, text=needle),)
        when = None
        if e.date:
            tid = None
            if e.time:
                a, b = _find(text, e.time, lo, hi)
                tid = f"t{len(times) + 1}"
                times.append(TimeExpr(id=tid, text=e.time, start=a, end=b, type="DATE", value=e.date,
                                      granularity="day" if len(e.date) == 10 else "month", anchor="published"))
            when = When(value=e.date, precision="day" if len(e.date) == 10 else "month", time=tid,
                        source="text" if tid else "published")
        out.append(Event(id=f"ev-{n}", type=e.type, mode=e.mode, acled=Acled("Protests", "Peaceful protest"),
                         trigger=Trigger(text=e.trigger, start=ts, end=te), sentence=e.sentence,
                         actors=part(e.actor, "ORG"), targets=part(e.target, "ORG"), where=where, when=when,
                         modality=e.modality, confidence=e.confidence))  # type: ignore[arg-type]
    quotes: tuple[Quote, ...] = ()
    if quote:
        qa, qb = _find(text, quote[0], 0, len(text))
        quotes = (Quote(id="qt1", text=quote[0], start=qa, end=qb, kind="direct", speaker=None,
                        speaker_text=quote[1], speaker_description=None, cue=None),)
    return Document(text=text, language=language, title=title, published=published, url=url, source="Testkrant",
                    sentences=sents, entities=tuple(entities), places=tuple(places), times=tuple(times),
                    events=tuple(out), quotes=quotes)


@dataclass(frozen=True)
class Kind:
    """What the actors stage would say about a participant: its ACLED type, sector, country, name."""

    type: str
    sector: str
    country: str
    named: bool = True
    canonical: str | None = None


#: The typed participants of the corpus (by their words); "Farmers' union members" and "Demonstranten" stay untyped.
KINDS = {
    "Betogers": Kind("protesters", "civilians", "NL", named=False),
    "De politie": Kind("state forces", "police", "NL", canonical="politie"),
    "twintig demonstranten": Kind("protesters", "civilians", "NL", named=False),
    "Russian forces": Kind("state forces", "military", "RU", canonical="Russian Armed Forces"),
    "The government": Kind("state forces", "government", "UA", canonical="Government of Ukraine"),
    "Moscow": Kind("state forces", "government", "RU", canonical="Government of Russia"),
    "het kabinet": Kind("state forces", "government", "NL", canonical="kabinet"),
    "Rusland": Kind("state forces", "government", "RU", canonical="Government of Russia"),
}

GEONAMES = {"Amsterdam": 2759794, "Kharkiv": 706483, "Rotterdam": 2747891, "Brussel": 2800866}
AMSTERDAM = ("Amsterdam", "NL", "North Holland", 52.374, 4.890)
KHARKIV = ("Kharkiv", "UA", "Kharkiv", 49.994, 36.231)
ROTTERDAM = ("Rotterdam", "NL", "South Holland", 51.922, 4.479)
BRUSSELS = ("Brussel", "BE", "Brussels Capital", 50.850, 4.349)

XSS_TITLE = "<script>window.__xss=1</script> Onrust <img src=x onerror=\"window.__xss=2\">"
XSS_SENTENCE = "Demonstranten <img src=x onerror=\"window.__xss=3\"> liepen door Rotterdam <script>window.__xss=4</script>."


def corpus() -> list[Document]:
    """Dutch and English articles with events of several types, places, dates and modalities."""
    return [
        article(["Betogers protesteerden zaterdag in Amsterdam tegen de oorlog.",
                 "De politie arresteerde twintig demonstranten in Amsterdam."],
                [Ev("PROTEST", 0, "protesteerden", actor="Betogers", place=AMSTERDAM, date="2024-03-09",
                    time="zaterdag", mode="demonstrate"),
                 Ev("COERCE", 1, "arresteerde", actor="De politie", target="twintig demonstranten", place=AMSTERDAM,
                    date="2024-03-09", confidence=0.9, mode="arrest")],
                language="nl", title="Protest in Amsterdam", published="2024-03-10",
                url="https://example.org/nl/amsterdam",
                quote=("protesteerden zaterdag in Amsterdam", "Betogers")),
        article(["Russian forces shelled Kharkiv on Monday.",
                 "The government accused Moscow of war crimes."],
                [Ev("ASSAULT", 0, "shelled", actor="Russian forces", place=KHARKIV, date="2024-03-04",
                    time="on Monday", confidence=0.95, mode="aerial"),
                 Ev("ACCUSE", 1, "accused", actor="The government", target="Moscow", date="2024-03-04",
                    confidence=0.6)],
                language="en", title="Shelling of Kharkiv", published="2024-03-05", url="https://example.org/en/kharkiv"),
        article(["De minister zei dat het kabinet mogelijk sancties oplegt aan Rusland."],
                [Ev("SANCTION", 0, "sancties oplegt", actor="het kabinet", target="Rusland", date="2024-02",
                    modality="possible", confidence=0.4)],
                language="nl", title="Kabinet overweegt sancties", published="2024-02-20"),
        article(["Farmers' union members rejected 100% of the deal; -- said a spokesman in Brussel."],
                [Ev("REJECT", 0, "rejected", actor="Farmers' union members", place=BRUSSELS, date="2024-01-15",
                    confidence=0.7)],
                language="en", title="Farmers reject the deal", published="2024-01-15"),
        article([XSS_SENTENCE],
                [Ev("PROTEST", 0, "liepen", actor="Demonstranten", place=ROTTERDAM, date="2024-03-02",
                    confidence=0.75)],
                language="nl", title=XSS_TITLE, published="2024-03-02", url="javascript:alert(1)"),
    ]
