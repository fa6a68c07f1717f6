"""Villages and small towns: GeoNames cities500 in the gazetteer, and what keeps them from crowding out
namesakes, people and everyday words (Dutch and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.geo import load_gazetteer, places_of
from kroniek.geo.gazetteer import Gazetteer
from kroniek.model import Document, Entity, Place
from kroniek.segment import segment
from kroniek.settings import load_settings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer(load_settings().gazetteer or None)


def analyse(text: str, gaz: Gazetteer, entities: tuple[Entity, ...] = ()) -> list[Place]:
    """Places of ``text`` (segmented; no tagger unless ``entities`` are given)."""
    doc = Document(text=text, sentences=tuple(segment(text)[0]), entities=entities)
    return list(places_of(doc, gaz).places)


def loc(text: str, name: str, n: int = 1) -> Entity:
    start = text.index(name)
    return Entity(id=f"e{n}", text=name, start=start, end=start + len(name), label="LOC", canonical=name)


# ----------------------------------------------------------------------------- the gazetteer
@pytest.mark.parametrize(("name", "geonames_id"), [
    ("Diever", 2756855), ("Dwingeloo", 2756451), ("Lichtervelde", 2792428),  # Drenthe, West Flanders
    ("Tyotkino", 483166), ("Tetkino", 483166), ("Lyptsi", 702989), ("Borodjanka", 711635),  # Kursk, Kharkiv, Kyiv
])
def test_villages_are_in_the_gazetteer(name: str, geonames_id: int, gaz: Gazetteer) -> None:
    assert geonames_id in {c.entry.geonames_id for c in gaz.lookup(name, phonetic_fallback=False)}


@pytest.mark.parametrize(("name", "geonames_id"), [("Sudzha", 486816), ("Soedzja", 486816)])
def test_a_curated_town_takes_its_geonames_id_instead_of_a_twin(name: str, geonames_id: int, gaz: Gazetteer) -> None:
    assert [c.entry.geonames_id for c in gaz.lookup(name, phonetic_fallback=False)] == [geonames_id]


@pytest.mark.parametrize(("name", "geonames_id"), [("Makhanda", 1000501), ("Komani", 963516)])
def test_a_city_s_new_official_name_finds_the_city(name: str, geonames_id: int, gaz: Gazetteer) -> None:
    # renamed cities whose new name GeoNames' alternate names lack (Grahamstown 2018, Queenstown ZA 2021)
    assert geonames_id in {c.entry.geonames_id for c in gaz.lookup(name, phonetic_fallback=False)}


@pytest.mark.parametrize(("name", "country"), [("Werken", "BE"), ("Naast", "BE"), ("Battle", "GB"), ("Stone", "GB")])
def test_a_village_named_like_an_everyday_word_is_no_name(name: str, country: str, gaz: Gazetteer) -> None:
    assert not [c for c in gaz.lookup(name, phonetic_fallback=False) if c.entry.country == country]


@pytest.mark.parametrize("name", ["Ee", "El"])
def test_two_letter_village_names_are_left_out(name: str, gaz: Gazetteer) -> None:
    assert not gaz.lookup(name, phonetic_fallback=False)


# ----------------------------------------------------------------------------- resolution
@pytest.mark.parametrize(("text", "name", "geonames_id"), [
    ("Een heidebrand bij Diever en Dwingeloo in Drenthe dwong campings tot ontruiming.", "Diever", 2756855),
    ("Boeren uit Bocholt, Peer en Hamont blokkeerden de wegen in Limburg, België.", "Bocholt", 2801754),
    ("Het dorp Borodjanka bij Kyiv in Oekraïne wordt herbouwd.", "Borodjanka", 711635),
    ("Two people were injured in Tyotkino, in Russia's Kursk region.", "Tyotkino", 483166),
    ("Shelling hit homes in Lyptsi, north of Kharkiv in Ukraine.", "Lyptsi", 702989),
])
def test_villages_resolve_in_their_context(text: str, name: str, geonames_id: int, gaz: Gazetteer) -> None:
    found = [p for p in analyse(text, gaz) if p.text == name]
    assert [p.geonames_id for p in found] == [geonames_id]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Storms hit Dallas and Houston in Texas; a family from Holland was among the injured.", "Holland", "NL"),
    ("Fans in Toronto cheered as Cleveland lost in Ohio.", "Toronto", "CA"),
    ("Texaanse boeren uit Dallas en Houston in Texas trokken naar Holland.", "Holland", "NL"),
])
def test_a_small_namesake_does_not_win_on_context(text: str, name: str, country: str, gaz: Gazetteer) -> None:
    found = [p for p in analyse(text, gaz) if p.text == name]
    assert found and {p.country for p in found} == {country}


@pytest.mark.parametrize(("text", "name"), [
    ("Cardinal Bernardin, 68, said the church would not change.", "Bernardin"),
    ("Kardinaal Bernardin (68) zei dat de kerk niet verandert.", "Bernardin"),
])
def test_a_village_needs_more_than_a_stray_loc_tag(text: str, name: str, gaz: Gazetteer) -> None:
    assert name in {c.entry.name for c in gaz.lookup(name, phonetic_fallback=False)}  # an Austrian village
    assert not [p for p in analyse(text, gaz, (loc(text, name),)) if p.text == name]


def tagged(text: str, name: str, label: str) -> tuple[Entity, ...]:
    start = text.index(name)
    return (Entity(id="e1", text=name, start=start, end=start + len(name), label=label,  # type: ignore[arg-type]
                   canonical=name),)


@pytest.mark.parametrize(("text", "name", "entities"), [
    ("The deal went to EADS in Texas and Dallas.", "EADS", ()),  # Eads, Colorado: capitals make an acronym
    ("He was an assistant to the Secretary in Washington, Maryland.", "Secretary", ()),  # a title
    ("Engineers at Cisco in San Jose, California, left.", "Cisco", None),  # tagged ORG: the company
    ("Ingenieurs bij Cisco in San Jose, Californië, vertrokken.", "Cisco", None),
])
def test_acronyms_titles_and_tagged_organizations_are_no_villages(text: str, name: str,
                                                                   entities: tuple[Entity, ...] | None,
                                                                   gaz: Gazetteer) -> None:
    assert any(c.entry.population < 15_000 for c in gaz.lookup(name, phonetic_fallback=False))
    ents = tagged(text, name, "ORG") if entities is None else entities
    assert not [p for p in analyse(text, gaz, ents) if p.text == name]


@pytest.mark.parametrize("text", [
    "Hundreds fled from Lyptsi, north of Kharkiv, on Thursday.",
    "Honderden inwoners vluchtten uit Lyptsi, ten noorden van Kharkiv.",
])
def test_a_mistagged_village_stands_when_its_region_is_named(text: str, gaz: Gazetteer) -> None:
    ents = tagged(text, "Lyptsi", "ORG") + (loc(text, "Kharkiv", 2),)
    assert [p.geonames_id for p in analyse(text, gaz, ents) if p.text == "Lyptsi"] == [702989]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Atlanta and St. Louis plants will close, the carmaker said.", "St. Louis", "US"),
    ("De fabrieken in Atlanta en St. Louis gaan dicht, zei de autofabrikant.", "St. Louis", "US"),
])
def test_namesake_villages_do_not_make_a_city_ambiguous(text: str, name: str, country: str, gaz: Gazetteer) -> None:
    ents = (loc(text, "Atlanta"), loc(text, name, 2))
    assert {p.country for p in analyse(text, gaz, ents) if p.text == name} == {country}


@pytest.mark.parametrize("text", [  # "Ford": villages in England and Ireland, here the carmaker
    "Ford will close its Atlanta and St. Louis plants, Ford said. Ford workers and Ford dealers were told.",
    "Ford sluit de fabrieken in Atlanta en St. Louis, zei Ford. Ford-arbeiders en dealers van Ford hoorden het.",
])
def test_a_doubtful_village_reading_gives_no_context(text: str, gaz: Gazetteer) -> None:
    ents = (loc(text, "Atlanta"), loc(text, "St. Louis", 2))
    assert {p.country for p in analyse(text, gaz, ents) if p.text == "St. Louis"} == {"US"}


@pytest.mark.parametrize("text", [
    "Sales grew in Europe, the Middle East, Asia and the Pacific.",
    "De verkoop groeide in Europa, het Midden-Oosten, Azië en de Pacific.",
])
def test_a_village_does_not_take_a_regions_name(text: str, gaz: Gazetteer) -> None:
    found = [p for p in analyse(text, gaz, (loc(text, "Pacific"),)) if p.text == "Pacific"]
    assert found and found[0].precision == "region"


@pytest.mark.parametrize("text", [
    "Een brand in Diever verwoestte een schuur.",
    "A fire in Diever destroyed a barn.",
])
def test_a_tagged_village_after_a_preposition_stands_alone(text: str, gaz: Gazetteer) -> None:
    assert [p.geonames_id for p in analyse(text, gaz, (loc(text, "Diever"),))] == [2756855]


def test_a_state_listed_with_a_city_is_no_village() -> None:
    text = "ARLINGTON, Texas - The Rangers beat Cleveland on Sunday."
    places = analyse(text, load_gazetteer(load_settings().gazetteer or None), (loc(text, "Texas"),))
    assert [p.precision for p in places if p.text == "Texas"] == ["admin1"]


# ----------------------------------------------------------------------------- towns named like short everyday words
@pytest.mark.parametrize(("name", "geonames_id"), [("Geel", 2797779), ("Goes", 2755476), ("Deal", 2651468)])
def test_a_town_named_like_a_short_everyday_word_is_in_the_gazetteer(name: str, geonames_id: int,
                                                                     gaz: Gazetteer) -> None:
    assert geonames_id in {c.entry.geonames_id for c in gaz.lookup(name, phonetic_fallback=False)}


@pytest.mark.parametrize(("text", "name"), [
    ("Bij folieproducent Corvali in Geel ligt het werk sinds maandag stil.", "Geel"),
    ("Boeren blokkeerden donderdag de rotonde bij Goes.", "Goes"),
    ("Fishermen blocked the harbour in Deal on Friday.", "Deal"),
])
def test_a_town_named_like_a_short_everyday_word_is_placed_when_vouched_for(text: str, name: str,
                                                                            gaz: Gazetteer) -> None:
    assert name in [p.text for p in analyse(text, gaz, (loc(text, name),))]


@pytest.mark.parametrize(("text", "name"), [
    ("Police Strike Deal With Unions After Talks", "Deal"),  # a headline: capitals, no preposition, no tag
    ("De Gele Hesjes en het Geel van de vlag", "Geel"),
    ("Most Protesters Went Home Before Midnight", "Most"),
])
def test_a_town_named_like_a_short_everyday_word_needs_vouching(text: str, name: str, gaz: Gazetteer) -> None:
    assert name not in [p.text for p in analyse(text, gaz)]


# ----------------------------------------------------------------------------- the shipped archive
def test_the_shipped_archive_is_compact() -> None:
    from kroniek.geo.gazetteer import shipped_archive

    assert shipped_archive().stat().st_size <= 30_000_000


def test_the_archive_is_unpacked_once_into_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kroniek.geo.gazetteer import shipped_path

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    shipped_path.cache_clear()
    try:
        first = shipped_path()
        assert first.parent == tmp_path / "kroniek" and Gazetteer(first).lookup("Diever")
        mtime = first.stat().st_mtime_ns
        shipped_path.cache_clear()
        assert shipped_path() == first and first.stat().st_mtime_ns == mtime
        assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary file left
    finally:
        shipped_path.cache_clear()
