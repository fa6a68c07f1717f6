"""Synthetic kroniek/1 documents with every kind of item filled (for tests and demos).

:func:`sample_document` writes a short Dutch or English news text about a protest and
arrests, then builds its entities, places, times, quantities, quotes, events (with actors,
targets, places, dates, sizes, a claim) and a conflict, all with exact offsets. ``n``
varies the city, the date and a sentence, so every ``n`` gives a different document id.
The texts are made up here; they are not taken from any corpus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kroniek.model import (
    Acled,
    Conflict,
    ConflictValue,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Place,
    Quantity,
    Quote,
    Sentence,
    SizeSlot,
    TimeExpr,
    Token,
    Trigger,
    When,
    Where,
)

#: (name nl, name en, geonames id, country, admin1, lat, lon)
CITIES = (
    ("Moskou", "Moscow", 524901, "RU", "Moscow", 55.75222, 37.61556),
    ("Amsterdam", "Amsterdam", 2759794, "NL", "North Holland", 52.37403, 4.88969),
    ("Kyiv", "Kyiv", 703448, "UA", "Kyiv City", 50.45466, 30.5238),
    ("Rotterdam", "Rotterdam", 2747891, "NL", "South Holland", 51.9225, 4.47917),
    ("Sint-Petersburg", "Saint Petersburg", 498817, "RU", "St.-Petersburg", 59.93863, 30.31413),
)

_NL = (
    "Op {date_text} gingen in {city} honderden mensen de straat op tegen de mobilisatie. "
    "De politie arresteerde meer dan 700 demonstranten, meldde OVD-Info. "
    "\"Wij laten ons niet ronselen\", zei Anna Petrova van de actiegroep. "
    "Volgens het ministerie werden slechts 300 mensen opgepakt. "
    "Bericht {n}."
)
_EN = (
    "On {date_text} hundreds of people took to the streets in {city} against the mobilisation. "
    "Police arrested more than 700 protesters, OVD-Info reported. "
    "\"We will not be drafted\", said Anna Petrova of the action group. "
    "According to the ministry only 300 people were detained. "
    "Report {n}."
)
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")


class _Text:
    """Finds spans in a text, left to right, so repeated words get the right occurrence."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, needle: str, after: int = 0) -> tuple[int, int]:
        start = self.text.index(needle, after)
        return start, start + len(needle)


def sample_document(language: str = "nl", n: int = 0, *, published: str | None = None) -> Document:
    """A realistic analysed document (see module docstring); ``language`` is ``nl`` or ``en``."""
    name_nl, name_en, geonames_id, country, admin1, lat, lon = CITIES[n % len(CITIES)]
    day = dt.date(2022, 9, 25) + dt.timedelta(days=7 * (n // len(CITIES)) + n % 3)
    published = published or (day + dt.timedelta(days=1)).isoformat()
    dutch = language == "nl"
    city = name_nl if dutch else name_en
    date_text = (f"{day.day} {_MONTHS_NL[day.month - 1]}" if dutch else f"{day:%B} {day.day}")
    text = (_NL if dutch else _EN).format(date_text=date_text, city=city, n=n)
    tx = _Text(text)

    sentences: list[Sentence] = []
    start = 0
    for m in re.finditer(r"\. ", text):
        sentences.append(Sentence(i=len(sentences), start=start, end=m.start() + 1))
        start = m.end()
    sentences.append(Sentence(i=len(sentences), start=start, end=len(text)))

    def ent(eid: str, needle: str, label: str, canonical: str, after: int = 0) -> Entity:
        s, e = tx.span(needle, after)
        return Entity(id=eid, text=needle, start=s, end=e, label=label, canonical=canonical)  # type: ignore[arg-type]

    e_city = ent("e1", city, "LOC", name_en)
    e_ovd = ent("e2", "OVD-Info", "ORG", "OVD-Info")
    e_anna = ent("e3", "Anna Petrova", "PER", "Anna Petrova")
    police = "De politie" if dutch else "Police"
    e_police = ent("e4", police, "ORG", "police")
    entities = (e_city, e_ovd, e_anna, e_police)

    place = Place(id="p1", text=city, start=e_city.start, end=e_city.end, name=name_en, geonames_id=geonames_id,
                  feature_code="PPLC" if name_en in ("Moscow", "Amsterdam", "Kyiv") else "PPLA",
                  country=country, admin1=admin1, lat=lat, lon=lon, precision="city", score=0.93, entity="e1")

    ts, te = tx.span(date_text)
    time = TimeExpr(id="t1", text=date_text, start=ts, end=te, type="DATE", value=day.isoformat(),
                    granularity="day", anchor="published")

    def qty(qid: str, needle: str, low: float, high: float | None, approx: bool, counted: str, lemma: str,
            claimed_by: str | None = None) -> Quantity:
        s, e = tx.span(needle)
        cs, ce = tx.span(counted, e)
        return Quantity(id=qid, text=needle, start=s, end=e, low=low, high=high, approximate=approx, unit=None,
                        counted=counted, counted_lemma=lemma, claimed_by=claimed_by, counted_start=cs,
                        counted_end=ce)

    if dutch:
        q1 = qty("q1", "honderden", 200, None, True, "mensen", "mens")
        q2 = qty("q2", "meer dan 700", 701, None, False, "demonstranten", "demonstrant", "e2")
        q3 = qty("q3", "300", 300, 300, False, "mensen", "mens")
    else:
        q1 = qty("q1", "hundreds", 200, None, True, "people", "people")
        q2 = qty("q2", "more than 700", 701, None, False, "protesters", "protester", "e2")
        q3 = qty("q3", "300", 300, 300, False, "people", "people")

    quote_text = "Wij laten ons niet ronselen" if dutch else "We will not be drafted"
    qs, qe = tx.span(quote_text)
    cue = "zei" if dutch else "said"
    cs, ce = tx.span(cue, qe)
    quote = Quote(id="qt1", text=quote_text, start=qs, end=qe, kind="direct", speaker="e3",
                  speaker_text="Anna Petrova", speaker_description="van de actiegroep" if dutch else "of the action group",
                  cue=cue, speaker_start=e_anna.start, speaker_end=e_anna.end, cue_start=cs, cue_end=ce)

    protest_word = "gingen" if dutch else "took to the streets"
    ps, pe = tx.span(protest_word)
    arrest_word = "arresteerde" if dutch else "arrested"
    as_, ae = tx.span(arrest_word)
    again_word = "opgepakt" if dutch else "detained"
    gs, ge = tx.span(again_word)
    crowd = "mensen" if dutch else "people"
    cs1, ce1 = tx.span(crowd)
    target = "demonstranten" if dutch else "protesters"
    tgs, tge = tx.span(target)
    when = When(value=day.isoformat(), precision="day", time="t1", source="text")
    protest = Event(
        id="ev-1", type="PROTEST", mode="demo", acled=Acled("Protests", "Peaceful protest"),
        trigger=Trigger(protest_word, ps, pe), sentence=0, contexts=("mobilization",),
        actors=(Participant(text=crowd, entity=None, start=cs1, end=ce1, canonical=crowd, type="protesters",
                            sector="civilians", country=country),),
        where=(Where(place="p1", text=city),), when=when,
        size=(SizeSlot("participants", 200, None, "q1"),), modality="asserted", confidence=0.82,
        rule="protest.street",
    )
    arrest = Event(
        id="ev-2", type="COERCE", mode="arrest", acled=Acled("Strategic developments", "Arrests"),
        trigger=Trigger(arrest_word, as_, ae), sentence=1,
        actors=(Participant(text=police, entity="e4", start=e_police.start, end=e_police.end,
                            canonical=police, type="state forces", sector="police", country=country),),
        targets=(Participant(text=target, entity=None, start=tgs, end=tge, canonical=target, type="protesters",
                             sector="civilians", country=country),),
        where=(Where(place="p1", text=city),), when=when,
        size=(SizeSlot("arrested", 701, None, "q2"),), modality="asserted", claimed_by="e2", confidence=0.74,
        mentions=(Mention(sentence=3, trigger=Trigger(again_word, gs, ge)),), rule="coerce.arrest",
    )
    conflict = Conflict(what="events[ev-2].size.arrested", values=(
        ConflictValue(low=701, high=None, claimed_by="e2", quantity="q2"),
        ConflictValue(low=300, high=300, claimed_by=None, quantity="q3"),
    ))
    return Document(
        text=text, language=language, url=f"https://news.example.org/{language}/{n}",
        source="Voorbeeldkrant" if dutch else "Example News", title=(
            f"Protest in {city} tegen mobilisatie" if dutch else f"Protest in {city} against mobilisation"),
        published=published, sentences=tuple(sentences), entities=entities, places=(place,), times=(time,),
        quantities=(q1, q2, q3), quotes=(quote,), events=(protest, arrest), conflicts=(conflict,),
    )


def full_document(language: str = "nl", n: int = 0) -> Document:
    """:func:`sample_document` with EVERY field of every item filled (no None, no empty list).

    The round-trip tests take it through the store, the API, every export and a batch shard;
    ``tests/test_serialize.py`` checks that it stays full, so a field added to the model must be filled here.
    """
    doc = sample_document(language, n)
    tx = _Text(doc.text)
    dutch = language == "nl"
    tokens = []
    for s in doc.sentences:
        first = len(tokens)
        for m in re.finditer(r"\w+|[^\w\s]", doc.text[s.start:s.end]):
            i = len(tokens)
            tokens.append(Token(i=i, start=s.start + m.start(), end=s.start + m.end(), text=m.group(),
                                lemma=m.group().lower(), pos="X", tag="X", morph="Number=Sing", dep="dep",
                                head=first, sentence=s.i, ent="O"))
    entities = tuple(dataclasses.replace(e, wikidata=f"Q{100 + k}") for k, e in enumerate(doc.entities))
    quantities = tuple(dataclasses.replace(q, high=q.high if q.high is not None else q.low + 50, unit="persons",
                                           claimed_by=q.claimed_by or "e4",
                                           claimed_by_text="OVD-Info" if q.claimed_by else ("de politie" if dutch else "police"))
                       for q in doc.quantities)
    protest, arrest = doc.events
    mobilisation = "de mobilisatie" if dutch else "the mobilisation"
    ms, me = tx.span(mobilisation)
    crowd = protest.actors[0]
    protest = dataclasses.replace(
        protest, actors=(dataclasses.replace(crowd, entity="e1"),),
        targets=(Participant(text=mobilisation, entity="e1", start=ms, end=me, canonical=mobilisation,
                             type="state forces", sector="government", country=crowd.country),),
        size=(SizeSlot("participants", 200, 300, "q1"),), claimed_by="e2",
        mentions=(Mention(sentence=0, trigger=protest.trigger),))
    arrest = dataclasses.replace(
        arrest, contexts=("mobilization",), targets=(dataclasses.replace(arrest.targets[0], entity="e2"),),
        size=(SizeSlot("arrested", 701, 750, "q2"),))
    conflict = Conflict(what="events[ev-2].size.arrested", values=(
        ConflictValue(low=701, high=750, claimed_by="e2", quantity="q2", source="OVD-Info"),
        ConflictValue(low=300, high=300, claimed_by="e4", quantity="q3",
                      source="het ministerie" if dutch else "the ministry"),
    ))
    return doc.replace(tokens=tuple(tokens), entities=entities, quantities=quantities, events=(protest, arrest),
                       conflicts=(conflict,), paragraphs=((0, len(doc.text)),))
