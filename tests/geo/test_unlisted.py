"""Places the gazetteer lacks (kroniek.geo.unlisted): reported where the text marks them as places, located as
precisely as the article allows and never more (Dutch and English)."""

from __future__ import annotations

import pytest

from kroniek import extract
from kroniek.geo import load_gazetteer
from kroniek.geo.gazetteer import Gazetteer, normalize
from kroniek.model import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def places(text: str, lang: str) -> list[Place]:
    return list(extract(text, language=lang, published="2026-03-02").places)


def named(found: list[Place], text: str) -> Place:
    hits = [p for p in found if p.text == text]
    assert hits, f"{text!r} not among {[p.text for p in found]}"
    return hits[0]


# (language, text, the unlisted name, country, precision)
MARKED = [
    ("nl", "Garnalenvissers uit Harlingen en Wierum blokkeerden zaterdag de haven van Harlingen in Friesland.",
     "Wierum", "NL", "admin1"),
    ("nl", "Bij een steekpartij in Zwolle-Zuid raakte zondag een man gewond, meldt de politie van Zwolle.",
     "Zwolle-Zuid", "NL", "city"),
    ("nl", "De ME voerde charges uit in Amsterdam-Noord, waar honderden krakers een fabriek bezetten.",
     "Amsterdam-Noord", "NL", "city"),
    ("en", "Police fired tear gas at protesters in Kaalfontein, east of Johannesburg, on Monday.",
     "Kaalfontein", "ZA", "admin1"),
    ("en", "Soldiers raided a militia camp in Wajiroko and arrested six men, the army in Borno State said.",
     "Wajiroko", "NG", "admin1"),
    # a town part's name that ends with its kind is marked by itself, article or not (session 31)
    ("nl", "In de nacht werden in de Atolwijk in Lelystad zes auto's in brand gestoken.", "Atolwijk", "NL", "admin1"),
    ("nl", "Maandagavond bekogelden jongeren in de Zuiderzeewijk in Lelystad de ME met stenen.", "Zuiderzeewijk", "NL",
     "admin1"),
]


@pytest.mark.parametrize(("lang", "text", "name", "country", "precision"), MARKED)
def test_a_marked_name_the_gazetteer_lacks_is_a_place(lang: str, text: str, name: str, country: str,
                                                      precision: str, gaz: Gazetteer) -> None:
    assert not gaz.lookup(name, phonetic_fallback=False)
    place = named(places(text, lang), name)
    assert (place.country, place.precision, place.geonames_id, place.feature_code) == (country, precision, None, None)
    assert place.name == name


@pytest.mark.parametrize(("lang", "text", "name"), [row[:3] for row in MARKED[1:3]])
def test_a_hyphenated_part_of_a_town_lies_in_the_town(lang: str, text: str, name: str, gaz: Gazetteer) -> None:
    town = max((c.entry for c in gaz.lookup(name.split("-")[0], phonetic_fallback=False) if c.entry.kind == "city"),
               key=lambda e: e.population)
    place = named(places(text, lang), name)
    assert (round(place.lat, 3), round(place.lon, 3)) == (round(town.lat, 3), round(town.lon, 3))


def test_an_inferred_place_scores_below_every_resolved_one() -> None:
    found = places(MARKED[0][1], "nl")
    assert named(found, "Wierum").score < min(p.score for p in found if p.geonames_id is not None)


# Names the tagger may call locations that are no place of their own, or that nothing in the text places.
NOT_PLACES = [
    ("nl", "Bij het kantoorpand aan de Alteveerstraat in Den Haag werd vrijdag een ruit ingegooid."),
    ("nl", "Op de Korenmarkt in Gent ging het zaterdagnacht mis toen twee groepen met elkaar op de vuist gingen."),
    ("en", "About 2,000 people gathered on Stefanovskaya Square in Minsk on Sunday evening."),
    ("en", "Traders march on City Hall in Norwich to protest against the new parking charges."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PLACES)
def test_streets_and_squares_are_no_unlisted_places(lang: str, text: str) -> None:
    assert [p.text for p in places(text, lang) if p.geonames_id is None and p.feature_code is None] == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Een boer uit Wierum werd zaterdag aangehouden.", "Wierum"),
    ("en", "A farmer from Kaalfontein was arrested on Saturday.", "Kaalfontein"),
])
def test_a_name_nothing_in_the_article_places_is_left_out(lang: str, text: str, name: str) -> None:
    assert name not in [p.text for p in places(text, lang)]


def test_offsets_of_unlisted_places_point_at_their_text() -> None:
    for lang, text, *_ in MARKED:
        for p in places(text, lang):
            assert text[p.start:p.end] == p.text
            assert normalize(p.text)
