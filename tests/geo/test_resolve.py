"""Resolution in a long text: a distance phrase finds its anchor in its own sentence among many places."""

from __future__ import annotations

import pytest

from kroniek.geo import load_gazetteer, places_of
from kroniek.geo.gazetteer import Gazetteer
from kroniek.model import Document
from kroniek.segment import segment


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("filler", "text", "name", "near"),
    [("Het regende in Parijs en Berlijn.", "In Rjazan, 80 kilometer ten zuiden van Moskou, stak een man zich in brand.",
      "Rjazan", "RU"),
     ("It rained in Paris and Berlin.", "In Odessa, 500 kilometres south of Kyiv, sirens sounded.", "Odessa", "UA")],
)
def test_a_distance_phrase_after_many_places_keeps_the_reading_near_its_anchor(
        filler: str, text: str, name: str, near: str, gaz: Gazetteer) -> None:
    full = " ".join([filler] * 50 + [text] + [filler] * 50)
    sentences, _ = segment(full)
    places = places_of(Document(text=full, sentences=tuple(sentences)), gaz).places
    assert {p.country for p in places if p.text == name} == {near}


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("nl", "Bij de rellen werden 31 Polen aangehouden.", []),
    ("nl", "Drie Zweden raakten gewond bij het ongeluk.", []),
    # a country after a preposition or a year is the country
    ("nl", "Twee jaar geleden werd in Polen gestaakt.", ["Polen"]),
    ("en", "In 2024 Poland hosted the summit.", ["Poland"]),
])
def test_a_counted_name_of_a_country_is_its_people(lang: str, text: str, places: list[str]) -> None:
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2025-11-06")
    assert [p.text for p in doc.places] == places


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("en", "The rally ends outside Camp Vicente Lim, Calamba City, Laguna, on Friday.", [("Calamba City", "PH")]),
    ("nl", "De mars eindigt bij Camp Vicente Lim, Calamba City, Laguna.", [("Calamba City", "PH")]),
    # an address whose tail is a place of the same country keeps it
    ("en", "Police fired tear gas in Ikorodu, Lagos on Monday.", [("Ikorodu", "NG"), ("Lagos", "NG")]),
    ("nl", "De politie zette traangas in in Ikorodu, Lagos.", [("Ikorodu", "NG"), ("Lagos", "NG")]),
    # a bigger city after a head the gazetteer reads elsewhere is the head's misreading, not the tail's
    ("en", "Riot police broke up a sit-in in Mount Pleasant, Harare.", [("Mount Pleasant", "US"), ("Harare", "ZW")]),
])
def test_an_address_s_tail_read_as_a_town_of_another_country_is_no_place(lang: str, text: str,
                                                                         places: list[tuple[str, str]]) -> None:
    """"Calamba City, Laguna": the province the gazetteer lacks, not Laguna in California."""
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2026-11-26")
    assert [(p.text, p.country) for p in doc.places] == places
