"""Places: the offline gazetteer, toponym recognition and context-aware resolution (Dutch and English)."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from kroniek.errors import ResourceError
from kroniek.geo import load_gazetteer, places_of
from kroniek.geo.gazetteer import Gazetteer, normalize, phonetic, shipped_path
from kroniek.model import Document, Entity, Place
from kroniek.segment import segment

from conftest import shared_path


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def analyse(text: str, gaz: Gazetteer, entities: tuple[Entity, ...] = ()) -> list[Place]:
    """Places of ``text`` (segmented; no tagger, so recognition runs on the gazetteer alone)."""
    sentences, _ = segment(text)
    doc = Document(text=text, sentences=tuple(sentences), entities=entities)
    return list(places_of(doc, gaz).places)


def place_named(places: list[Place], text: str) -> Place:
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not among {[p.text for p in places]}"
    return found[0]


# ----------------------------------------------------------------------------- the gazetteer file
def test_shipped_gazetteer_loads_fast() -> None:
    t0 = time.perf_counter()
    g = load_gazetteer()
    g.lookup("Moskou")
    assert time.perf_counter() - t0 < 1.0


def test_gazetteer_survives_pickling(gaz: Gazetteer) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(gaz))
    assert [c.entry.geonames_id for c in copy.lookup("Moskou")] == [c.entry.geonames_id for c in gaz.lookup("Moskou")]


def test_gazetteer_setting_picks_another_file(tmp_path: Path) -> None:
    import shutil

    from kroniek.geo import STAGE
    from kroniek.registry import Services
    from kroniek.settings import load_settings

    other = tmp_path / "g.sqlite"
    shutil.copy(shipped_path(), other)
    services = Services()
    stage = STAGE.factory(load_settings(gazetteer=str(other)), services)
    text = "Er waren protesten in Moskou."
    doc = stage(Document(text=text, sentences=tuple(segment(text)[0])))
    assert [p.text for p in doc.places] == ["Moskou"]
    loaded = services.get(f"gazetteer:{other}", lambda: None)
    assert isinstance(loaded, Gazetteer) and loaded.path == other


def test_missing_gazetteer_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="gazetteer build"):
        load_gazetteer(tmp_path / "absent.sqlite")


def test_build_refuses_a_missing_data_directory(tmp_path: Path) -> None:
    from kroniek.errors import InputError
    from kroniek.geo.build import build_gazetteer

    with pytest.raises(InputError, match="shared data directory"):
        build_gazetteer(tmp_path / "nowhere", tmp_path / "g.sqlite")


def test_gazetteer_cli_looks_names_up() -> None:
    from typer.testing import CliRunner

    from kroniek.cli import app

    result = CliRunner().invoke(app, ["gazetteer", "lookup", "Moskou"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "524901" in result.output


@pytest.mark.parametrize("name", ["Nergenshuizen", "Nowhereville"])
def test_gazetteer_cli_says_when_a_name_is_unknown(name: str) -> None:
    from typer.testing import CliRunner

    from kroniek.cli import app

    result = CliRunner().invoke(app, ["gazetteer", "lookup", "Moskou", name], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert f"{name}: not in the gazetteer" in result.output and "524901" in result.output


def test_build_reproduces_the_shipped_gazetteer(tmp_path: Path) -> None:
    from kroniek.geo.build import build_gazetteer

    out = tmp_path / "g.sqlite"
    stats = build_gazetteer(shared_path("data"), out)
    shipped = dict(sqlite3.connect(shipped_path()).execute("SELECT k, v FROM meta").fetchall())
    assert {k: str(v) for k, v in stats.items()} == {k: shipped[k] for k in stats}
    assert Gazetteer(out).lookup("Oeral")


# ----------------------------------------------------------------------------- names
@pytest.mark.parametrize(
    "variants",
    [
        ("Sint-Petersburg", "St. Petersburg", "Saint Petersburg", "Sankt-Petersburg"),
        ("Jakoetië", "Jakoetie", "JAKOETIË"),
        ("Nagorno-Karabach", "Nagorno Karabach"),
    ],
)
def test_spelling_variants_share_a_key(variants: tuple[str, ...]) -> None:
    assert len({normalize(v) for v in variants}) == 1


@pytest.mark.parametrize(
    "variants",
    [("Basjkortostan", "Bashkortostan"), ("Jakoetsk", "Yakutsk"), ("Mykolajiv", "Mykolaiv"),
     ("Nizjni Novgorod", "Nizhniy Novgorod"), ("Jakoetië", "Yakutia")],
)
def test_transliterations_share_a_phonetic_key(variants: tuple[str, ...]) -> None:
    assert len({phonetic(v) for v in variants}) == 1


@pytest.mark.parametrize("demonym", ["Israeli", "German", "Chechen"])
def test_demonyms_do_not_match_countries_phonetically(demonym: str, gaz: Gazetteer) -> None:
    assert not [c for c in gaz.lookup(demonym) if c.entry.kind == "country"]


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [("Basjkortostan", 578853), ("Basjkirostan", 578853), ("Bashkortostan", 578853), ("Moskou", 524901),
     ("Rusland", 2017370), ("Russische Federatie", 2017370), ("Oekraïne", 690791), ("Litouwen", 597427),
     # a region's own name of generic words that joins a landform or a seat to another word
     ("Eastern Highlands", 2097855), ("Southern Highlands", 2086331), ("National Capital District", 2089856),
     ("PNG", 2088628)],
)
def test_dutch_and_english_names_find_their_place(name: str, geonames_id: int, gaz: Gazetteer) -> None:
    assert geonames_id in {c.entry.geonames_id for c in gaz.lookup(name)}


@pytest.mark.parametrize("name", ["Central Province", "North West", "West Coast", "Far North"])
def test_a_direction_and_a_type_word_name_no_region_alone(name: str, gaz: Gazetteer) -> None:
    assert not [c for c in gaz.lookup(name, phonetic_fallback=False) if c.entry.kind in ("city", "admin1")]


@pytest.mark.parametrize("name", ["Oeral", "Kaukasus", "Caucasus", "Krim", "Crimea", "Donbas", "Siberië",
                                  "Westelijke Jordaanoever", "West Bank", "Midden-Oosten", "Sahel", "Balkan"])
def test_curated_regions_and_features_are_known(name: str, gaz: Gazetteer) -> None:
    assert gaz.lookup(name)


# ----------------------------------------------------------------------------- recognition
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er volgde een reeks aanslagen in de deelrepubliek Basjkortostan ten zuiden van de Oeral.",
         ["Basjkortostan", "Oeral"]),
        ("Protests spread from Moscow and St. Petersburg to Yekaterinburg in the Urals.",
         ["Moscow", "St. Petersburg", "Yekaterinburg", "Urals"]),
        ("In steden als Moskou, Sint-Petersburg maar ook elders gingen mensen de straat op.",
         ["Moskou", "Sint-Petersburg"]),
        ("Boeren demonstreerden in 's-Hertogenbosch en Den Bosch.", ["'s-Hertogenbosch", "Den Bosch"]),
        ("Thousands fled Mariupol as fighting spread across the Donbas and eastern Ukraine.",
         ["Mariupol", "Donbas", "Ukraine"]),
    ],
)
def test_finds_toponyms_without_a_tagger(text: str, expected: list[str], gaz: Gazetteer) -> None:
    assert [p.text for p in analyse(text, gaz)] == expected


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Zij staken een kantoor van regeringspartij Verenigd Rusland in brand.", ["Rusland"]),
        ("Russische en Basjkierse activisten protesteerden; Basjkieren zijn boos.",
         ["Russische", "Basjkierse", "Basjkieren"]),
        ("Het Kremlin begint zich zorgen te maken.", ["Kremlin"]),
        ("Den Haag besloot gisteren om extra geld te sturen.", ["Den Haag"]),
        ("The Washington Post said the Bank of England would act.", ["Washington", "England"]),
        ("Talks were held, President Clinton said. Clinton left in March.", ["Clinton", "March"]),
        ("Meestal zijn dit goed opgeleide, Engels sprekende Russen.", ["Engels"]),
        ("Hij spreekt vloeiend Nederlands en IJslands.", ["Nederlands", "IJslands"]),
        ("The UN and the EU met in private.", ["UN", "EU"]),
    ],
)
def test_organizations_demonyms_and_actors_are_no_places(text: str, not_places: list[str], gaz: Gazetteer) -> None:
    found = {p.text for p in analyse(text, gaz)}
    assert not found & set(not_places)


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [("Ruslands leger rukte op.", "Ruslands", "RU", "country"),
     ("Er wordt gevochten in Oost-Oekraïne.", "Oost-Oekraïne", "UA", "region"),
     ("Fighting continued in Eastern Ukraine.", "Eastern Ukraine", "UA", "region")],
)
def test_genitives_and_compass_compounds(text: str, name: str, country: str, precision: str,
                                         gaz: Gazetteer) -> None:
    p = place_named(analyse(text, gaz), name)
    assert (p.country, p.precision) == (country, precision)


@pytest.mark.parametrize(
    ("text", "org"),
    [("Hij is lid van Verenigd Rusland sinds 2010.", "Verenigd Rusland"),
     ("He has been a member of United Russia since 2010.", "United Russia")],
)
def test_a_place_inside_an_org_entity_is_rejected(text: str, org: str, gaz: Gazetteer) -> None:
    start = text.index(org)
    entity = Entity(id="e1", text=org, start=start, end=start + len(org), label="ORG", canonical=org)
    assert analyse(text, gaz, (entity,)) == []


def spanning(text: str, span: str, label: str) -> tuple[Entity, ...]:
    """One entity of ``label`` over ``span``, as a tagger that reads a longer phrase as a name would."""
    start = text.index(span)
    return (Entity(id="e1", text=span, start=start, end=start + len(span), label=label,  # type: ignore[arg-type]
                   canonical=span),)


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [("Inwoners van Zwolle klaagden dinsdag over het lawaai van de bouwplaats.", "Inwoners van Zwolle", "ORG", "Zwolle"),
     ("Volgens de vissers van de Krim is de haven dicht.", "vissers van de Krim", "ORG", "Krim"),
     ("Shopkeepers of Bakhmut said the market had been shelled twice.", "Shopkeepers of Bakhmut", "ORG", "Bakhmut"),
     ("The families of Kherson are waiting for news, an aid worker said.", "families of Kherson", "PER", "Kherson")],
)
def test_people_of_a_place_tagged_as_one_name_keep_the_place(text: str, span: str, label: str, name: str,
                                                             gaz: Gazetteer) -> None:
    """"<common noun> of/van <place>" read by the tagger as one ORG or PER: the place is still a place."""
    assert name in [p.text for p in analyse(text, gaz, spanning(text, span, label))]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [("Het ministerie laat weten dat de Raad van Europa woensdag vergadert.", "Raad van Europa", "Europa"),
     ("He said the Bank of England would raise rates.", "Bank of England", "England"),
     ("She met the Duke of Edinburgh on Friday.", "Duke of Edinburgh", "Edinburgh")],
)
def test_an_organization_or_a_title_of_a_place_is_still_no_place(text: str, span: str, name: str,
                                                                  gaz: Gazetteer) -> None:
    """An organization head or a capitalized title before of/van keeps the name what the tagger says."""
    assert name not in [p.text for p in analyse(text, gaz, spanning(text, span, "ORG"))]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [("The Human Rights Commission of Pakistan condemned the arrests.", "Human Rights Commission of Pakistan", "Pakistan"),
     ("De Mensenrechtencommissie van Kenia veroordeelde de arrestaties.", "Mensenrechtencommissie van Kenia", "Kenia"),
     ("Volgens woningcorporatie Woonhaven Antwerpen zijn er geen huurders meer.", "Woonhaven Antwerpen", "Antwerpen"),
     ("Fans of Legia Warsaw threw flares on Thursday.", "Legia Warsaw", "Warsaw"),
     ("De Universiteit van Utrecht opent een nieuw gebouw.", "Universiteit van Utrecht", "Utrecht"),
     ("Police cleared an encampment at the University of Utah.", "University of Utah", "Utah")],
)
def test_a_body_named_by_the_place_that_ends_its_name_keeps_the_place(text: str, span: str, name: str,
                                                                      gaz: Gazetteer) -> None:
    """An organization whose name ends in its place, after of/van or after its own name words, is of that place,
    and the place is one of the text (the blind sets' gold counts it, session 26)."""
    assert name in [p.text for p in analyse(text, gaz, spanning(text, span, "ORG"))]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [("Zij staken een kantoor van regeringspartij Verenigd Rusland in brand.", "Verenigd Rusland", "Rusland"),
     ("He has been a member of United Russia since 2010.", "United Russia", "Russia"),
     ("said Unite regional officer Karen Doyle on Friday.", "Karen Doyle", "Karen")],
)
def test_a_slogan_or_a_name_going_on_after_the_place_keeps_no_place(text: str, span: str, name: str,
                                                                   gaz: Gazetteer) -> None:
    assert name not in [p.text for p in analyse(text, gaz, spanning(text, span, "ORG"))]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [("Leeds Crown Court heard that he had been drinking.", "Leeds Crown Court", "Leeds"),
     ("Ontario Provincial Police arrested nine people on Monday.", "Ontario Provincial Police", "Ontario"),
     ("Volgens Groningen Seaports lag de haven urenlang stil.", "Groningen Seaports", "Groningen"),
     # a department or a government of a region (session 29)
     ("A team of the Kelantan Forestry Department cleared the road.", "Kelantan Forestry Department", "Kelantan")],
)
def test_a_body_named_after_its_place_keeps_the_place(text: str, span: str, name: str, gaz: Gazetteer) -> None:
    """An organization the tagger names after the place that opens it ("Ontario Provincial Police", "Leeds Crown
    Court") is of that place, and the place is one of the text (the blind sets' gold counts it, session 14)."""
    assert name in [p.text for p in analyse(text, gaz, spanning(text, span, "ORG"))]


@pytest.mark.parametrize(
    ("text", "span", "label", "name"),
    [("Reizigers op Eindhoven Airport moesten urenlang wachten.", "Eindhoven Airport", "ORG", "Eindhoven"),
     ("Bij Utrecht Centraal stonden honderden mensen.", "Utrecht Centraal", "MISC", "Utrecht"),
     ("A rally outside Leeds Town Hall ended peacefully.", "Leeds Town Hall", "MISC", "Leeds"),
     ("Flights from Bristol Airport were cancelled on Monday.", "Bristol Airport", "ORG", "Bristol")],
)
def test_a_facility_named_after_its_town_keeps_the_town(text: str, span: str, label: str, name: str,
                                                        gaz: Gazetteer) -> None:
    """"Leeds Town Hall", "Eindhoven Airport": the town a facility is named after is a place, tagged or not."""
    assert name in [p.text for p in analyse(text, gaz, spanning(text, span, label))]
    assert name in [p.text for p in analyse(text, gaz)]


def tagged(text: str, name: str, label: str) -> tuple[Entity, ...]:
    start = text.index(name)
    return (Entity(id="e1", text=name, start=start, end=start + len(name), label=label,  # type: ignore[arg-type]
                   canonical=name),)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [("Jackson, a Democrat from Mississippi, said the bill would pass.", "Jackson", "PER"),
     ("Later that day Chelsea beat Arsenal.", "Chelsea", "PER"),
     ("Den Haag wil de regels aanscherpen.", "Den Haag", "ORG"),
     ("Surrey won by six wickets.", "Surrey", "ORG")],
)
def test_a_person_or_organization_tag_wins_over_a_small_place(text: str, name: str, label: str,
                                                              gaz: Gazetteer) -> None:
    assert name not in [p.text for p in analyse(text, gaz, tagged(text, name, label))]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [("Ook in Utrecht, Groningen en Maastricht werd gedemonstreerd.", "Groningen", "ORG"),
     ("Protests were held in Tel Aviv and Jerusalem.", "Jerusalem", "PER"),
     ("Rusland wil dienstplichtigen verbieden te reizen.", "Rusland", "ORG")],
)
def test_a_preposition_or_a_country_outweighs_the_tag(text: str, name: str, label: str, gaz: Gazetteer) -> None:
    assert name in [p.text for p in analyse(text, gaz, tagged(text, name, label))]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Er werd gevochten in Rjazan.", "Rjazan"), ("Fighting was reported near Kherson.", "Kherson")],
)
def test_a_loc_entity_links_its_place(text: str, name: str, gaz: Gazetteer) -> None:
    start = text.index(name)
    entity = Entity(id="e7", text=name, start=start, end=start + len(name), label="LOC", canonical=name)
    assert place_named(analyse(text, gaz, (entity,)), name).entity == "e7"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "geen plaatsen hier", "no places here at all"])
def test_texts_without_places_give_none(text: str, gaz: Gazetteer) -> None:
    assert analyse(text, gaz) == []
    assert places_of(Document(text=text), gaz).places == ()  # no sentences: the whole text is one


@pytest.mark.parametrize(
    "text",
    ["In Dagestan en Jakoetië kwam het tot duw- en trekwerk met de politie bij de Krim.",
     "Protests in St. Petersburg, the U.S. and Nagorno-Karabakh drew crowds."],
)
def test_offsets_quote_the_text(text: str, gaz: Gazetteer) -> None:
    places = analyse(text, gaz)
    assert places
    for p in places:
        assert text[p.start:p.end] == p.text
    assert [p.id for p in places] == [f"p{i}" for i in range(1, len(places) + 1)]


# ----------------------------------------------------------------------------- resolution
@pytest.mark.parametrize(
    ("text", "name", "geonames_id", "precision"),
    [
        ("De mobilisatie in Rusland verloopt chaotisch.", "Rusland", 2017370, "country"),
        ("The mobilisation in Russia is chaotic.", "Russia", 2017370, "country"),
        ("Moskou en Sint-Petersburg zagen protesten.", "Moskou", 524901, "city"),
        ("Moscow and St. Petersburg saw protests.", "St. Petersburg", 498817, "city"),
        ("Er waren rellen in Basjkortostan.", "Basjkortostan", 578853, "admin1"),
        ("There were riots in Bashkortostan.", "Bashkortostan", 578853, "admin1"),
    ],
)
def test_resolves_countries_regions_and_cities(text: str, name: str, geonames_id: int, precision: str,
                                               gaz: Gazetteer) -> None:
    p = place_named(analyse(text, gaz), name)
    assert (p.geonames_id, p.precision) == (geonames_id, precision)
    assert 0.0 <= p.score <= 1.0


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [
        # Georgia: the country, unless the article is about the United States.
        ("Duizenden Russen vluchtten naar Kazachstan, Georgië en Mongolië.", "Georgië", "GE", "country"),
        ("Russia and Armenia border Georgia, the former Soviet republic.", "Georgia", "GE", "country"),
        ("Storms hit Atlanta and Savannah; Georgia and Alabama declared emergencies.", "Georgia", "US", "admin1"),
        ("Stormen troffen Atlanta en Savannah; ook Georgia en Alabama riepen de noodtoestand uit.",
         "Georgia", "US", "admin1"),
        # Paris: the French capital unless Texas is the context.
        ("Protesters gathered in Paris, Lyon and Marseille.", "Paris", "FR", "city"),
        ("Demonstranten verzamelden zich in Parijs en Lyon.", "Parijs", "FR", "city"),
        ("Tornadoes struck Dallas, Tyler and Paris in Texas.", "Paris", "US", "city"),
        # Limburg: the Dutch or the Belgian province, by the towns around it.
        ("In Maastricht, Venlo en Heerlen werd gestaakt; de provincie Limburg roept op tot kalmte.",
         "Limburg", "NL", "admin1"),
        ("In Hasselt en Genk werd gestaakt; de provincie Limburg roept op tot kalmte.", "Limburg", "BE", "admin1"),
        ("Farmers in Hasselt and Genk protested across Limburg.", "Limburg", "BE", "admin1"),
        # Holland: the Netherlands, unless Michigan is the context.
        ("Holland won de wedstrijd; in Amsterdam werd feest gevierd.", "Holland", "NL", "country"),
        ("Holland, Michigan, saw flooding; Grand Rapids and Lansing were hit too.", "Holland", "US", "city"),
    ],
)
def test_context_decides_ambiguous_names(text: str, name: str, country: str, precision: str,
                                         gaz: Gazetteer) -> None:
    p = place_named(analyse(text, gaz), name)
    assert (p.country, p.precision) == (country, precision)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("Een meisje werd neergeschoten in Antwerpen. De provincie Antwerpen overweegt maatregelen.", "city", "admin1"),
     ("Police in New York made arrests. The state of New York passed a law.", "city", "admin1")],
)
def test_a_cue_decides_only_its_own_mention(text: str, first: str, second: str, gaz: Gazetteer) -> None:
    assert [p.precision for p in analyse(text, gaz)] == [first, second]


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [("De provincie Utrecht investeert in wegen.", "Utrecht", "admin1"),
     ("In de stad Utrecht werd gedemonstreerd.", "Utrecht", "city"),
     ("The state of New York passed the law.", "New York", "admin1"),
     ("Police in New York arrested ten people.", "New York", "city"),
     ("Drones were shot down over the Kyiv region.", "Kyiv region", "admin1")],
)
def test_cue_words_choose_region_or_city(text: str, name: str, precision: str, gaz: Gazetteer) -> None:
    assert place_named(analyse(text, gaz), name).precision == precision


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [("In Rjazan, 80 kilometer ten zuiden van Moskou, stak een man zich in brand.", "Rjazan", "RU"),
     ("In Odessa, 500 kilometres south of Kyiv, sirens sounded.", "Odessa", "UA")],
)
def test_distance_phrases_keep_the_reading_near_the_anchor(text: str, name: str, near: str, gaz: Gazetteer) -> None:
    assert place_named(analyse(text, gaz), name).country == near


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [("De Oeral scheidt Europa van Azië.", "Oeral", None), ("De Krim werd in 2014 geannexeerd.", "Krim", None)],
)
def test_curated_features_resolve_as_regions(text: str, name: str, geonames_id: int | None,
                                             gaz: Gazetteer) -> None:
    p = place_named(analyse(text, gaz), name)
    assert p.precision in ("region", "admin1")
    assert p.admin1 is None or p.precision == "admin1"


# ----------------------------------------------------------------------------- quality on the examples
def test_place_f1_and_resolution_on_the_examples(example_docs: dict[str, Document]) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("kroniek_shared_score", shared_path("tools", "score.py"))
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    sys.modules["kroniek_shared_score"] = score  # dataclasses look their module up while being built
    spec.loader.exec_module(score)
    tp = gold_n = pred_n = right = 0
    for stem, doc in example_docs.items():
        gold = json.loads(shared_path("examples", f"{stem}.gold.json").read_text(encoding="utf-8"))
        pair = score._Pair(stem, gold, doc.to_dict())
        tally, matched = pair.span_component("places")
        tp, gold_n, pred_n = tp + tally.tp_gold, gold_n + tally.gold, pred_n + tally.pred
        right += sum(score.place_ok(g, p) for g, p in matched)
    precision, recall = tp / pred_n, tp / gold_n
    assert 2 * precision * recall / (precision + recall) >= 0.95
    assert right / tp >= 0.95


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # the name is a place elsewhere in the article, so a stray ORG/PER tag on one mention does not undo it
        ("Rellen in Eindhoven. In het centrum van Eindhoven raakten zeven agenten gewond, meldt de politie van "
         "Eindhoven.", "nl", "Eindhoven"),
        ("Gunmen attacked a village in Sudan's North Darfur state on Wednesday.", "en", "North Darfur"),
    ],
)
def test_one_sense_per_discourse_beats_a_stray_tag(text: str, language: str, name: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published="2024-06-14", language=language)
    found = [p.text for p in doc.places]
    assert name in " ".join(found), found


@pytest.mark.parametrize(("text", "word"), [
    ("Photograph: Police detain a climate activist in Bristol on Saturday.", "Police"),
    ("Foto: Door de regen bleven de wegen in Utrecht dicht.", "Door"),
])
def test_common_word_after_a_label_colon_is_no_place(text: str, word: str, gaz: Gazetteer) -> None:
    """A capital after "Photograph:", "Foto:" starts the sentence again: a common word there is no place."""
    places = analyse(text, gaz)
    assert word not in [p.text for p in places]
    assert len(places) == 1


@pytest.mark.parametrize(("text", "named", "kept"), [
    ("Protesters gathered in Trafalgar Square and walked to Waterloo Station in London.", ("Trafalgar", "Waterloo"), "London"),
    ("Demonstranten liepen van het Waterloo Station naar de Kyiv Straat in Amsterdam.", ("Waterloo", "Kyiv"), "Amsterdam"),
])
def test_name_of_a_street_or_station_is_no_place(text: str, named: tuple[str, ...], kept: str, gaz: Gazetteer) -> None:
    """A square, street or station named after a place ("Trafalgar Square", "Waterloo Station") is not that place."""
    places = [p.text for p in analyse(text, gaz)]
    assert not set(named) & set(places)
    assert kept in places


def entities_at(text: str, *spans: tuple[str, str]) -> tuple[Entity, ...]:
    """Entities on the first occurrence of each (name, label)."""
    out = []
    for i, (name, label) in enumerate(spans, 1):
        start = text.index(name)
        out.append(Entity(id=f"e{i}", text=name, start=start, end=start + len(name), label=label,  # type: ignore[arg-type]
                          canonical=name))
    return tuple(out)


@pytest.mark.parametrize(("text", "org", "name"), [
    ("ABC Newcastle\n\nProtesters blocked the rail line into Newcastle's coal terminals.", "ABC Newcastle", "Newcastle"),
    ("RTV Zwolle\n\nBoeren blokkeerden de snelweg bij Zwolle.", "RTV Zwolle", "Zwolle"),
])
def test_an_organization_named_after_a_town_makes_it_no_surname(text: str, org: str, name: str, gaz: Gazetteer) -> None:
    """The place in an organization's name ("ABC Newcastle") is no person's surname, so the article's other
    mentions of the town stay places."""
    places = analyse(text, gaz, entities_at(text, (org, "ORG")))
    assert [p.text for p in places if p.start > len(org)] == [name]


@pytest.mark.parametrize(("text", "person", "name"), [
    ("Bob Zwolle spoke. Later Zwolle said he would return.", "Bob Zwolle", "Zwolle"),
    ("Piet Zwolle sprak gisteren met de pers. Daarna zei Zwolle dat hij terugkomt.", "Piet Zwolle", "Zwolle"),
])
def test_a_surname_of_a_person_is_still_no_place(text: str, person: str, name: str, gaz: Gazetteer) -> None:
    """The control of the row above: after "Bob Zwolle" (a person) the lone "Zwolle" is his surname."""
    assert name not in [p.text for p in analyse(text, gaz, entities_at(text, (person, "PER")))]


@pytest.mark.parametrize(("text", "word"), [
    ("LAGOS — Police fired teargas at protesters in Ikeja on Monday.", "Police"),
    ("NEW YORK (Reuters) - Police arrested dozens of protesters in Manhattan.", "Police"),
    ("ROTTERDAM — Huizen in Schiedam liepen onder water.", "Huizen"),
])
def test_common_word_after_a_dateline_is_no_place(text: str, word: str, gaz: Gazetteer) -> None:
    """A dateline ("LAGOS — ") opens the sentence: the capital of the common word after it is the sentence's."""
    places = [p.text for p in analyse(text, gaz)]
    assert word not in places
    assert len(places) == 2, places


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Residents of Lagos State blocked the roads.", "Lagos State", "PER"),
    ("The Kano State governor imposed a curfew.", "Kano State", "ORG"),
    ("Zware gevechten in Donetsk Oblast en Charkiv.", "Donetsk Oblast", "PER"),
])
def test_a_name_with_its_kind_word_is_the_region_whatever_the_tag(text: str, name: str, label: str,
                                                                 gaz: Gazetteer) -> None:
    place = place_named(analyse(text, gaz, entities_at(text, (name, label))), name)
    assert place.precision == "admin1"


@pytest.mark.parametrize(("text", "name", "label", "region"), [
    ("Police dispersed hundreds of residents of Ikorodu, Lagos State, on Monday.", "Ikorodu", "ORG", "Lagos State"),
    ("Inwoners van Kootwijkerbroek, Gelderland, blokkeerden de weg.", "Kootwijkerbroek", "ORG", "Gelderland"),
    ("Residents of Sandgate, Queensland, joined the blockade.", "Sandgate", "PER", "Queensland"),
])
def test_an_address_makes_a_village_a_place_whatever_the_tag(text: str, name: str, label: str, region: str,
                                                            gaz: Gazetteer) -> None:
    """"Ikorodu, Lagos State": a name followed by the region or country it lies in is that place, even when the
    tagger calls it a person or organization and the gazetteer has it as a village."""
    places = analyse(text, gaz, entities_at(text, (name, label)))
    assert place_named(places, name).admin1 == place_named(places, region).name
    assert place_named(places, region).precision == "admin1"  # its kind word outweighs the town listed before it


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Kootwijkerbroek, Zwolle en Stroe stemden tegen.", "Kootwijkerbroek", "ORG"),
    ("Sandgate, Newcastle and Hunter lost.", "Sandgate", "ORG"),
])
def test_a_village_listed_with_towns_is_no_address(text: str, name: str, label: str, gaz: Gazetteer) -> None:
    """The control: a list of towns after the name is no address; the tag still wins over the village."""
    assert name not in [p.text for p in analyse(text, gaz, entities_at(text, (name, label)))]


@pytest.mark.parametrize(("text", "org", "kept"), [
    ("vluchtelingenwerk nederland was kritisch over de opvang in utrecht.", "vluchtelingenwerk nederland", "utrecht"),
    ("GREENPEACE NEDERLAND PROTESTEERDE IN AMSTERDAM.", "GREENPEACE NEDERLAND", "AMSTERDAM"),
    ("amnesty kenya condemned the arrests in nairobi.", "amnesty kenya", "nairobi"),
])
def test_without_letter_case_a_name_word_before_a_country_makes_an_organization(text: str, org: str, kept: str,
                                                                               gaz: Gazetteer) -> None:
    """A caseless NER may tag the country of "VLUCHTELINGENWERK NEDERLAND" as a place; a name word glued before it
    (no common word, no place) makes it part of a name, as a capitalized one does in cased text."""
    country = org.split()[-1]
    places = [p.text for p in analyse(text, gaz, entities_at(text, (country, "LOC")))]
    assert places == [kept]


@pytest.mark.parametrize(("text", "name"), [
    ("ROTTERDAM (ANP) - Sjorders in de haven hebben zondagochtend het werk neergelegd.", "ROTTERDAM"),
    ("BURGUM (ANP) - De politie heeft zaterdagavond een man aangehouden.", "BURGUM"),
    ("ROTTERDAM (Reuters) - Dockworkers walked off the job on Sunday morning.", "ROTTERDAM"),
    ("BURGUM, Netherlands (AP) - Police arrested a man on Saturday night.", "BURGUM"),
])
def test_a_dateline_names_a_place_whatever_the_tagger_says(text: str, name: str, gaz: Gazetteer) -> None:
    """A dateline is in capitals by custom and a tagger may read it as an organization; a village there counts."""
    assert name in [p.text for p in analyse(text, gaz, tagged(text, name, "ORG"))]


@pytest.mark.parametrize(("text", "entity", "name"), [
    ("BRUSSEL 10/02 (BELGA) = Tienduizenden mensen hebben dinsdag betoogd.", "BRUSSEL 10/02", "BRUSSEL"),
    ("GENEVA 04/21 (AFP) - Police detained twenty people.", "GENEVA 04/21", "GENEVA"),
])
def test_a_dateline_place_inside_a_longer_tagged_name_is_the_place(text: str, entity: str, name: str,
                                                                   gaz: Gazetteer) -> None:
    """A tagger may read the place and the wire's date as one organization ("BRUSSEL 10/02")."""
    assert name in [p.text for p in analyse(text, gaz, tagged(text, entity, "ORG"))]


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("‘We are not Moscow’s dump’ Police detain dozens at Syktyvkar rally\n\nRiot police detained dozens.",
     "Police", "Syktyvkar"),
    ("Commissioner-General of Police\nHarare, Zimbabwe\n\nThe police said the students were held.", "Police",
     "Harare"),
    ("Kraken | Dinsdag maakte de ME een eind aan het kraken van een fabriek in Amsterdam.", "Kraken", "Amsterdam"),
])
def test_a_common_word_the_article_also_writes_in_lower_case_is_that_word(text: str, word: str, kept: str,
                                                                          gaz: Gazetteer) -> None:
    """One sense per discourse: "Police" in a headline or title is the police when the article writes "police"."""
    places = [p.text for p in analyse(text, gaz)]
    assert word not in places and kept in places, places


def test_a_common_word_placed_elsewhere_by_a_preposition_stays_a_place(gaz: Gazetteer) -> None:
    text = "Cyclists reach Nice on Friday\n\nThe weather was nice in Nice."
    assert [p.text for p in analyse(text, gaz)] == ["Nice", "Nice"]


def entities_each(text: str, name: str, *labels: str) -> tuple[Entity, ...]:
    """One entity on each occurrence of ``name``, labelled in turn."""
    out, start = [], 0
    for i, label in enumerate(labels, 1):
        start = text.index(name, start)
        out.append(Entity(id=f"e{i}", text=name, start=start, end=start + len(name), label=label,  # type: ignore[arg-type]
                          canonical=name))
        start += len(name)
    return tuple(out)


@pytest.mark.parametrize(("text", "name", "labels", "count"), [
    # a small town the tagger once calls a place is no organization where it calls it one
    ("Youths blocked the road to Bomet on Monday. Kemboi spoke to journalists in Bomet town.", "Bomet",
     ("ORG", "LOC"), 2),
    # a name the tagger once calls a place is no surname, though a title stood before it once
    ("De politie in Istanbul pakt burgemeester Kadıköy op. De oppositie in Kadıköy is boos. De protesten in Kadıköy "
     "gaan door.", "Kadıköy", ("PER", "PER", "LOC"), 2),
])
def test_a_name_tagged_a_place_once_is_a_place_throughout(text: str, name: str, labels: tuple[str, ...], count: int,
                                                          gaz: Gazetteer) -> None:
    places = analyse(text, gaz, entities_each(text, name, *labels))
    assert [p.text for p in places].count(name) == count


def test_a_surname_after_a_first_name_stays_a_person_where_untagged(gaz: Gazetteer) -> None:
    text = "Bob Zwolle spoke in Zwolle. Later Zwolle said he would return."
    entities = (*entities_at(text, ("Bob Zwolle", "PER")), *entities_each(text, "Zwolle", "PER", "LOC")[1:])
    assert [p.start for p in analyse(text, gaz, entities)] == [text.index("in Zwolle") + 3]


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Kamsar residents blocked the bauxite railway in Guinea on Wednesday.", "Kamsar", "ORG"),
    ("Kamsar bewoners blokkeerden woensdag het bauxietspoor in Guinee.", "Kamsar", "PER"),
])
def test_a_name_before_its_residents_is_a_place_however_tagged(text: str, name: str, label: str,
                                                                 gaz: Gazetteer) -> None:
    """"Kamsar residents": the people who live in a place, whatever the tagger made of its name."""
    assert name in [p.text for p in analyse(text, gaz, entities_at(text, (name, label)))]


@pytest.mark.parametrize(("text", "word"), [
    ("Demonstrators hurled stones and Molotov cocktails at the police in Basra.", "Molotov"),
    ("Relschoppers gooiden Molotov-cocktails naar de politie in Basra.", "Molotov"),
])
def test_a_weapon_named_after_a_person_names_no_place(text: str, word: str, gaz: Gazetteer) -> None:
    """"Molotov" is an old name of Perm in GeoNames; in the news it is the incendiary bottle."""
    places = [p.text for p in analyse(text, gaz)]
    assert word not in places and "Basra" in places
